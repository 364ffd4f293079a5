#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace custos::http {

class HttpConnection;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The answer side of one request. Either send() a whole response, or beginChunked(), writeChunk()
// any number of times and endChunked(). Lives on the connection's thread; if the client goes away
// clientGone() is emitted and later writes are dropped. The answer to a HEAD request is its head
// alone: the body (and any chunk) is never written (RFC 9110 §9.3.2).
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(HttpConnection *connection, bool keepAlive, bool headOnly = false);

    void send(int status, const HttpHeaders &headers, const QByteArray &body);
    void beginChunked(int status, const HttpHeaders &headers);
    void writeChunk(QByteArrayView data);
    void endChunked();
    // Drops the connection at once, discarding anything not yet sent.
    void abortConnection();
    // Sends what was written so far, then closes without finishing the response: what a server
    // that dies mid-answer looks like to its client.
    void cutConnection();

    bool isConnected() const { return !m_connection.isNull() && !m_gone; }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void clientGone();

private:
    friend class HttpConnection;
    QByteArray head(int status, const HttpHeaders &headers, qint64 contentLength) const;
    void markGone();

    QPointer<HttpConnection> m_connection;
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_gone = false;
};

QByteArray httpReasonPhrase(int status);

} // namespace custos::http
