// Streamed responses through the gateway: frames relayed with scanned text, a secret split across
// frames still redacted, a block mid-stream ending the stream with the API's own error event, and
// broken upstream streams reported, never passed on silently.
#include "tests/support/CustosTest.h"

#include "GatewayFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace tst_gateway_streaming {

using namespace gatewaytest;

namespace {

const QString secret = QStringLiteral("CUSTOS-SECRET-QWERTY123456");

QJsonObject streamRequest(const QByteArray &path, const QString &prompt)
{
    QJsonObject body{{"model", path == "/v1/messages" ? "claude-test" : "gpt-test"}, {"stream", true}};
    if (path == "/v1/chat/completions" || path == "/v1/messages") {
        body.insert("messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}});
        if (path == "/v1/messages")
            body.insert("max_tokens", 100);
    } else if (path == "/v1/responses") {
        body.insert("input", prompt);
    } else {
        body.insert("prompt", prompt);
    }
    return body;
}

bool framesLeak(const QList<SseFrame> &frames, const QString &text)
{
    // No single frame may carry a piece of the secret long enough to identify it.
    for (const SseFrame &frame : frames) {
        if (frame.data.contains(text.right(8).toUtf8()) || frame.data.contains(text.toUtf8()))
            return true;
    }
    return false;
}

} // namespace

class TestGatewayStreaming : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;
    GatewayFixture m_gateway;

    static constexpr const char *paths[] = {"/v1/chat/completions", "/v1/completions", "/v1/responses",
                                            "/v1/messages"};

    static void addPaths()
    {
        QTest::addColumn<QByteArray>("path");
        for (const char *path : paths)
            QTest::newRow(path) << QByteArray(path);
    }

    HttpReply stream(const QByteArray &path, const QString &prompt)
    {
        return postJson(m_gateway.port(), path, streamRequest(path, prompt), GatewayFixture::callerKey,
                        {{"anthropic-version", "2023-06-01"}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stub.start({QStringLiteral("--key"), QStringLiteral("sk-provider-test")}));
        QVERIFY2(m_gateway.start(m_stub), qPrintable(m_gateway.error()));
    }

    void endpoints_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("terminal");
        QTest::newRow("chat") << QByteArray("/v1/chat/completions") << QByteArray("[DONE]");
        QTest::newRow("completions") << QByteArray("/v1/completions") << QByteArray("[DONE]");
        QTest::newRow("responses") << QByteArray("/v1/responses") << QByteArray("response.completed");
        QTest::newRow("messages") << QByteArray("/v1/messages") << QByteArray("message_stop");
    }

    void endpoints()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, terminal);
        const HttpReply reply = stream(path, QStringLiteral("[[say:a plain streamed answer]] [[chunk:3]]"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("text/event-stream"));
        const QList<SseFrame> frames = sseFrames(reply.body);
        QVERIFY(frames.size() > 5);
        QCOMPARE(streamedText(frames), QStringLiteral("a plain streamed answer"));
        QVERIFY(frames.last().data.contains(terminal) || frames.last().event == terminal);
        const auto event = m_gateway.eventFor(reply.header("x-custos-interaction-id"));
        QCOMPARE(event.payload.value(u"stream").toBool(), true);
        QCOMPARE(event.payload[u"outcome"][u"status"].toInt(), 200);
    }

    void secretSplitAcrossFramesIsRedacted_data() { addPaths(); }
    void secretSplitAcrossFramesIsRedacted()
    {
        QFETCH(QByteArray, path);
        const HttpReply reply = stream(
            path,
            QStringLiteral("[[say64:%1]] [[chunk:3]]")
                .arg(QString::fromLatin1(QStringLiteral("here: %1 done").arg(secret).toUtf8().toBase64())));
        QCOMPARE(reply.status, 200);
        const QList<SseFrame> frames = sseFrames(reply.body);
        const QString text = streamedText(frames);
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(!framesLeak(frames, secret), reply.body.constData());
        QVERIFY2(text.startsWith(u"here: ") && text.endsWith(u" done"), qPrintable(text));
        if (path == "/v1/responses") { // the closing events carry the full text: redacted too
            QVERIFY(!reply.body.contains(secret.toUtf8()));
        }
        const auto event = m_gateway.eventFor(reply.header("x-custos-interaction-id"));
        QVERIFY(event.rules.contains(QStringLiteral("redact-secrets-in-responses")));
        const QJsonObject response = event.payload.value(u"response").toObject();
        QVERIFY(QJsonDocument(response.value(u"received").toObject()).toJson().contains(secret.toUtf8()));
        QVERIFY(!QJsonDocument(response.value(u"returned").toObject()).toJson().contains(secret.toUtf8()));
    }

    void blockMidStreamEndsWithAnErrorEvent_data() { addPaths(); }
    void blockMidStreamEndsWithAnErrorEvent()
    {
        QFETCH(QByteArray, path);
        const HttpReply reply = stream(
            path, QStringLiteral("[[say64:%1]] [[chunk:2]]")
                      .arg(QString::fromLatin1(QByteArrayLiteral("the plan is ORION and more").toBase64())));
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QList<SseFrame> frames = sseFrames(reply.body);
        QVERIFY(!frames.isEmpty());
        const QJsonObject last = QJsonDocument::fromJson(frames.last().data).object();
        if (path == "/v1/messages") {
            QCOMPARE(frames.last().event, QByteArray("error"));
            QCOMPARE(last.value(u"type").toString(), QStringLiteral("error"));
            QVERIFY(last[u"error"][u"message"].toString().contains(u"block-confidential-responses"));
        } else {
            QVERIFY(last[u"error"][u"message"].toString().contains(u"block-confidential-responses"));
        }
        QVERIFY(!streamedText(frames).contains(u"ORION"));
        QVERIFY(!reply.body.contains("[DONE]"));
        QCOMPARE(m_gateway.eventFor(reply.header("x-custos-interaction-id")).decision,
                 QStringLiteral("block"));
    }

    void brokenUpstreamStreams_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("directive");
        for (const char *path : paths) {
            QTest::addRow("%s closes mid-stream", path) << QByteArray(path) << "[[close]]";
            QTest::addRow("%s garbage", path) << QByteArray(path) << "[[garbage]]";
        }
    }

    void brokenUpstreamStreams()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, directive);
        const HttpReply reply = stream(path, QStringLiteral("[[say:partial answer text]] ") + directive);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QList<SseFrame> frames = sseFrames(reply.body);
        QVERIFY(!frames.isEmpty());
        const QJsonObject last = QJsonDocument::fromJson(frames.last().data).object();
        QVERIFY2(last.contains(u"error"), frames.last().data.constData());
        const auto event = m_gateway.eventFor(reply.header("x-custos-interaction-id"));
        QCOMPARE(event.payload[u"outcome"][u"status"].toInt(), 502);
    }
};

} // namespace tst_gateway_streaming

CUSTOS_GUILESS_TEST_MAIN(tst_gateway_streaming::TestGatewayStreaming)
#include "tst_gateway_streaming.moc"
