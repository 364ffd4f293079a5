// OpenAI endpoints through the in-process gateway, the real policy engine and the stub upstream:
// every action on the request, whole-response evaluation, and the evidence each interaction leaves.
#include "tests/support/CustosTest.h"

#include "GatewayFixture.h"

#include <QJsonArray>
#include <QTest>

namespace tst_gateway_openai {

using namespace gatewaytest;

namespace {

QJsonObject chat(const QString &text, const QString &model = QStringLiteral("gpt-test"))
{
    return QJsonObject{{"model", model},
                       {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
}

QString replyText(const HttpReply &reply)
{
    return reply.json()
        .value(u"choices")
        .toArray()
        .first()
        .toObject()
        .value(u"message")
        .toObject()
        .value(u"content")
        .toString();
}

} // namespace

class TestGatewayOpenAi : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;
    GatewayFixture m_gateway;

    HttpReply post(const QByteArray &path, const QJsonObject &body)
    {
        return postJson(m_gateway.port(), path, body, GatewayFixture::callerKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stub.start({QStringLiteral("--key"), QStringLiteral("sk-provider-test")}));
        QVERIFY2(m_gateway.start(m_stub), qPrintable(m_gateway.error()));
    }

    void chatIsForwardedWithTheProviderKey()
    {
        const HttpReply reply = post("/v1/chat/completions", chat(QStringLiteral("hello there")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(replyText(reply), QStringLiteral("Echo: hello there"));
        const QJsonObject last = m_stub.lastRequest();
        QCOMPARE(last.value(u"headers").toObject().value(u"authorization").toString(),
                 QStringLiteral("Bearer sk-provider-test"));
        const QByteArray id = reply.header("x-custos-interaction-id");
        QVERIFY(!id.isEmpty());
        const auto event = m_gateway.eventFor(id);
        QCOMPARE(event.user, QStringLiteral("alice"));
        QCOMPARE(event.service, QStringLiteral("billing"));
        QCOMPARE(event.model, QStringLiteral("gpt-test"));
        QCOMPARE(event.route, QStringLiteral("upstream"));
        QVERIFY(!event.policyHash.isEmpty());
        QCOMPARE(event.payload.value(u"response").toObject().value(u"received").toObject().value(u"object"),
                 QJsonValue(QStringLiteral("chat.completion")));
    }

    void actionsOnTheRequest_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("rule");
        QTest::newRow("allow") << "what is the weather" << 200 << "allow" << "upstream" << "";
        QTest::newRow("monitor") << "please WATCHME closely" << 200 << "monitor" << "upstream"
                                 << "watch-audit";
        QTest::newRow("redact") << "mail bob@example.com now" << 200 << "redact" << "upstream"
                                << "redact-personal-data";
        QTest::newRow("reroute") << "the ORION plan [[say:routed]]" << 200 << "reroute" << "local"
                                 << "keep-confidential-local";
        QTest::newRow("block") << "key CUSTOS-SECRET-ABCDEF123456 here" << 403 << "block" << "upstream"
                               << "block-secrets";
        QTest::newRow("require_exception")
            << "open the GATEKEEPER file" << 403 << "require_exception" << "upstream"
            << "gate-sensitive";
    }

    void actionsOnTheRequest()
    {
        QFETCH(QString, prompt);
        QFETCH(int, status);
        QFETCH(QString, decision);
        QFETCH(QString, route);
        QFETCH(QString, rule);
        const QJsonObject before = m_stub.lastRequest();
        const HttpReply reply = post("/v1/chat/completions", chat(prompt));
        QCOMPARE(reply.status, status);
        const QByteArray id = reply.header("x-custos-interaction-id");
        const auto event = m_gateway.eventFor(id);
        QCOMPARE(event.decision, decision);
        if (!rule.isEmpty())
            QVERIFY2(event.rules.contains(rule), qPrintable(event.rules.join(u',')));
        if (status == 403) {
            const QJsonObject error = reply.json().value(u"error").toObject();
            QVERIFY(error.value(u"message").toString().contains(rule));
            QVERIFY(error.value(u"message").toString().contains(QString::fromLatin1(id)));
            QVERIFY(error.value(u"message").toString().contains(u"exception"));
            QCOMPARE(m_stub.lastRequest(), before); // nothing was forwarded
            return;
        }
        QCOMPARE(event.route, route);
        const QString forwarded = m_stub.lastRequest()
                                      .value(u"body")
                                      .toObject()
                                      .value(u"messages")
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"content")
                                      .toString();
        if (decision == u"redact") {
            QVERIFY2(!forwarded.contains(u"bob@example.com"), qPrintable(forwarded));
            QVERIFY(event.payload.value(u"request").toObject().value(u"forwarded").isObject());
        } else {
            QCOMPARE(forwarded, prompt);
        }
        if (decision == u"monitor")
            QCOMPARE(reply.header("x-custos-decision"), QByteArray("monitor"));
    }

    void contentPartsAndToolArgumentsAreScanned()
    {
        QJsonObject body = chat(QString());
        body.insert(
            "messages",
            QJsonArray{
                QJsonObject{{"role", "user"},
                            {"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", "hi"}},
                                                   QJsonObject{{"type", "text"},
                                                               {"text", "CUSTOS-SECRET-ABCDEF123456"}}}}},
            });
        QCOMPARE(post("/v1/chat/completions", body).status, 403);
        QJsonObject toolCall{
            {"role", "assistant"},
            {"content", QJsonValue()},
            {"tool_calls",
             QJsonArray{QJsonObject{
                 {"id", "call_1"},
                 {"type", "function"},
                 {"function", QJsonObject{{"name", "lookup"},
                                          {"arguments", "{\"k\":\"CUSTOS-SECRET-ABCDEF123456\"}"}}}}}}};
        body.insert("messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "hi"}}, toolCall});
        QCOMPARE(post("/v1/chat/completions", body).status, 403);
    }

