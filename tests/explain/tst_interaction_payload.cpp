// The typed interaction record: every payload the real gateway writes (through the in-process
// gateway fixture, the real policy engine and the stub provider) decodes and re-encodes to the
// same bytes, so the same digest; a payload as earlier versions stored it does too; a key with
// the wrong type is refused with an error naming it.
#include "tests/support/CustosTest.h"

#include "tests/gateway/GatewayFixture.h"

#include "core/evidence/LedgerHash.h"
#include "core/policy/InteractionPayload.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace tst_interaction_payload {

using namespace custos;
using namespace gatewaytest;
using namespace Qt::StringLiterals;

namespace {

const QString coveredException = u"EXC-TEST-0001"_s;

// Covers the gate-sensitive rule for everyone, as an approved exception would.
class GateCovered : public NoExceptionChecker
{
public:
    std::optional<QStringList> cover(const EnforcementContext &, const Enforcement &decision) const override
    {
        if (decision.stoppingRules != QStringList{u"gate-sensitive"_s})
            return std::nullopt;
        return QStringList{coveredException};
    }
};

// A stream whose answer names the codename half-way: the stream guard stops it. The prompt
// carries it in base64, so the request itself passes.
QString blockedMidStream()
{
    return u"[[say64:%1]] [[chunk:2]]"_s.arg(
        QString::fromLatin1(QByteArrayLiteral("the plan is ORION and more").toBase64()));
}

QJsonObject chat(const QString &prompt, bool stream = false)
{
    QJsonObject body{{"model", "gpt-test"},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}}}};
    if (stream)
        body.insert("stream", true);
    return body;
}

// The payload as the store keeps it: canonical bytes, parsed back.
QJsonObject storedForm(const QJsonObject &payload)
{
    return QJsonDocument::fromJson(ledger::canonicalPayload(payload)).object();
}

