// custos_stub_upstream: a stand-in for OpenAI and Anthropic, for the gateway's tests and benchmark.
// Replies are deterministic: "Echo: <prompt>" unless the prompt holds a directive:
//   [[say:TEXT]]    reply TEXT exactly (lets a test make the model "leak" a secret)
//   [[say64:B64]]   reply the base64-decoded text, so a secret for the reply never shows in the prompt
//   [[tool]]        reply with a call of the request's first tool
//   [[extra64:B64]] add the base64-decoded text as an unknown top-level field "extra" (not streamed)
//   [[chunk:N]]     stream N characters per frame (default 4)
//   [[status:N]]    answer HTTP N with an error in the API's shape
//   [[garbage]]     answer 200 with bytes that are not the API's format
//   [[close]]       close the connection (mid-stream when streaming)
//   [[hang]]        never answer
// GET /stub/last returns the last request (headers and body) so tests can see what was forwarded.
#include "StubWireFormats.h"

#include "gateway/http/HttpExchange.h"
#include "gateway/http/HttpServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace custos::http;

namespace {

struct LastRequest
{
    QMutex mutex;
    QByteArray json = "{}";
};

LastRequest &lastRequest()
{
    static LastRequest last;
    return last;
}

std::optional<stub::Api> apiFor(QByteArrayView path)
{
    if (path == "/v1/chat/completions")
        return stub::Api::Chat;
    if (path == "/v1/responses")
        return stub::Api::Responses;
    if (path == "/v1/completions")
        return stub::Api::Completions;
    if (path == "/v1/embeddings")
        return stub::Api::Embeddings;
    if (path == "/v1/messages")
        return stub::Api::Messages;
    return std::nullopt;
}

QString directive(const QString &prompt, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("\\[\\[%1(?::(.*?))?\\]\\]").arg(name),
                                     QRegularExpression::DotMatchesEverythingOption);
    const auto match = pattern.match(prompt);
    return match.hasMatch() ? (match.captured(1).isNull() ? QStringLiteral("") : match.captured(1))
                            : QString();
}

class StubHandler : public HttpHandler
{
public:
    StubHandler(QByteArray key, int frameDelayMs, bool strict)
        : m_key(std::move(key))
        , m_frameDelayMs(frameDelayMs)
        , m_strict(strict)
    {}

