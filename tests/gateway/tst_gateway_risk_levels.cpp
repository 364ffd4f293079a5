// Risk levels end to end, as people meet them: the real `custosctl serve` on a real SQLCipher store,
// the stub provider as its own process, callers over loopback HTTP with their Custos keys, and the
// real `custosctl alerts` and `custosctl exceptions` beside the running gateway. A broken budget
// and an escalated alert each set a risk level; while it stands the user's requests carrying the
// class need an exception (require_exception), which bob grants; in monitor mode they pass and
// their evidence says they would have needed one; levels and alerts survive a restart.
#include "tests/support/CustosTest.h"
#include "tests/support/CustosctlProcess.h"

#include "GatewayTestSupport.h"

#include "core/evidence/EvidenceStore.h"
#include "core/watch/WatchAlert.h"
#include "core/watch/WatchService.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

namespace tst_gateway_risk_levels {

using namespace gatewaytest;
using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const QByteArray riskProviderKey = "sk-provider-risk";
const QString riskRule = u"watch:risk_level"_s;

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

QString riskPasswordOf(const QString &user)
{
    return user + u" has a long password"_s;
}

QString withEmail(int n)
{
    return u"Please write to person%1@example.com about the invoice"_s.arg(n);
}

QString policyFile(const char *name)
{
    return QStringLiteral(CUSTOS_SOURCE_DIR "/tests/gateway/data/") + QLatin1StringView(name);
}

} // namespace