QJsonObject readJson(const QString &name)
{
    QFile file(QStringLiteral(CUSTOS_EXPLAIN_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestInteractionPayload : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;
    GatewayFixture m_gateway;

    // The payload of the last interaction, after it went through the store's canonical form.
    QJsonObject lastStoredPayload() { return storedForm(m_gateway.evidence().events().last().payload); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stub.start({u"--key"_s, u"sk-provider-test"_s}));
        GatewayFixture::Settings settings;
        settings.exceptions = std::make_shared<GateCovered>();
        QVERIFY2(m_gateway.start(m_stub, settings), qPrintable(m_gateway.error()));
    }

    void realPayloadsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<bool>("forwarded");
        QTest::newRow("allow") << QByteArray("/v1/chat/completions") << chat(u"what is the weather"_s)
                               << u"allow"_s << true;
        QTest::newRow("redact") << QByteArray("/v1/chat/completions") << chat(u"mail bob@example.com now"_s)
                                << u"redact"_s << true;
        QTest::newRow("reroute") << QByteArray("/v1/chat/completions")
                                 << chat(u"the ORION plan [[say:routed]]"_s) << u"reroute"_s << true;
        QTest::newRow("block") << QByteArray("/v1/chat/completions")
                               << chat(u"key CUSTOS-SECRET-ABCDEF123456 here"_s) << u"block"_s << false;
        QTest::newRow("exception used") << QByteArray("/v1/chat/completions")
                                        << chat(u"open the GATEKEEPER file"_s) << u"allow"_s << true;
        QTest::newRow("stream") << QByteArray("/v1/chat/completions")
                                << chat(u"[[say:a plain streamed answer]] [[chunk:3]]"_s, true) << u"allow"_s
                                << true;
        QTest::newRow("stream blocked midway")
            << QByteArray("/v1/chat/completions") << chat(blockedMidStream(), true) << u"block"_s << true;
        QTest::newRow("unknown model")
            << QByteArray("/v1/chat/completions")
            << QJsonObject{{"model", "no-such-model"}, {"messages", QJsonArray{}}} << u"allow"_s << false;
    }

    void realPayloadsRoundTrip()
    {
        QFETCH(QByteArray, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, decision);
        QFETCH(bool, forwarded);
        const qsizetype before = m_gateway.evidence().events().size();
        const HttpReply reply = postJson(m_gateway.port(), path, body, GatewayFixture::callerKey);
        QVERIFY2(reply.status > 0, "no answer");
        QTRY_COMPARE(m_gateway.evidence().events().size(), before + 1);
        const QJsonObject stored = lastStoredPayload();
        const auto payload = InteractionPayload::fromJson(stored);
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
        QCOMPARE(payload->toJson(), stored);
        QCOMPARE(ledger::payloadDigest(payload->toJson()), ledger::payloadDigest(stored));
        QCOMPARE(ledger::payloadDigest(stored),
                 ledger::payloadDigest(m_gateway.evidence().events().last().payload));
        QCOMPARE(actionName(payload->decision), decision);
        QCOMPARE(payload->wasForwarded(), forwarded);
        QCOMPARE(payload->user, u"alice"_s);
        QCOMPARE(payload->interactionId.toUtf8(), reply.header("x-custos-interaction-id"));
    }

    void typedFieldsSayWhatHappened()
    {
        // Redaction: the hit names the detector, class and span; what went on lacks the address.
        postJson(m_gateway.port(), "/v1/chat/completions", chat(u"mail bob@example.com now"_s),
                 GatewayFixture::callerKey);
        auto redacted = InteractionPayload::fromJson(lastStoredPayload());
        QVERIFY(redacted);
        const QList<InteractionHit> hits = redacted->allHits();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().dataClass, u"PII"_s);
        QCOMPARE(hits.first().path, u"$.messages[0].content"_s);
        QCOMPARE(hits.first().end - hits.first().start, qint64(QStringLiteral("bob@example.com").size()));
        QVERIFY(redacted->requestForwarded.isObject());
        QVERIFY(!QJsonDocument(redacted->requestForwarded.toObject()).toJson().contains("bob@example.com"));
        QCOMPARE(redacted->firedRules(), QStringList{u"redact-personal-data"_s});

        // An exception: its id and the rule it lifted are recorded together.
        postJson(m_gateway.port(), "/v1/chat/completions", chat(u"open the GATEKEEPER file"_s),
                 GatewayFixture::callerKey);
        auto excepted = InteractionPayload::fromJson(lastStoredPayload());
        QVERIFY(excepted);
        QCOMPARE(excepted->exceptionIds, QStringList{coveredException});
        QCOMPARE(excepted->exceptedRules, QStringList{u"gate-sensitive"_s});
        QCOMPARE(m_gateway.evidence().events().last().exceptionId, coveredException);

        // A stream stopped midway: the decision is the stream's, on its channel.
        postJson(m_gateway.port(), "/v1/chat/completions", chat(blockedMidStream(), true),
                 GatewayFixture::callerKey);
        auto streamed = InteractionPayload::fromJson(lastStoredPayload());
        QVERIFY(streamed);
        QVERIFY(streamed->stream);
        QCOMPARE(streamed->decisions.last().stage, DecisionStage::ResponseStream);
        QCOMPARE(streamed->decisions.last().action, Action::Block);
        QVERIFY(!streamed->decisions.last().channel.isEmpty());
        QCOMPARE(streamed->decisions.last().hits.first().path, u"$stream"_s);
    }

    void refusalBeforeAnyHandler()
    {
        const qsizetype before = m_gateway.evidence().events().size();
        const QByteArray body = QJsonDocument(chat(u"hi"_s)).toJson(QJsonDocument::Compact);
        const HttpReply reply =
            rawExchange(m_gateway.port(),
                        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: a\rInjected: b\r\n"
                        "Content-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(reply.status, 400);
        QTRY_COMPARE(m_gateway.evidence().events().size(), before + 1);
        const QJsonObject stored = lastStoredPayload();
        const auto payload = InteractionPayload::fromJson(stored);
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
        QCOMPARE(payload->toJson(), stored);
        QCOMPARE(payload->endpoint, u"http"_s);
        QVERIFY(!payload->hasCaller);
        QVERIFY(!payload->api);
        QVERIFY(payload->peer.startsWith(u"127.0.0.1"_s) || payload->peer.contains(u"127.0.0.1"_s));
        QCOMPARE(payload->outcomeStatus, 400);
    }

    void aPayloadAsEarlierVersionsStoredItRoundTrips()
    {
        const QJsonObject legacy = readJson(u"legacy-interaction.json"_s);
        QVERIFY(!legacy.isEmpty());
        const auto payload = InteractionPayload::fromJson(legacy);
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
        QCOMPARE(payload->toJson(), legacy);
        QCOMPARE(ledger::canonicalPayload(payload->toJson()), ledger::canonicalPayload(legacy));
        QCOMPARE(payload->exceptionIds, QStringList{u"EXC-20260101-0001"_s});
        QCOMPARE(payload->decisions.size(), 2);
        QCOMPARE(payload->decisions.first().hits.size(), 2);
        QCOMPARE(payload->requestForwarded.toObject().value(u"model").toString(), u"gpt-4o-mini"_s);
        QCOMPARE(payload->responseReturned, QJsonValue(true));
        QCOMPARE(payload->latencyMs.value(u"total_before_evidence"_s), 2.5);
        // fromJson(toJson()) is the identity on the type too.
        QCOMPARE(*InteractionPayload::fromJson(payload->toJson()), *payload);
    }

    void wrongTypesAreNamed_data()
    {
        QTest::addColumn<QString>("pointer"); // which part of the legacy payload to damage
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("id a number")
            << u"interaction_id"_s << QJsonValue(5)
            << u"\"interaction_id\" in the interaction is a number, expected a string"_s;
        QTest::newRow("decisions an object")
            << u"decisions"_s << QJsonValue(QJsonObject{})
            << u"\"decisions\" in the interaction is an object, expected an array"_s;
        QTest::newRow("stream a string")
            << u"stream"_s << QJsonValue(u"yes"_s)
            << u"\"stream\" in the interaction is a string, expected a boolean"_s;
        QTest::newRow("unknown decision")
            << u"decision"_s << QJsonValue(u"explode"_s) << u"unknown decision \"explode\""_s;
        QTest::newRow("unknown failure mode")
            << u"failure_mode"_s << QJsonValue(u"maybe"_s) << u"unknown failure_mode \"maybe\""_s;
        QTest::newRow("unknown api") << u"api"_s << QJsonValue(u"gopher"_s) << u"unknown api \"gopher\""_s;
        QTest::newRow("caller user a number") << u"caller.user"_s << QJsonValue(7)
                                              << u"\"user\" in the caller is a number, expected a string"_s;
        QTest::newRow("latency a string")
            << u"latency_ms.upstream_done"_s << QJsonValue(u"slow"_s)
            << u"\"upstream_done\" in latency_ms is a string, expected a number"_s;
        QTest::newRow("hit start a string") << u"decisions.0.hits.0.start"_s << QJsonValue(u"9"_s)
                                            << u"\"start\" in a hit is a string, expected a number"_s;
        QTest::newRow("decision action unknown")
            << u"decisions.0.action"_s << QJsonValue(u"zap"_s) << u"unknown action \"zap\""_s;
        QTest::newRow("rule a number") << u"decisions.0.rules"_s << QJsonValue(QJsonArray{1})
                                       << u"\"rules\"[0] in a decision is a number, expected a string"_s;
        QTest::newRow("decision not an object")
            << u"decisions"_s << QJsonValue(QJsonArray{u"allow"_s})
            << u"\"decisions\"[0] in the interaction is a string, expected an object"_s;
    }

    void wrongTypesAreNamed()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject damaged =
            replaced(readJson(u"legacy-interaction.json"_s), pointer.split(u'.'), value).toObject();
        const auto payload = InteractionPayload::fromJson(damaged);
        QVERIFY(!payload);
        QVERIFY2(payload.error().message.contains(expected), qPrintable(payload.error().toString()));
        // The error names the interaction, so a reader of many payloads can say which one.
        QCOMPARE(payload.error().file, pointer == u"interaction_id"
                                           ? QString()
                                           : u"interaction 0b0e7c1a-7d1e-4a57-9d55-0e6c1c0f3a11"_s);
    }

private:
    // `root` with the value at the dotted path replaced (array steps are numbers).
    static QJsonValue replaced(const QJsonValue &root, QStringList path, const QJsonValue &value)
    {
        if (path.isEmpty())
            return value;
        const QString step = path.takeFirst();
        if (root.isArray()) {
            QJsonArray array = root.toArray();
            array[step.toInt()] = replaced(array.at(step.toInt()), path, value);
            return array;
        }
        QJsonObject object = root.toObject();
        object.insert(step, replaced(object.value(step), path, value));
        return object;
    }
};

} // namespace tst_interaction_payload

CUSTOS_TEST_MAIN(tst_interaction_payload::TestInteractionPayload)
#include "tst_interaction_payload.moc"
