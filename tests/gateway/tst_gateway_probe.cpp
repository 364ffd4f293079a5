// The test request the first-run wizard sends, through the real gateway to the real stub upstream,
// under the starter policy, for each route kind: the right endpoint, auth header and minimal body
// (the stub runs --strict, refusing what the real provider would), and the answer read back.
#include "tests/support/CustosTest.h"

#include "GatewayFixture.h"

#include "gateway/GatewayProbe.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>

namespace tst_gateway_probe {

using namespace custos;
using namespace gatewaytest;
using namespace Qt::StringLiterals;

class TestGatewayProbe : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;
    GatewayFixture m_gateway;
    QNetworkAccessManager m_network;

    QString gatewayBase() const { return u"http://127.0.0.1:%1/v1"_s.arg(m_gateway.port()); }

    // Sends the probe and waits for its one answer.
    GatewayProbe::Answer probe(const QString &kind, const QString &base, const QByteArray &key)
    {
        GatewayProbe probe(&m_network);
        QSignalSpy answered(&probe, &GatewayProbe::answered);
        const auto sent = probe.send(kind, base, key);
        if (!sent) {
            qWarning("probe not sent: %s", qPrintable(sent.error().toString()));
            return {};
        }
        if (!answered.wait(15000))
            return {};
        return answered.constFirst().constFirst().value<GatewayProbe::Answer>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stub.start({u"--key"_s, u"sk-provider-test"_s, u"--strict"_s}));
        // The starter policy, as the first-run wizard publishes it before it sends the probe.
        GatewayFixture::Settings settings;
        settings.policyFile = QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml");
        QVERIFY2(m_gateway.start(m_stub, settings), qPrintable(m_gateway.error()));
    }

    void eachKindReachesItsEndpoint_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("upstreamPath");
        QTest::addColumn<QString>("providerKeyHeader");
        QTest::addColumn<QString>("route");
        QTest::newRow("openai") << u"openai"_s << u"/v1/chat/completions"_s << u"authorization"_s
                                << u"upstream"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << u"/v1/messages"_s << u"x-api-key"_s << u"anthropic"_s;
    }

    void eachKindReachesItsEndpoint()
    {
        QFETCH(QString, kind);
        QFETCH(QString, upstreamPath);
        QFETCH(QString, providerKeyHeader);
        QFETCH(QString, route);
        const qsizetype before = m_gateway.evidence().events().size();
        const GatewayProbe::Answer answer = probe(kind, gatewayBase(), GatewayFixture::callerKey);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.text, u"Echo: Hello from Custos"_s);

        const QJsonObject upstream = m_stub.lastRequest();
        QCOMPARE(upstream.value(u"path").toString(), upstreamPath);
        QVERIFY(upstream.value(u"headers")
                    .toObject()
                    .value(providerKeyHeader)
                    .toString()
                    .contains(u"sk-provider-test"_s));
        const QJsonObject body = upstream.value(u"body").toObject();
        QVERIFY(!body.value(u"model").toString().isEmpty());
        QCOMPARE(body.value(u"messages")[0][u"content"].toString(), u"Hello from Custos"_s);
        QCOMPARE(body.contains(u"max_tokens"), kind == u"anthropic");

        QCOMPARE(m_gateway.evidence().events().size(), before + 1);
        QCOMPARE(m_gateway.lastEvent().route, route);
        // The probe reports the decision the gateway recorded (the starter policy monitors).
        QCOMPARE(answer.decision, m_gateway.lastEvent().decision);
    }

    // What the probe must avoid: the strict stub refuses a message without max_tokens, as Anthropic does.
    void strictStubRefusesAMessageWithoutMaxTokens()
    {
        const QJsonObject body{{"model", "claude-haiku-4-5"},
                               {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "hi"}}}}};
        const HttpReply reply =
            postJson(m_gateway.port(), "/v1/messages", body, {},
                     {{"x-api-key", GatewayFixture::callerKey}, {"anthropic-version", "2023-06-01"}});
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.body.contains("max_tokens"), reply.body.constData());
    }

    void gatewayRefusalsComeBackAsErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("openai") << u"openai"_s;
        QTest::newRow("anthropic") << u"anthropic"_s;
    }

    void gatewayRefusalsComeBackAsErrors()
    {
        QFETCH(QString, kind);
        const GatewayProbe::Answer answer = probe(kind, gatewayBase(), "custos_not_a_real_key");
        QCOMPARE(answer.status, 401);
        QVERIFY2(answer.error.contains(u"API key"_s), qPrintable(answer.error));
        QVERIFY(answer.text.isEmpty());
    }

    void noGatewayMeansNoAnswer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const GatewayProbe::Answer answer =
            probe(u"anthropic"_s, u"http://127.0.0.1:%1/v1"_s.arg(port), GatewayFixture::callerKey);
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.error.isEmpty());
    }

    void badArgumentsSendNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("unknown kind")
            << u"gemini"_s << u"http://127.0.0.1:9/v1"_s << u"route kind 'gemini'"_s;
        QTest::newRow("no base URL") << u"openai"_s << QString() << u"not running"_s;
    }

    void badArgumentsSendNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, base);
        QFETCH(QString, refusal);
        GatewayProbe probe(&m_network);
        QSignalSpy answered(&probe, &GatewayProbe::answered);
        const auto sent = probe.send(kind, base, GatewayFixture::callerKey);
        QVERIFY(!sent);
        QVERIFY2(sent.error().message.contains(refusal), qPrintable(sent.error().message));
        QVERIFY(!answered.wait(200));
    }
};

} // namespace tst_gateway_probe

CUSTOS_GUILESS_TEST_MAIN(tst_gateway_probe::TestGatewayProbe)
#include "tst_gateway_probe.moc"
