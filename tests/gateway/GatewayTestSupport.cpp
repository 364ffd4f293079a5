#include "GatewayTestSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace gatewaytest {

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool StubUpstream::start(const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custos_stub_upstream"));
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    QByteArray output;
    const QDeadlineTimer deadline(10000);
    while (!output.contains('\n') && !deadline.hasExpired()) {
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
    }
    const qsizetype at = output.indexOf("listening on ");
    if (at < 0)
        return false;
    m_port = static_cast<quint16>(output.mid(at + 13).trimmed().toUInt());
    return m_port != 0;
}

StubUpstream::~StubUpstream()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString StubUpstream::openAiBase() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

QString StubUpstream::anthropicBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QJsonObject StubUpstream::lastRequest() const
{
    return get(m_port, "/stub/last").json();
}

namespace {

bool parseHead(const QByteArray &head, HttpReply &reply)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return false;
    reply.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

// Returns true once `raw` (after the head) holds a complete chunked body, decoding it into `body`.
bool decodeChunked(const QByteArray &raw, QByteArray &body)
{
    body.clear();
    qsizetype at = 0;
    while (true) {
        const qsizetype lineEnd = raw.indexOf("\r\n", at);
        if (lineEnd < 0)
            return false;
        const qint64 size = raw.mid(at, lineEnd - at).trimmed().toLongLong(nullptr, 16);
        at = lineEnd + 2;
        if (size == 0)
            return raw.indexOf("\r\n", at) >= 0;
        if (raw.size() < at + size + 2)
            return false;
        body += raw.mid(at, size);
        at += size + 2;
    }
}

} // namespace

HttpReply rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return reply;
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray raw;
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 &&
            !socket.waitForReadyRead(qMin<qint64>(200, deadline.remainingTime()))) {
            if (socket.state() != QAbstractSocket::ConnectedState) {
                reply.closedByServer = true;
                break;
            }
            continue;
        }
        raw += socket.readAll();
        if (headEnd < 0 && (headEnd = raw.indexOf("\r\n\r\n")) >= 0)
            parseHead(raw.left(headEnd), reply);
        if (headEnd < 0 || reply.status == 100)
            continue;
        const QByteArray rest = raw.mid(headEnd + 4);
        if (reply.header("transfer-encoding") == "chunked") {
            if (decodeChunked(rest, reply.body))
                return reply;
        } else if (!reply.header("content-length").isEmpty()) {
            const qint64 length = reply.header("content-length").toLongLong();
            if (rest.size() >= length) {
                reply.body = rest.left(length); // a pipelined answer may follow
                return reply;
            }
        }
    }
    if (headEnd >= 0 && reply.body.isEmpty() && reply.header("transfer-encoding") != "chunked")
        reply.body = raw.mid(headEnd + 4);
    return reply;
}

HttpReply postJson(quint16 port, const QByteArray &path, const QJsonObject &body, const QByteArray &key,
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray request =
        "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!key.isEmpty())
        request += "Authorization: Bearer " + key + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        request += name + ": " + value + "\r\n";
    request +=
        "Content-Length: " + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload;
    return rawExchange(port, request);
}

HttpReply get(quint16 port, const QByteArray &path, const QByteArray &key)
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!key.isEmpty())
        request += "Authorization: Bearer " + key + "\r\n";
    return rawExchange(port, request + "Connection: close\r\n\r\n");
}

QList<SseFrame> sseFrames(const QByteArray &body)
{
    QList<SseFrame> frames;
    qsizetype at = 0;
    while (at < body.size()) {
        qsizetype end = body.indexOf("\n\n", at);
        if (end < 0)
            end = body.size();
        SseFrame frame;
        for (const QByteArray &line : body.mid(at, end - at).split('\n')) {
            if (line.startsWith("event: "))
                frame.event = line.mid(7);
            else if (line.startsWith("data: "))
                frame.data = line.mid(6);
        }
        if (!frame.data.isEmpty())
            frames.append(frame);
        at = end + 2;
    }
    return frames;
}

QString streamedText(const QList<SseFrame> &frames)
{
    QString text;
    for (const SseFrame &frame : frames) {
        const QJsonObject object = QJsonDocument::fromJson(frame.data).object();
        for (const QJsonValue &choice : object.value(u"choices").toArray()) {
            text += choice.toObject().value(u"delta").toObject().value(u"content").toString();
            text += choice.toObject().value(u"text").toString();
        }
        if (object.value(u"type").toString() == u"response.output_text.delta")
            text += object.value(u"delta").toString();
        if (object.value(u"type").toString() == u"content_block_delta")
            text += object.value(u"delta").toObject().value(u"text").toString();
    }
    return text;
}

} // namespace gatewaytest
