#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

// Helpers shared by the gateway's integration tests: the stub upstream process and a raw HTTP client.
namespace gatewaytest {

struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;                              // de-chunked
    bool closedByServer = false;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
};

struct SseFrame
{
    QByteArray event;
    QByteArray data;
};

// Starts custos_stub_upstream and reads the port it prints.
class StubUpstream
{
public:
    bool start(const QStringList &arguments = {});
    quint16 port() const { return m_port; }
    QString openAiBase() const;
    QString anthropicBase() const;
    // What the stub last received: {"path","headers","body"}.
    QJsonObject lastRequest() const;
    ~StubUpstream();

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// Sends raw bytes to 127.0.0.1:port and reads the answer until the server closes the connection or a
// complete response has arrived. Blocking: the gateway under test serves from its own threads.
HttpReply rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 15000);
HttpReply postJson(quint16 port, const QByteArray &path, const QJsonObject &body, const QByteArray &key,
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
HttpReply get(quint16 port, const QByteArray &path, const QByteArray &key = {});
QList<SseFrame> sseFrames(const QByteArray &body);
// The text an OpenAI chat/completions/responses or Anthropic stream carried, frames joined.
QString streamedText(const QList<SseFrame> &frames);

} // namespace gatewaytest