    void handle(HttpRequest request, HttpExchange *exchange) override
    {
        if (request.path == "/stub/last") {
            QMutexLocker lock(&lastRequest().mutex);
            exchange->send(200, {{"Content-Type", "application/json"}}, lastRequest().json);
            return;
        }
        const auto api = apiFor(request.path);
        if (!api) {
            exchange->send(404, {{"Content-Type", "application/json"}},
                           stub::errorBody(stub::Api::Chat, 404, QStringLiteral("no such endpoint")));
            return;
        }
        remember(request);
        const QByteArray presented = *api == stub::Api::Messages ? request.header("x-api-key")
                                                                 : request.header("authorization").mid(7);
        if (!m_key.isEmpty() && presented != m_key) {
            exchange->send(401, {{"Content-Type", "application/json"}},
                           stub::errorBody(*api, 401, QStringLiteral("stub: wrong provider key")));
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (const QString missing = m_strict ? missingField(*api, body) : QString(); !missing.isEmpty()) {
            exchange->send(400, {{"Content-Type", "application/json"}},
                           stub::errorBody(*api, 400, missing + QStringLiteral(": Field required")));
            return;
        }
        answer(*api, body, exchange);
    }

private:
    // With --strict, the fields the real providers refuse a chat request or message without.
    static QString missingField(stub::Api api, const QJsonObject &body)
    {
        if (api != stub::Api::Chat && api != stub::Api::Messages)
            return {};
        if (body.value("model").toString().isEmpty())
            return QStringLiteral("model");
        if (body.value("messages").toArray().isEmpty())
            return QStringLiteral("messages");
        if (api == stub::Api::Messages && body.value("max_tokens").toInt() <= 0)
            return QStringLiteral("max_tokens");
        return {};
    }

    static void remember(const HttpRequest &request)
    {
        QJsonObject headers;
        for (const auto &[name, value] : request.headers)
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        const QJsonObject last{{"path", QString::fromLatin1(request.path)},
                               {"headers", headers},
                               {"body", QJsonDocument::fromJson(request.body).object()}};
        QMutexLocker lock(&lastRequest().mutex);
        lastRequest().json = QJsonDocument(last).toJson(QJsonDocument::Compact);
    }

    void answer(stub::Api api, const QJsonObject &body, HttpExchange *exchange)
    {
        const QString prompt = stub::promptText(api, body);
        if (!directive(prompt, QStringLiteral("hang")).isNull())
            return;
        const bool stream = body.value("stream").toBool();
        if (!directive(prompt, QStringLiteral("close")).isNull() && !stream) {
            exchange->abortConnection();
            return;
        }
        if (const QString status = directive(prompt, QStringLiteral("status")); !status.isNull()) {
            exchange->send(status.toInt(), {{"Content-Type", "application/json"}},
                           stub::errorBody(api, status.toInt(), QStringLiteral("stub: upstream failure")));
            return;
        }
        if (!directive(prompt, QStringLiteral("garbage")).isNull()) {
            if (stream) {
                exchange->beginChunked(200, {{"Content-Type", "text/event-stream"}});
                exchange->writeChunk("data: <<this is not json>>\n\n");
                exchange->endChunked();
            } else {
                exchange->send(200, {{"Content-Type", "application/json"}}, "<html>garbage</html>");
            }
            return;
        }
        stub::Reply reply;
        reply.model = body.value("model").toString();
        QString say = directive(prompt, QStringLiteral("say"));
        if (const QString encoded = directive(prompt, QStringLiteral("say64")); !encoded.isNull())
            say = QString::fromUtf8(QByteArray::fromBase64(encoded.toLatin1()));
        reply.text = say.isNull() ? QStringLiteral("Echo: ") + prompt.left(200).trimmed() : say;
        if (const QString chunk = directive(prompt, QStringLiteral("chunk")); !chunk.isNull())
            reply.chunkSize = qMax(1, chunk.toInt());
        if (!directive(prompt, QStringLiteral("tool")).isNull()) {
            reply.tool = true;
            const QJsonObject tool = body.value("tools").toArray().first().toObject();
            reply.toolName = tool.contains("function")
                                 ? tool.value("function").toObject().value("name").toString()
                                 : tool.value("name").toString();
            reply.toolArguments = QString::fromUtf8(
                QJsonDocument(QJsonObject{{"value", say.isNull() ? QStringLiteral("42") : say}})
                    .toJson(QJsonDocument::Compact));
        }
        if (!stream || api == stub::Api::Embeddings) {
            QByteArray whole = stub::wholeBody(api, reply);
            if (const QString extra = directive(prompt, QStringLiteral("extra64")); !extra.isNull()) {
                QJsonObject object = QJsonDocument::fromJson(whole).object();
                object.insert("extra", QString::fromUtf8(QByteArray::fromBase64(extra.toLatin1())));
                whole = QJsonDocument(object).toJson(QJsonDocument::Compact);
            }
            exchange->send(200, {{"Content-Type", "application/json"}}, whole);
            return;
        }
        const bool cut = !directive(prompt, QStringLiteral("close")).isNull();
        sendStream(stub::streamFrames(api, reply), exchange, cut);
    }

    void sendStream(QList<QByteArray> frames, HttpExchange *exchange, bool cut)
    {
        exchange->beginChunked(200, {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}});
        if (cut)
            frames = frames.mid(0, qMin<qsizetype>(3, frames.size()));
        if (m_frameDelayMs <= 0) {
            for (const QByteArray &frame : std::as_const(frames))
                exchange->writeChunk(frame);
            cut ? exchange->cutConnection() : exchange->endChunked();
            return;
        }
        auto *timer = new QTimer(exchange);
        timer->setInterval(m_frameDelayMs);
        auto next = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, exchange, [exchange, timer, frames, next, cut] {
            if (*next < frames.size()) {
                exchange->writeChunk(frames.at((*next)++));
                return;
            }
            timer->stop();
            cut ? exchange->cutConnection() : exchange->endChunked();
        });
        timer->start();
    }

    QByteArray m_key;
    int m_frameDelayMs = 0;
    bool m_strict = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 picks one)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Provider key to require."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption delay(QStringLiteral("frame-delay-ms"), QStringLiteral("Delay between frames."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    QStringLiteral("Refuse chat requests and messages missing a field the "
                                                   "real provider requires (model, messages, max_tokens)."));
    parser.addOptions({port, key, delay, threads, strict});
    parser.process(app);

    const QByteArray requiredKey = parser.value(key).toUtf8();
    const int frameDelay = parser.value(delay).toInt();
    const bool strictFields = parser.isSet(strict);
    HttpServer server(
        HttpLimits{}, [=] { return std::make_unique<StubHandler>(requiredKey, frameDelay, strictFields); },
        parser.value(threads).toInt());
    if (auto listening = server.listen(QHostAddress::LocalHost, parser.value(port).toUShort()); !listening) {
        std::fprintf(stderr, "stub: %s\n", qPrintable(listening.error().message));
        return 1;
    }
    std::printf("stub listening on %u\n", server.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
