// The Anthropic Messages API through the gateway: x-api-key auth, any anthropic-version, system
// prompts and tool use scanned, errors in Anthropic's own shape.
#include "tests/support/CustosTest.h"

#include "GatewayFixture.h"

#include <QJsonArray>
#include <QTest>

namespace tst_gateway_anthropic {

using namespace gatewaytest;

namespace {

QJsonObject message(const QString &text, const QJsonValue &system = {})
{
    QJsonObject body{{"model", "claude-test"},
                     {"max_tokens", 256},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
    if (!system.isUndefined())
        body.insert("system", system);
    return body;
}

} // namespace

class TestGatewayAnthropic : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;
    GatewayFixture m_gateway;

    HttpReply send(const QJsonObject &body, const QByteArray &version = "2023-06-01")
    {
        return postJson(m_gateway.port(), "/v1/messages", body, {},
                        {{"x-api-key", GatewayFixture::callerKey}, {"anthropic-version", version}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stub.start({QStringLiteral("--key"), QStringLiteral("sk-provider-test")}));
        QVERIFY2(m_gateway.start(m_stub), qPrintable(m_gateway.error()));
    }

    void messageRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::newRow("2023-06-01") << QByteArray("2023-06-01");
        QTest::newRow("future") << QByteArray("2031-01-01");
    }

    void messageRoundTrip()
    {
        QFETCH(QByteArray, version);
        const HttpReply reply = send(message(QStringLiteral("hello claude")), version);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[u"content"][0][u"text"].toString(), QStringLiteral("Echo: hello claude"));
        const QJsonObject headers = m_stub.lastRequest().value(u"headers").toObject();
        QCOMPARE(headers.value(u"x-api-key").toString(), QStringLiteral("sk-provider-test"));
        QCOMPARE(headers.value(u"anthropic-version").toString(), QString::fromLatin1(version));
        QCOMPARE(m_stub.lastRequest().value(u"path").toString(), QStringLiteral("/v1/messages"));
        QCOMPARE(m_gateway.eventFor(reply.header("x-custos-interaction-id")).route,
                 QStringLiteral("anthropic"));
    }

    void systemPromptIsScanned_data()
    {
        QTest::addColumn<QJsonValue>("system");
        QTest::newRow("string") << QJsonValue(QStringLiteral("key CUSTOS-SECRET-ABCDEF123456"));
        QTest::newRow("blocks") << QJsonValue(
            QJsonArray{QJsonObject{{"type", "text"}, {"text", "key CUSTOS-SECRET-ABCDEF123456"}}});
    }

    void systemPromptIsScanned()
    {
        QFETCH(QJsonValue, system);
        const HttpReply reply = send(message(QStringLiteral("hi"), system));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(u"type").toString(), QStringLiteral("error"));
        QCOMPARE(reply.json()[u"error"][u"type"].toString(), QStringLiteral("permission_error"));
        QVERIFY(reply.json()[u"error"][u"message"].toString().contains(u"block-secrets"));
    }

    void systemPromptIsRedacted()
    {
        const HttpReply reply =
            send(message(QStringLiteral("hi"), QStringLiteral("Customer: carol@example.org")));
        QCOMPARE(reply.status, 200);
        const QString forwarded = m_stub.lastRequest()[u"body"][u"system"].toString();
        QVERIFY2(!forwarded.contains(u"carol@example.org"), qPrintable(forwarded));
    }

    void toolUse()
    {
        QJsonObject body = message(QStringLiteral("call it [[tool]]"));
        body.insert("tools", QJsonArray{QJsonObject{{"name", "get_weather"},
                                                    {"input_schema", QJsonObject{{"type", "object"}}}}});
        const HttpReply reply = send(body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[u"content"][0][u"type"].toString(), QStringLiteral("tool_use"));
        QCOMPARE(reply.json()[u"content"][0][u"name"].toString(), QStringLiteral("get_weather"));
    }

    void toolResultsAreScanned()
    {
        QJsonObject body = message(QStringLiteral("hi"));
        const QJsonObject toolResult{{"type", "tool_result"},
                                     {"tool_use_id", "toolu_1"},
                                     {"content", "result CUSTOS-SECRET-ABCDEF123456"}};
        body.insert("messages",
                    QJsonArray{QJsonObject{{"role", "user"}, {"content", QJsonArray{toolResult}}}});
        QCOMPARE(send(body).status, 403);
    }

    void errorsHaveAnthropicShape_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("no key") << QByteArray() << QByteArray("{}") << 401 << "authentication_error";
        QTest::newRow("bad json") << QByteArray(GatewayFixture::callerKey) << QByteArray("{nope") << 400
                                  << "invalid_request_error";
        QTest::newRow("unknown model")
            << QByteArray(GatewayFixture::callerKey)
            << QByteArray(R"({"model":"claude-nope","max_tokens":5,"messages":[]})") << 404
            << "not_found_error";
    }

    void errorsHaveAnthropicShape()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, type);
        QByteArray request = "POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                             "anthropic-version: 2023-06-01\r\n";
        if (!key.isEmpty())
            request += "x-api-key: " + key + "\r\n";
        request +=
            "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        const HttpReply reply = rawExchange(m_gateway.port(), request);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(u"type").toString(), QStringLiteral("error"));
        QCOMPARE(reply.json()[u"error"][u"type"].toString(), type);
    }

    void upstreamErrorIsPassedOnInShape()
    {
        const HttpReply reply = send(message(QStringLiteral("[[status:529]]")));
        QCOMPARE(reply.status, 529);
        QCOMPARE(reply.json().value(u"type").toString(), QStringLiteral("error"));
    }
};

} // namespace tst_gateway_anthropic

CUSTOS_GUILESS_TEST_MAIN(tst_gateway_anthropic::TestGatewayAnthropic)
#include "tst_gateway_anthropic.moc"
