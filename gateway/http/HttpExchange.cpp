#include "gateway/http/HttpExchange.h"

#include "gateway/http/HttpConnection.h"

namespace custos::http {

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

HttpExchange::HttpExchange(HttpConnection *connection, bool keepAlive, bool headOnly)
    : QObject(connection)
    , m_connection(connection)
    , m_keepAlive(keepAlive)
    , m_headOnly(headOnly)
{}

QByteArray HttpExchange::head(int status, const HttpHeaders &headers, qint64 contentLength) const
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        out += "Transfer-Encoding: chunked\r\n";
    if (!m_keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

void HttpExchange::send(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (m_started || !isConnected())
        return;
    m_started = true;
    m_finished = true;
    QByteArray response = head(status, headers, body.size());
    if (!m_headOnly)
        response += body;
    m_connection->write(response);
    m_connection->exchangeFinished(this);
}

void HttpExchange::beginChunked(int status, const HttpHeaders &headers)
{
    if (m_started || !isConnected())
        return;
    m_started = true;
    m_connection->write(head(status, headers, -1));
}

void HttpExchange::writeChunk(QByteArrayView data)
{
    if (!m_started || m_finished || data.isEmpty() || !isConnected() || m_headOnly)
        return;
    QByteArray chunk = QByteArray::number(data.size(), 16) + "\r\n";
    chunk.append(data);
    chunk += "\r\n";
    m_connection->write(chunk);
}

void HttpExchange::endChunked()
{
    if (!m_started || m_finished || !isConnected())
        return;
    m_finished = true;
    if (!m_headOnly)
        m_connection->write("0\r\n\r\n");
    m_connection->exchangeFinished(this);
}

void HttpExchange::abortConnection()
{
    m_finished = true;
    if (isConnected())
        m_connection->abort();
}

void HttpExchange::cutConnection()
{
    m_finished = true;
    if (isConnected())
        m_connection->closeAfterWrite();
}

void HttpExchange::markGone()
{
    if (m_gone)
        return;
    m_gone = true;
    Q_EMIT clientGone();
}

} // namespace custos::http