    void toolCallsComeBack()
    {
        QJsonObject body = chat(QStringLiteral("use a tool [[tool]]"));
        body.insert("tools",
                    QJsonArray{QJsonObject{
                        {"type", "function"},
                        {"function", QJsonObject{{"name", "get_weather"},
                                                 {"parameters", QJsonObject{{"type", "object"}}}}}}});
        const HttpReply reply = post("/v1/chat/completions", body);
        QCOMPARE(reply.status, 200);
        const QJsonObject call = reply.json()[u"choices"][0][u"message"][u"tool_calls"][0].toObject();
        QCOMPARE(call.value(u"function").toObject().value(u"name").toString(), QStringLiteral("get_weather"));
    }

    void responseSecretsAreMasked()
    {
        const HttpReply reply =
            post("/v1/chat/completions",
                 chat(QStringLiteral("[[say64:%1]]")
                          .arg(QString::fromLatin1(
                              QByteArrayLiteral("the key is CUSTOS-SECRET-ZYXWVU987654 ok").toBase64()))));
        QCOMPARE(reply.status, 200);
        QVERIFY2(!replyText(reply).contains(u"CUSTOS-SECRET-ZYXWVU987654"), qPrintable(replyText(reply)));
        QVERIFY(replyText(reply).startsWith(u"the key is "));
        const auto event = m_gateway.eventFor(reply.header("x-custos-interaction-id"));
        QVERIFY(event.rules.contains(QStringLiteral("redact-secrets-in-responses")));
        const QJsonObject response = event.payload.value(u"response").toObject();
        QVERIFY(response.value(u"received").isObject());
        QVERIFY(response.value(u"returned").isObject());
    }

    void responseBlockIsAnError()
    {
        const HttpReply reply =
            post("/v1/chat/completions", chat(QStringLiteral("[[say:ORION launch codes]]")));
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.json()[u"error"][u"message"].toString().contains(u"block-confidential-responses"));
        QVERIFY(!reply.body.contains("launch codes"));
    }

    void otherEndpoints_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("object");
        QTest::newRow("responses") << QByteArray("/v1/responses")
                                   << QJsonObject{{"model", "gpt-test"}, {"input", "hello"}} << "response";
        QTest::newRow("completions") << QByteArray("/v1/completions")
                                     << QJsonObject{{"model", "gpt-test"}, {"prompt", "hello"}}
                                     << "text_completion";
        QTest::newRow("embeddings") << QByteArray("/v1/embeddings")
                                    << QJsonObject{{"model", "text-embedding-test"}, {"input", "hello"}}
                                    << "list";
    }

    void otherEndpoints()
    {
        QFETCH(QByteArray, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, object);
        const HttpReply reply = post(path, body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"object").toString(), object);
        QCOMPARE(m_stub.lastRequest().value(u"path").toString(), QString::fromLatin1(path));
        QVERIFY(!m_gateway.eventFor(reply.header("x-custos-interaction-id")).payload.isEmpty());
    }

    void modelsListsWhatThePolicyAllows()
    {
        const HttpReply reply = get(m_gateway.port(), "/v1/models", GatewayFixture::callerKey);
        QCOMPARE(reply.status, 200);
        QStringList ids;
        for (const QJsonValue &model : reply.json().value(u"data").toArray())
            ids.append(model.toObject().value(u"id").toString());
        QVERIFY(ids.contains(QStringLiteral("gpt-test")));
        QVERIFY(ids.contains(QStringLiteral("claude-test")));
        QCOMPARE(get(m_gateway.port(), "/v1/models").status, 401);
    }

    void unknownModelIsRefused()
    {
        const HttpReply reply =
            post("/v1/chat/completions", chat(QStringLiteral("hi"), QStringLiteral("gpt-nope")));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json()[u"error"][u"code"].toString(), QStringLiteral("model_not_found"));
        QCOMPARE(
            m_gateway.eventFor(reply.header("x-custos-interaction-id")).payload.value(u"outcome")[u"status"],
            QJsonValue(404));
    }

    void callerKeyIsRequired_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown") << QByteArray("custos_not_a_key");
    }

    void callerKeyIsRequired()
    {
        QFETCH(QByteArray, key);
        const HttpReply reply =
            postJson(m_gateway.port(), "/v1/chat/completions", chat(QStringLiteral("hi")), key);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json()[u"error"][u"type"].toString(), QStringLiteral("authentication_error"));
        QVERIFY(!m_gateway.eventFor(reply.header("x-custos-interaction-id")).payload.isEmpty());
    }

    void metricsCountRequestsAndDecisions()
    {
        const HttpReply reply = get(m_gateway.port(), "/custos/v1/metrics");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains(
            "custos_gateway_requests_total{endpoint=\"/v1/chat/completions\",status=\"200\"}"));
        QVERIFY(
            reply.body.contains("custos_gateway_decisions_total{direction=\"request\",action=\"block\"}"));
        QVERIFY(reply.body.contains("custos_gateway_request_duration_seconds_bucket{le=\"+Inf\"}"));
    }
};

} // namespace tst_gateway_openai

CUSTOS_GUILESS_TEST_MAIN(tst_gateway_openai::TestGatewayOpenAi)
#include "tst_gateway_openai.moc"
