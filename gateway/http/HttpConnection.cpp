#include "gateway/http/HttpConnection.h"

#include "gateway/http/HttpExchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace custos::http {

HttpConnection::HttpConnection(qintptr socketDescriptor, const HttpLimits &limits, HttpHandler *handler,
                               QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_limits(limits)
    , m_handler(handler)
    , m_parser(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    if (!m_socket->setSocketDescriptor(socketDescriptor))
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            onDisconnected();
    });
    armTimer();
}

HttpConnection::~HttpConnection()
{
    if (m_exchange)
        m_exchange->markGone();
}

bool HttpConnection::isValid() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::write(QByteArrayView data)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(data.constData(), data.size());
}

void HttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (!m_exchange && !m_closing)
        processBuffer();
}

void HttpConnection::processBuffer()
{
    m_processScheduled = false;
    while (!m_exchange && !m_closing) {
        const auto state = m_parser.parse(m_buffer);
        if (state == HttpRequestParser::State::Failed) {
            reject(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.headersComplete() && m_parser.expectsContinue() && !m_continueSent) {
                m_continueSent = true;
                write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            armTimer();
            return;
        }
        m_continueSent = false;
        dispatch(m_parser.takeRequest());
    }
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_timer.stop();
    const bool keepAlive = request.keepAlive;
    m_exchange = new HttpExchange(this, keepAlive);
    if (!keepAlive)
        m_closing = true; // stop parsing further requests on this connection
    m_handler->handle(std::move(request), m_exchange);
}

void HttpConnection::exchangeFinished(HttpExchange *exchange)
{
    if (exchange != m_exchange)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    if (m_closing) {
        closeAfterWrite();
        return;
    }
    armTimer();
    if (!m_buffer.isEmpty() && !m_processScheduled) {
        // A pipelined request is waiting; parse it from the event loop, not from inside the handler.
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
    }
}

void HttpConnection::reject(int status, const QByteArray &reason)
{
    HttpRejection rejection{status, reason, {}, {}, m_socket->peerAddress()};
    m_closing = true;
    m_timer.stop();
    const QJsonObject error{{QStringLiteral("message"), QString::fromUtf8(reason)},
                            {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                            {QStringLiteral("code"), QStringLiteral("bad_http_request")},
                            {QStringLiteral("param"), QJsonValue::Null}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    HttpExchange exchange(this, false);
    exchange.send(status, {{"Content-Type", "application/json"}}, body);
    closeAfterWrite();
    m_handler->rejected(rejection);
}

void HttpConnection::armTimer()
{
    if (m_exchange || m_closing)
        return;
    if (m_parser.headersComplete())
        m_timer.start(m_limits.bodyTimeoutMs);
    else if (m_parser.inProgress() || !m_buffer.isEmpty())
        m_timer.start(m_limits.headerTimeoutMs);
    else
        m_timer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::onTimeout()
{
    if (m_exchange || m_closing)
        return;
    if (m_parser.inProgress() || !m_buffer.isEmpty()) {
        const QByteArray reason = m_parser.headersComplete() ? "timed out reading the request body"
                                                             : "timed out reading the request headers";
        reject(408, reason);
        return;
    }
    closeAfterWrite();
}

void HttpConnection::closeAfterWrite()
{
    m_closing = true;
    if (m_socket->bytesToWrite() == 0) {
        m_socket->disconnectFromHost();
        return;
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
}

void HttpConnection::onDisconnected()
{
    m_timer.stop();
    if (m_exchange)
        m_exchange->markGone();
    deleteLater();
}

} // namespace custos::http