class TestGatewayRiskLevels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StubUpstream m_stub;
    std::unique_ptr<QProcess> m_serve;
    quint16 m_port = 0;
    QHash<QString, QByteArray> m_keys; // caller -> Custos key
    QString m_escalatedId;

    QStringList storeArguments() const
    {
        return {u"--store"_s, m_dir.filePath(u"store.db"_s), u"--key-file"_s, m_dir.filePath(u"store.key"_s)};
    }

    CtlRun custosctl(const QStringList &arguments, const QHash<QString, QString> &environment = {},
                     const QByteArray &input = {}) const
    {
        const custos::test::CustosctlRun run =
            custos::test::runCustosctl(arguments + storeArguments(), environment, input);
        return CtlRun{run.exitCode, run.out, run.err};
    }

    // A person's act, signed in with the password on standard input.
    CtlRun as(const QString &user, const QStringList &arguments) const
    {
        return custosctl(arguments + QStringList{u"--as"_s, user, u"--password-stdin"_s, u"--json"_s}, {},
                         riskPasswordOf(user).toUtf8() + '\n');
    }

    void addUser(const QString &name, const QString &role)
    {
        QStringList arguments{u"users"_s, u"add"_s, name, u"--role"_s, role};
        if (name != u"root")
            arguments << u"--actor"_s << u"root"_s;
        const CtlRun run = custosctl(arguments, {{u"CUSTOS_ACTOR_PASSWORD"_s, riskPasswordOf(u"root"_s)},
                                                 {u"CUSTOS_USER_PASSWORD"_s, riskPasswordOf(name)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void startServe(const QString &policy)
    {
        m_serve = std::make_unique<QProcess>();
        m_serve->setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        m_serve->setArguments(
            QStringList{u"serve"_s, u"--policy"_s, policy, u"--listen"_s, u"127.0.0.1:0"_s} +
            storeArguments());
        m_serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_serve->start();
        QVERIFY(m_serve->waitForStarted(10000));
        QByteArray output;
        const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QRegularExpressionMatch match;
        const QDeadlineTimer deadline(30000);
        while (!(match = listening.match(QString::fromUtf8(output))).hasMatch() && !deadline.hasExpired()) {
            m_serve->waitForReadyRead(200);
            output += m_serve->readAllStandardOutput();
        }
        QVERIFY2(match.hasMatch(), output.constData());
        m_port = quint16(match.captured(1).toUInt());
    }

    void stopServe()
    {
        if (!m_serve)
            return;
        m_serve->terminate(); // SIGTERM: the gateway flushes its evidence and exits
        QVERIFY(m_serve->waitForFinished(15000));
        QCOMPARE(m_serve->exitCode(), 0);
        m_serve.reset();
    }

    HttpReply ask(const QString &caller, const QString &text) const
    {
        const QJsonObject body{{"model", "gpt-4o-mini"},
                               {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
        return postJson(m_port, "/v1/chat/completions", body, m_keys.value(caller));
    }

    // The gateway reads new risk levels and policy versions about once a second: ask until the
    // answer is `status` or `timeoutMs` passes, and return the last answer.
    HttpReply askExpecting(const QString &caller, const QString &text, int status, int timeoutMs = 5000) const
    {
        const QDeadlineTimer deadline(timeoutMs);
        HttpReply reply = ask(caller, text);
        while (reply.status != status && !deadline.hasExpired()) {
            QThread::msleep(200);
            reply = ask(caller, text);
        }
        return reply;
    }

    QJsonObject interaction(const QByteArray &interactionId) const
    {
        const CtlRun run = custosctl(
            {u"evidence"_s, u"query"_s, u"--json"_s, u"--kind"_s, u"interaction"_s, u"--limit"_s, u"20"_s});
        for (const QJsonValue &event : run.json().toObject().value(u"events").toArray())
            if (QJsonDocument(event.toObject()).toJson().contains(interactionId))
                return event.toObject();
        return {};
    }

    QJsonArray riskLevels() const
    {
        return custosctl({u"alerts"_s, u"risk"_s, u"--json"_s}).json().toArray();
    }

    bool levelStands(const QString &user, const QString &cause) const
    {
        for (const QJsonValue &level : riskLevels())
            if (level[u"user"].toString() == user && level[u"class"].toString() == u"email" &&
                level[u"cause"].toString() == cause)
                return true;
        return false;
    }

    // What the watch service records for a novel-values alert on (carol, email): the alert people
    // then escalate. The CUSUM itself is tested on constructed days in tests/watch.
    void recordNoveltyAlert()
    {
        auto key = KeySource::fromKeyFile(m_dir.filePath(u"store.key"_s));
        QVERIFY(key);
        auto store = EvidenceStore::open(m_dir.filePath(u"store.db"_s), *key);
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        WatchAlert alert;
        alert.id = WatchAlert::idFor(u"carol"_s, u"email"_s, 1);
        alert.watcher = u"novel_values"_s;
        alert.user = u"carol"_s;
        alert.service = u"chatbot"_s;
        alert.valueClass = u"email"_s;
        alert.severity = u"warning"_s;
        alert.day = QDate::currentDate().addDays(-1);
        alert.statistic = 8.0;
        alert.threshold = 7.5;
        EvidenceEvent event;
        event.kind = EventKind::Alert;
        event.actor = QString(WatchService::kActor);
        event.payload = alert.toJson();
        event.user = alert.user;
        event.service = alert.service;
        event.decision = u"alert"_s;
        event.dataClasses = {alert.valueClass};
        QVERIFY((*store)->append(event));
        m_escalatedId = alert.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_stub.start({u"--key"_s, QString::fromLatin1(riskProviderKey)}));
        CtlRun run = custosctl({u"evidence"_s, u"init"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = custosctl({u"routes"_s, u"add"_s, u"upstream"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s,
                         m_stub.openAiBase(), u"--api-key-env"_s, u"TEST_PROVIDER_KEY"_s},
                        {{u"TEST_PROVIDER_KEY"_s, QString::fromLatin1(riskProviderKey)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        addUser(u"root"_s, u"admin"_s);
        addUser(u"ruth"_s, u"risk_officer"_s);
        addUser(u"bob"_s, u"approver"_s);
        for (const QString &caller : {u"alice"_s, u"carol"_s, u"dan"_s}) {
            addUser(caller, u"developer"_s);
            run = custosctl({u"keys"_s, u"issue"_s, u"--user"_s, caller, u"--service"_s, u"chatbot"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            m_keys.insert(caller, run.out.trimmed().toUtf8());
        }
        startServe(policyFile("risk-level-policy.yaml"));
    }

    void cleanupTestCase()
    {
        stopServe();
        const CtlRun verify = custosctl({u"evidence"_s, u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }

    // Three distinct addresses break alice's e-mail budget of 3: the evaluation records the alert
    // and, with no person's verdict, the risk level.
    void brokenBudgetSetsALevel()
    {
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(ask(u"alice"_s, withEmail(n)).status, 200);
        QVERIFY(!levelStands(u"alice"_s, u"budget"_s));
        const CtlRun evaluated = custosctl({u"alerts"_s, u"evaluate"_s, u"--json"_s});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
        const QJsonArray recorded = evaluated.json()[u"recorded"].toArray();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first()[u"watcher"].toString(), u"budget"_s);
        QCOMPARE(recorded.first()[u"user"].toString(), u"alice"_s);
        QVERIFY(levelStands(u"alice"_s, u"budget"_s));
    }

    // An approver escalates carol's alert: handed to risk officers, and the level is set at once.
    void escalationSetsALevel()
    {
        recordNoveltyAlert();
        QCOMPARE(ask(u"carol"_s, withEmail(7)).status, 200); // no level yet
        const CtlRun refused = as(u"bob"_s, {u"alerts"_s, u"escalate"_s, m_escalatedId});
        QCOMPARE(refused.exitCode, 2); // --reason is required
        const CtlRun escalated = as(u"bob"_s, {u"alerts"_s, u"escalate"_s, m_escalatedId, u"--reason"_s,
                                               u"new addresses every day"_s});
        QVERIFY2(escalated.exitCode == 0, qPrintable(escalated.err));
        QCOMPARE(escalated.json()[u"state"].toString(), u"escalated"_s);
        QVERIFY(levelStands(u"carol"_s, u"escalated"_s));
    }

    void requestsUnderRiskLevels_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::newRow("budget level, e-mail: needs an exception") << u"alice"_s << withEmail(4) << 403;
        QTest::newRow("budget level, no e-mail: passes") << u"alice"_s << u"Summarise the invoice"_s << 200;
        QTest::newRow("escalated, e-mail: needs an exception") << u"carol"_s << withEmail(8) << 403;
        QTest::newRow("escalated, no e-mail: passes") << u"carol"_s << u"Summarise the invoice"_s << 200;
        QTest::newRow("no level, e-mail: passes") << u"dan"_s << withEmail(9) << 200;
    }
    void requestsUnderRiskLevels()
    {
        QFETCH(QString, caller);
        QFETCH(QString, text);
        QFETCH(int, status);
        const HttpReply reply = askExpecting(caller, text, status);
        QCOMPARE(reply.status, status);
        if (status == 200)
            return;
        const QJsonObject error = reply.json()[u"error"].toObject();
        QCOMPARE(error[u"code"].toString(), u"exception_required"_s);
        const QString message = error[u"message"].toString();
        QVERIFY2(message.contains(u"\"rules\": [\"watch:risk_level\"]"_s), qPrintable(message));
        QVERIFY2(message.contains(u"risk level on email for "_s + caller), qPrintable(message));
        const QJsonObject recorded = interaction(reply.header("x-custos-interaction-id"));
        QVERIFY2(QJsonDocument(recorded).toJson().contains(riskRule.toUtf8()), "the rule is in the evidence");
    }

    // alice asks for an exception to the pseudo-rule; a developer may not grant it, bob may.
    void approvedExceptionLetsThrough()
    {
        const HttpReply requested = postJson(m_port, "/custos/v1/exceptions",
                                             {{"rules", QJsonArray{riskRule}},
                                              {"justification", "the invoices go out today"},
                                              {"duration_seconds", 3600}},
                                             m_keys.value(u"alice"_s));
        QCOMPARE(requested.status, 201);
        const QString id = requested.json()[u"id"].toString();
        const CtlRun notNamed = as(u"ruth"_s, {u"exceptions"_s, u"approve"_s, id});
        QCOMPARE(notNamed.exitCode, 1);
        QCOMPARE(ask(u"alice"_s, withEmail(5)).status, 403);
        const CtlRun approved = as(u"bob"_s, {u"exceptions"_s, u"approve"_s, id});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const HttpReply passed = ask(u"alice"_s, withEmail(5));
        QCOMPARE(passed.status, 200);
        const QJsonObject recorded = interaction(passed.header("x-custos-interaction-id"));
        QCOMPARE(recorded[u"exceptionId"].toString(), id);
        // carol's level is hers: alice's exception does not cover her.
        QCOMPARE(ask(u"carol"_s, withEmail(8)).status, 403);
    }

    // A risk officer publishes the same policy in monitor mode: carol's request passes, and its
    // evidence says it would have needed an exception.
    void monitorModeRecordsWouldHave()
    {
        const CtlRun published =
            custosctl({u"policy"_s, u"publish"_s, policyFile("risk-level-monitor-policy.yaml"), u"--as"_s,
                       u"ruth"_s, u"--comment"_s, u"monitor first"_s},
                      {{u"CUSTOS_ACTOR_PASSWORD"_s, riskPasswordOf(u"ruth"_s)}});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        const HttpReply passed = askExpecting(u"carol"_s, withEmail(8), 200);
        QCOMPARE(passed.status, 200);
        QCOMPARE(passed.header("x-custos-decision"), QByteArray("monitor"));
        const QByteArray recorded =
            QJsonDocument(interaction(passed.header("x-custos-interaction-id"))).toJson();
        QVERIFY2(recorded.contains("would have required an exception (risk level on email for carol"),
                 recorded.constData());
        QVERIFY(recorded.contains(riskRule.toUtf8()));
    }

    // After a restart (under the enforcing policy again) the alerts and levels are the ledger's.
    void levelsAndAlertsSurviveARestart()
    {
        stopServe();
        startServe(policyFile("risk-level-policy.yaml"));
        const QJsonArray alerts = custosctl({u"alerts"_s, u"list"_s, u"--json"_s}).json().toArray();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts[0][u"state"].toString(), u"open"_s);
        QCOMPARE(alerts[1][u"state"].toString(), u"escalated"_s);
        QCOMPARE(alerts[1][u"escalated_by"].toString(), u"bob"_s);
        QVERIFY(levelStands(u"alice"_s, u"budget"_s));
        QVERIFY(levelStands(u"carol"_s, u"escalated"_s));
        QCOMPARE(askExpecting(u"carol"_s, withEmail(8), 403).status, 403);
        QCOMPARE(ask(u"alice"_s, withEmail(6)).status, 200); // her exception is in the ledger too
        QCOMPARE(ask(u"dan"_s, withEmail(9)).status, 200);
    }
};

} // namespace tst_gateway_risk_levels

CUSTOS_GUILESS_TEST_MAIN(tst_gateway_risk_levels::TestGatewayRiskLevels)
#include "tst_gateway_risk_levels.moc"
