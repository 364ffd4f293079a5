// Every field that leaves is scanned: a secret put in any field of an OpenAI or Anthropic request
// never reaches the stub upstream when a block rule sees it, and arrives redacted when a redact rule
// does, whatever the field; the same for fields of a response. Content Custos cannot read stops a
// policy that fails closed and passes one that fails open.
#include "tests/support/CustosTest.h"

#include "GatewayFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace tst_gateway_fields {

using namespace gatewaytest;

namespace {

const QString blockedSecret = QStringLiteral("CUSTOS-SECRET-ABCDEF123456"); // block-secrets
const QString redactedSecret = QStringLiteral("bob@example.com");           // redact-personal-data

// The row's body with its marker filled in: @S@ is the secret itself, @B64@ a base64 text holding it.
QJsonObject bodyWith(const QByteArray &pattern, const QString &secret)
{
    QByteArray text = pattern;
    text.replace("@S@", secret.toUtf8());
    text.replace("@B64@", QByteArray(QByteArrayLiteral("note: ") + secret.toUtf8() + " end").toBase64());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("row body is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// The value at a JSON pointer ("/messages/0/name").
QJsonValue valueAt(const QJsonValue &root, const QString &pointer)
{
    QJsonValue value = root;
    for (const QString &step : pointer.split(u'/', Qt::SkipEmptyParts))
        value = value.isArray() ? value.toArray().at(step.toInt()) : value.toObject().value(step);
    return value;
}

// The text a forwarded field holds, decoded as the row says it is stored.
QString decoded(const QJsonValue &value, const QString &encoding)
{
    const QString text = value.toString();
    if (encoding == u"base64")
        return QString::fromUtf8(QByteArray::fromBase64(text.toLatin1()));
    if (encoding == u"dataurl")
        return QString::fromUtf8(QByteArray::fromBase64(text.section(u',', 1).toLatin1()));
    return text;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestGatewayFields : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;
    GatewayFixture m_gateway;
    GatewayFixture m_openGateway; // the same policy with failure_mode: open
    QTemporaryDir m_dir;

    HttpReply send(const GatewayFixture &gateway, const QString &api, const QJsonObject &body)
    {
        if (api == u"anthropic")
            return postJson(gateway.port(), "/v1/messages", body, {},
                            {{"x-api-key", GatewayFixture::callerKey}, {"anthropic-version", "2023-06-01"}});
        const QByteArray path = api == u"responses" ? "/v1/responses" : "/v1/chat/completions";
        return postJson(gateway.port(), path, body, GatewayFixture::callerKey);
    }

    QJsonObject forwardedBody() const { return m_stub.lastRequest().value(u"body").toObject(); }

    static void addFieldColumns()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pointer");  // where the secret is; empty for a member name
        QTest::addColumn<QString>("encoding"); // plain, base64 or dataurl
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_stub.start({QStringLiteral("--key"), QStringLiteral("sk-provider-test")}));
        QVERIFY2(m_gateway.start(m_stub), qPrintable(m_gateway.error()));
        QFile closed(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/gateway/data/gateway-policy.yaml"));
        QVERIFY(closed.open(QIODevice::ReadOnly));
        QByteArray yaml = closed.readAll();
        QVERIFY(yaml.contains("failure_mode: closed"));
        yaml.replace("failure_mode: closed", "failure_mode: open");
        QFile open(m_dir.filePath(QStringLiteral("open-policy.yaml")));
        QVERIFY(open.open(QIODevice::WriteOnly));
        open.write(yaml);
        open.close();
        GatewayFixture::Settings settings;
        settings.policyFile = open.fileName();
        QVERIFY2(m_openGateway.start(m_stub, settings), qPrintable(m_openGateway.error()));
    }

    void requestFields_data()
    {
        addFieldColumns();
        const auto row = [](const char *name, const char *api, const char *body, const char *pointer,
                            const char *encoding = "plain") {
            QTest::newRow(name) << QString::fromLatin1(api) << QByteArray(body)
                                << QString::fromLatin1(pointer) << QString::fromLatin1(encoding);
        };
#define CHAT R"("model":"gpt-test")"
#define HI R"({"role":"user","content":"hi"})"
        row("openai message name", "chat",
            R"({)" CHAT R"(,"messages":[{"role":"user","name":"@S@","content":"hi"}]})", "/messages/0/name");
        row("openai tool description", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"tools":[{"type":"function","function":{"name":"lookup",)"
            R"("description":"@S@","parameters":{"type":"object"}}}]})",
            "/tools/0/function/description");
        row("openai tool name", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"tools":[{"type":"function","function":{"name":"@S@"}}]})",
            "/tools/0/function/name");
        row("openai tool schema description", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"tools":[{"type":"function","function":{"name":"lookup",)"
            R"("parameters":{"type":"object","properties":{"q":{"type":"string","description":"@S@"}}}}}]})",
            "/tools/0/function/parameters/properties/q/description");
        row("openai tool schema enum", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"tools":[{"type":"function","function":{"name":"lookup",)"
            R"("parameters":{"type":"object","properties":{"q":{"type":"string","enum":["@S@"]}}}}}]})",
            "/tools/0/function/parameters/properties/q/enum/0");
        row("openai tool schema property name", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"tools":[{"type":"function","function":{"name":"lookup",)"
            R"("parameters":{"type":"object","properties":{"@S@":{"type":"string"}}}}}]})",
            "");
        row("openai user", "chat", R"({)" CHAT R"(,"messages":[)" HI R"(],"user":"@S@"})", "/user");
        row("openai metadata value", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"metadata":{"team":"@S@"}})", "/metadata/team");
        row("openai metadata name", "chat", R"({)" CHAT R"(,"messages":[)" HI R"(],"metadata":{"@S@":"x"}})",
            "");
        row("openai image_url", "chat",
            R"({)" CHAT R"(,"messages":[{"role":"user","content":[{"type":"text","text":"look"},)"
            R"({"type":"image_url","image_url":{"url":"https://img.example/a.png?owner=@S@","detail":"low"}}]}]})",
            "/messages/0/content/1/image_url/url");
        row("openai text data url", "chat",
            R"({)" CHAT R"(,"messages":[{"role":"user","content":[{"type":"image_url",)"
            R"("image_url":{"url":"data:text/plain;base64,@B64@"}}]}]})",
            "/messages/0/content/0/image_url/url", "dataurl");
        row("openai file part id", "chat",
            R"({)" CHAT
            R"(,"messages":[{"role":"user","content":[{"type":"file","file":{"file_id":"@S@"}}]}]})",
            "/messages/0/content/0/file/file_id");
        row("openai tool call id", "chat",
            R"({)" CHAT R"(,"messages":[)" HI
            R"(,{"role":"assistant","content":null,"tool_calls":[{"id":"@S@",)"
            R"("type":"function","function":{"name":"lookup","arguments":"{}"}}]},)"
            R"({"role":"tool","tool_call_id":"@S@","content":"42"}]})",
            "/messages/1/tool_calls/0/id");
        row("openai stop string", "chat", R"({)" CHAT R"(,"messages":[)" HI R"(],"stop":"@S@"})", "/stop");
        row("openai stop list", "chat", R"({)" CHAT R"(,"messages":[)" HI R"(],"stop":["END","@S@"]})",
            "/stop/1");
        row("openai response_format", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"response_format":{"type":"json_schema","json_schema":)"
            R"({"name":"answer","schema":{"type":"object","properties":{"a":{"description":"@S@"}}}}}})",
            "/response_format/json_schema/schema/properties/a/description");
        row("openai unknown field", "chat",
            R"({)" CHAT R"(,"messages":[)" HI R"(],"x_custom":{"note":["@S@"]}})", "/x_custom/note/0");
        row("openai role that is no role", "chat",
            R"({)" CHAT R"(,"messages":[{"role":"@S@","content":"hi"}]})", "/messages/0/role");
        row("openai type that is no type", "chat",
            R"({)" CHAT R"(,"messages":[{"role":"user","content":[{"type":"@S@","text":"hi"}]}]})",
            "/messages/0/content/0/type");
        row("responses tool description", "responses",
            R"({)" CHAT R"(,"input":"hi","tools":[{"type":"function","name":"f","description":"@S@"}]})",
            "/tools/0/description");
        row("responses metadata", "responses", R"({)" CHAT R"(,"input":"hi","metadata":{"k":"@S@"}})",
            "/metadata/k");
#define CLAUDE R"("model":"claude-test","max_tokens":64)"
        row("anthropic tool description", "anthropic",
            R"({)" CLAUDE R"(,"messages":[)" HI R"(],"tools":[{"name":"lookup","description":"@S@",)"
            R"("input_schema":{"type":"object"}}]})",
            "/tools/0/description");
        row("anthropic tool schema", "anthropic",
            R"({)" CLAUDE R"(,"messages":[)" HI
            R"(],"tools":[{"name":"lookup","input_schema":{"type":"object",)"
            R"("properties":{"q":{"type":"string","description":"@S@"}}}}]})",
            "/tools/0/input_schema/properties/q/description");
        row("anthropic metadata", "anthropic",
            R"({)" CLAUDE R"(,"messages":[)" HI R"(],"metadata":{"user_id":"@S@"}})", "/metadata/user_id");
        row("anthropic base64 text document", "anthropic",
            R"({)" CLAUDE
            R"(,"messages":[{"role":"user","content":[{"type":"document","source":{"type":"base64",)"
            R"("media_type":"text/plain","data":"@B64@"}},{"type":"text","text":"summarise"}]}]})",
            "/messages/0/content/0/source/data", "base64");
        row("anthropic plain text document", "anthropic",
            R"({)" CLAUDE
            R"(,"messages":[{"role":"user","content":[{"type":"document","source":{"type":"text",)"
            R"("media_type":"text/plain","data":"note @S@"}},{"type":"text","text":"summarise"}]}]})",
            "/messages/0/content/0/source/data");
        row("anthropic document title", "anthropic",
            R"({)" CLAUDE
            R"(,"messages":[{"role":"user","content":[{"type":"document","title":"@S@","source":)"
            R"({"type":"text","media_type":"text/plain","data":"x"}},{"type":"text","text":"summarise"}]}]})",
            "/messages/0/content/0/title");
        row("anthropic image url", "anthropic",
            R"({)" CLAUDE R"(,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"url",)"
            R"("url":"https://img.example/a.png?o=@S@"}},{"type":"text","text":"look"}]}]})",
            "/messages/0/content/0/source/url");
        row("anthropic tool_use input name", "anthropic",
            R"({)" CLAUDE R"(,"messages":[)" HI
            R"(,{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1",)"
            R"("name":"lookup","input":{"@S@":"v"}}]},{"role":"user","content":[{"type":"tool_result",)"
            R"("tool_use_id":"toolu_1","content":"42"}]}]})",
            "");
        row("anthropic stop_sequences", "anthropic",
            R"({)" CLAUDE R"(,"messages":[)" HI R"(],"stop_sequences":["@S@"]})", "/stop_sequences/0");
        row("anthropic system block", "anthropic",
            R"({)" CLAUDE R"(,"messages":[)" HI R"(],"system":[{"type":"text","text":"@S@"}]})",
            "/system/0/text");
#undef CHAT
#undef HI
#undef CLAUDE
    }

    void requestFields()
    {
        QFETCH(QString, api);
        QFETCH(QByteArray, body);
        QFETCH(QString, pointer);
        QFETCH(QString, encoding);

        const QJsonObject before = m_stub.lastRequest();
        const HttpReply blocked = send(m_gateway, api, bodyWith(body, blockedSecret));
        QCOMPARE(blocked.status, 403);
        QVERIFY2(blocked.json()[u"error"][u"message"].toString().contains(u"block-secrets"),
                 blocked.body.constData());
        QCOMPARE(m_stub.lastRequest(), before); // nothing reached the upstream

        const HttpReply redacted = send(m_gateway, api, bodyWith(body, redactedSecret));
        QCOMPARE(redacted.status, 200);
        const QJsonObject forwarded = forwardedBody();
        QVERIFY2(!compact(forwarded).contains(redactedSecret), qPrintable(compact(forwarded)));
        if (pointer.isEmpty()) {
            QVERIFY2(compact(forwarded).contains(u"[EMAIL_1]"), qPrintable(compact(forwarded)));
        } else {
            const QString field = decoded(valueAt(forwarded, pointer), encoding);
            QVERIFY2(field.contains(u"[EMAIL_1]"), qPrintable(field));
            QVERIFY2(!field.contains(redactedSecret), qPrintable(field));
            if (encoding == u"base64" || encoding == u"dataurl") // written back in the form it came in
                QVERIFY2(field.startsWith(u"note: ") && field.endsWith(u" end"), qPrintable(field));
        }
        const auto event = m_gateway.eventFor(redacted.header("x-custos-interaction-id"));
        QCOMPARE(event.decision, QStringLiteral("redact"));
    }

    // The stub puts the text of [[extra64:B64]] in an unknown top-level field of its reply, and the
    // text of [[say64:B64]] in the arguments of a tool call with [[tool]].
    void responseFields_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("directive");
        QTest::newRow("openai unknown response field") << "chat" << "extra64";
        QTest::newRow("openai tool call arguments") << "chat" << "say64";
        QTest::newRow("anthropic unknown response field") << "anthropic" << "extra64";
        QTest::newRow("anthropic tool_use input") << "anthropic" << "say64";
    }

    void responseFields()
    {
        QFETCH(QString, api);
        QFETCH(QString, directive);
        const auto request = [&](const QString &secret) {
            const QString prompt = QStringLiteral("[[tool]] [[%1:%2]]")
                                       .arg(directive, QString::fromLatin1(secret.toUtf8().toBase64()));
            QJsonObject body{{"model", api == u"anthropic" ? "claude-test" : "gpt-test"},
                             {"max_tokens", 64},
                             {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}}}};
            body.insert("tools",
                        api == u"anthropic"
                            ? QJsonArray{QJsonObject{{"name", "lookup"},
                                                     {"input_schema", QJsonObject{{"type", "object"}}}}}
                            : QJsonArray{QJsonObject{{"type", "function"},
                                                     {"function", QJsonObject{{"name", "lookup"}}}}});
            return send(m_gateway, api, body);
        };
        // block-confidential-responses stops a response naming ORION.
        const HttpReply blocked = request(QStringLiteral("the ORION plan"));
        QCOMPARE(blocked.status, 403);
        QVERIFY2(!blocked.body.contains("ORION plan"), blocked.body.constData());
        // redact-secrets-in-responses masks a credential.
        const HttpReply masked = request(blockedSecret);
        QCOMPARE(masked.status, 200);
        QVERIFY2(!masked.body.contains(blockedSecret.toUtf8()), masked.body.constData());
        QVERIFY2(masked.body.contains("*****"), masked.body.constData());
    }

    void unreadableContent_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");     // named in the refusal; empty when it is not unreadable
        QTest::addColumn<int>("closedStatus"); // with failure_mode: closed
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4 CUSTOS").toBase64();
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452").toBase64();
        QTest::newRow("anthropic pdf document")
            << "anthropic"
            << (R"({"model":"claude-test","max_tokens":64,"messages":[{"role":"user","content":[{"type":"document",)"
                R"("source":{"type":"base64","media_type":"application/pdf","data":")" +
                pdf + R"("}},{"type":"text","text":"summarise"}]}]})")
            << "$.messages[0].content[0].source.data" << 403;
        QTest::newRow("anthropic text document that is not base64")
            << "anthropic"
            << QByteArray(
                   R"({"model":"claude-test","max_tokens":64,"messages":[{"role":"user","content":[)"
                   R"({"type":"document","source":{"type":"base64","media_type":"text/plain","data":"@@@"}},)"
                   R"({"type":"text","text":"summarise"}]}]})")
            << "$.messages[0].content[0].source.data" << 403;
        QTest::newRow("openai pdf file data")
            << "chat"
            << (R"({"model":"gpt-test","messages":[{"role":"user","content":[{"type":"file","file":{"filename":"a.pdf",)"
                R"("file_data":"data:application/pdf;base64,)" +
                pdf + R"("}},{"type":"text","text":"summarise"}]}]})")
            << "$.messages[0].content[0].file.file_data" << 403;
        QTest::newRow("anthropic png image is media, forwarded")
            << "anthropic"
            << (R"({"model":"claude-test","max_tokens":64,"messages":[{"role":"user","content":[{"type":"image",)"
                R"("source":{"type":"base64","media_type":"image/png","data":")" +
                png + R"("}},{"type":"text","text":"look"}]}]})")
            << "" << 200;
        QTest::newRow("openai png data url is media, forwarded")
            << "chat"
            << (R"({"model":"gpt-test","messages":[{"role":"user","content":[{"type":"image_url","image_url":)"
                R"({"url":"data:image/png;base64,)" +
                png + R"("}},{"type":"text","text":"look"}]}]})")
            << "" << 200;
    }

    void unreadableContent()
    {
        QFETCH(QString, api);
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(int, closedStatus);
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        QVERIFY(!request.isEmpty());

        const QJsonObject before = m_stub.lastRequest();
        const HttpReply closed = send(m_gateway, api, request);
        QCOMPARE(closed.status, closedStatus);
        if (closedStatus == 403) {
            const QString message = closed.json()[u"error"][u"message"].toString();
            QVERIFY2(message.contains(u"cannot read " + path), qPrintable(message));
            QVERIFY2(message.contains(u"failure_mode is closed"), qPrintable(message));
            QVERIFY2(!message.contains(u"exception"), qPrintable(message)); // no exception lifts it
            QCOMPARE(m_stub.lastRequest(), before);
            QCOMPARE(m_gateway.eventFor(closed.header("x-custos-interaction-id")).decision,
                     QStringLiteral("block"));
        } else {
            QCOMPARE(forwardedBody(), request);
        }
        // failure_mode: open lets what cannot be read pass, unchanged, and the evidence says so.
        const HttpReply open = send(m_openGateway, api, request);
        QCOMPARE(open.status, 200);
        QCOMPARE(forwardedBody(), request);
        const QString note = m_openGateway.eventFor(open.header("x-custos-interaction-id"))
                                 .payload.value(u"decisions")[0][u"message"]
                                 .toString();
        if (path.isEmpty())
            QVERIFY2(!note.contains(u"unscanned"), qPrintable(note));
        else
            QVERIFY2(note.contains(u"Passed on unscanned (failure_mode open): " + path), qPrintable(note));
    }
};

} // namespace tst_gateway_fields

CUSTOS_TEST_MAIN(tst_gateway_fields::TestGatewayFields)
#include "tst_gateway_fields.moc"
