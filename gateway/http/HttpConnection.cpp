#include "gateway/http/HttpConnection.h"

#include "gateway/http/HttpExchange.h"
#include "gateway/http/InFlightBudget.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace custos::http {

HttpConnection::HttpConnection(qintptr socketDescriptor, const HttpLimits &limits, InFlightBudget *budget,
                               HttpHandler *handler, QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_limits(limits)
    , m_budget(budget)
    , m_handler(handler)
    , m_parser(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    if (!m_socket->setSocketDescriptor(socketDescriptor))
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Bounds what Qt reads ahead while a request is being answered and this connection is not read.
    m_socket->setReadBufferSize(m_limits.maxConnectionBufferBytes);
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
    releaseBody();
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
    if (m_closing) {
        m_socket->readAll(); // the answer is out or going: what follows is dropped, not kept
        return;
    }
    // While a request is being answered the connection is not read: what the client sends meanwhile
    // waits in the socket (up to maxConnectionBufferBytes) and then in TCP, not in memory.
    if (!m_exchange)
        processBuffer();
}

void HttpConnection::readSocket()
{
    if (m_buffer.size() < m_limits.maxConnectionBufferBytes)
        m_buffer += m_socket->read(m_limits.maxConnectionBufferBytes - m_buffer.size());
}

void HttpConnection::processBuffer()
{
    m_processScheduled = false;
    while (!m_exchange && !m_closing) {
        readSocket();
        const auto state = m_parser.parse(m_buffer);
        if (state == HttpRequestParser::State::Failed) {
            reject(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (!holdBody()) {
            reject(503, "the gateway holds as many request bytes as it may at once; retry shortly",
                   {{"Retry-After", QByteArray::number(m_limits.retryAfterSeconds)}});
            return;
        }
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.headersComplete() && m_parser.expectsContinue() && !m_continueSent) {
                m_continueSent = true;
                write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (m_socket->bytesAvailable() > 0 && m_buffer.size() < m_limits.maxConnectionBufferBytes)
                continue; // more already waits in the socket
            armTimer();
            return;
        }
        m_continueSent = false;
        dispatch(m_parser.takeRequest());
    }
}

// Reserves what the request being read holds or has announced; false when the budget has no room.
bool HttpConnection::holdBody()
{
    const qint64 wanted = m_parser.bodyBytesHeld();
    if (!m_budget || wanted <= m_heldBytes)
        return true;
    if (!m_budget->tryReserve(wanted - m_heldBytes))
        return false;
    m_heldBytes = wanted;
    return true;
}

void HttpConnection::releaseBody()
{
    if (m_budget && m_heldBytes > 0)
        m_budget->release(m_heldBytes);
    m_heldBytes = 0;
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_timer.stop();
    m_requestStarted = false;
    const bool keepAlive = request.keepAlive;
    m_exchange = new HttpExchange(this, keepAlive, request.method == "HEAD");
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
    releaseBody();
    if (m_closing) {
        closeAfterWrite();
        return;
    }
    armTimer();
    if ((!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) && !m_processScheduled) {
        // A pipelined request is waiting; parse it from the event loop, not from inside the handler.
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
    }
}

void HttpConnection::reject(int status, const QByteArray &reason, const HttpHeaders &extraHeaders)
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
    HttpHeaders headers{{"Content-Type", "application/json"}};
    headers.append(extraHeaders);
    HttpExchange exchange(this, false);
    exchange.send(status, headers, body);
    releaseBody();
    m_buffer.clear();
    closeAfterWrite();
    m_handler->rejected(rejection);
}

// The header and body deadlines are set once, at a request's first byte; later bytes do not move
// them, so a client trickling one byte at a time is cut off on time.
void HttpConnection::armTimer()
{
    if (m_exchange || m_closing)
        return;
    if (!m_parser.inProgress() && m_buffer.isEmpty()) {
        m_timer.start(m_limits.idleTimeoutMs);
        return;
    }
    if (!m_requestStarted) {
        m_requestStarted = true;
        m_headerDeadline.setRemainingTime(m_limits.headerTimeoutMs);
        m_bodyDeadline.setRemainingTime(m_limits.bodyTimeoutMs);
    }
    const QDeadlineTimer &deadline = m_parser.headersComplete() ? m_bodyDeadline : m_headerDeadline;
    m_timer.start(static_cast<int>(qMax<qint64>(0, deadline.remainingTime())));
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
