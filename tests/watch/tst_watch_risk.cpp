// Escalation and risk levels on a real SQLCipher store: who may escalate, confirm or dismiss an
// alert, the risk level each verdict sets or lifts for the policy's days, a broken budget setting
// one by itself, and all of it surviving a restart.
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/policy/Policy.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/AlertBook.h"
#include "core/watch/AlertDecider.h"
#include "core/watch/RiskLevelBook.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchService.h"
#include "tests/support/CustosTest.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const PasswordHasher::Cost kRiskCheapHash{10, 8, 1};
const QDateTime kRiskNow(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::UTC);

Credentials riskActor(const QString &user)
{
    return Credentials::withPassword(user, user + u"-password-123"_s);
}

// A novel-values alert on (alice, email) as the watch service records it.
WatchAlert raisedAlert()
{
    WatchAlert alert;
    alert.id = WatchAlert::idFor(u"alice"_s, u"email"_s, 1);
    alert.watcher = u"novel_values"_s;
    alert.user = u"alice"_s;
    alert.service = u"billing"_s;
    alert.valueClass = u"email"_s;
    alert.severity = u"warning"_s;
    alert.day = kRiskNow.date().addDays(-1);
    alert.timeMs = kRiskNow.date().startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
    alert.statistic = 8.1;
    alert.threshold = 7.5;
    alert.windowCounts = {5, 12, 12, 12};
    return alert;
}

EvidenceEvent alertEvent(const WatchAlert &alert)
{
    EvidenceEvent event;
    event.kind = EventKind::Alert;
    event.actor = QString(WatchService::kActor);
    event.payload = alert.toJson();
    event.user = alert.user;
    event.service = alert.service;
    event.decision = u"alert"_s;
    event.dataClasses = {alert.valueClass};
    return event;
}

} // namespace

class tst_watch_risk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceStore> m_store;
    std::shared_ptr<UserDirectory> m_users;

    void open(bool create)
    {
        m_store.reset();
        const auto key = KeySource::rawKey(QByteArray(32, '\x5a'));
        const QString path = m_dir.filePath(u"risk.db"_s);
        auto opened = create ? EvidenceStore::create(path, key) : EvidenceStore::open(path, key);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        m_store = std::move(*opened);
    }

    AlertDecider decider() const
    {
        AlertDecider made(*m_store, m_users);
        made.setClock([] { return kRiskNow; });
        return made;
    }

    Result<AlertRecord> act(const QString &verb, const QString &actor, const QString &reason) const
    {
        const QString id = raisedAlert().id;
        AlertDecider alerts = decider();
        if (verb == u"escalate")
            return alerts.escalate(id, riskActor(actor), reason);
        if (verb == u"confirm")
            return alerts.confirm(id, riskActor(actor), reason);
        return alerts.dismiss(id, riskActor(actor), reason);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(u"risk.db"_s));
        open(true);
        m_users = std::make_shared<UserDirectory>(PasswordHasher(kRiskCheapHash));
        UserService admin(*m_store, m_users);
        QVERIFY(admin.addUser({}, {u"root"_s, {}, {Role::Admin}, {}}, u"root-password-123"_s));
        for (const NewUser &user : QList<NewUser>{{u"bob"_s, {}, {Role::Approver}, {}},
                                                  {u"carol"_s, {}, {Role::Approver}, {}},
                                                  {u"ruth"_s, {}, {Role::RiskOfficer}, {}},
                                                  {u"dev"_s, {}, {Role::Developer}, {}},
                                                  {u"alice"_s, {}, {Role::RiskOfficer}, {}}})
            QVERIFY(admin.addUser(riskActor(u"root"_s), user, user.name + u"-password-123"_s));
        auto policy = Policy::fromYaml("id: p\nwatch:\n  risk_level_days: 3\nrules:\n  - id: r\n"
                                       "    conditions: {classes: [PII]}\n    action: monitor\n");
        QVERIFY2(policy, policy ? "" : qPrintable(policy.error().front().toString()));
        QVERIFY(PolicyVersions(*m_store, nullptr).recordLoadedFile(*policy, u"p.yaml"_s));
        QVERIFY(m_store->append(alertEvent(raisedAlert())));
    }

    // Each row: an optional first verdict that succeeds, then the one under test.
    void verdicts_data()
    {
        QTest::addColumn<QString>("before"); // "escalate" by bob, or empty
        QTest::addColumn<QString>("verb");   // escalate, confirm, dismiss
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::addColumn<QString>("state");   // the alert's state afterwards
        QTest::addColumn<bool>("level");      // a risk level stands afterwards

        QTest::newRow("approver escalates")
            << QString() << u"escalate"_s << u"bob"_s << u"twelve new addresses"_s << QString()
            << u"escalated"_s << true;
        QTest::newRow("risk officer escalates")
            << QString() << u"escalate"_s << u"ruth"_s << u"look"_s << QString() << u"escalated"_s << true;
        QTest::newRow("escalation needs a reason")
            << QString() << u"escalate"_s << u"bob"_s << u" "_s << u"needs a reason"_s << u"open"_s << false;
        QTest::newRow("developer may not escalate")
            << QString() << u"escalate"_s << u"dev"_s << u"x"_s << u"no role that may decide alerts"_s
            << u"open"_s << false;
        QTest::newRow("not about oneself") << QString() << u"escalate"_s << u"alice"_s << u"x"_s
                                           << u"about themselves"_s << u"open"_s << false;
        QTest::newRow("escalated only once") << u"escalate"_s << u"escalate"_s << u"carol"_s << u"again"_s
                                             << u"already escalated"_s << u"escalated"_s << true;
        QTest::newRow("approver may not decide an escalated alert")
            << u"escalate"_s << u"confirm"_s << u"carol"_s << QString() << u"escalated to risk officers"_s
            << u"escalated"_s << true;
        QTest::newRow("risk officer confirms the escalated alert")
            << u"escalate"_s << u"confirm"_s << u"ruth"_s << u"confirmed with the team"_s << QString()
            << u"confirmed"_s << true;
        QTest::newRow("risk officer dismisses the escalated alert: level lifted")
            << u"escalate"_s << u"dismiss"_s << u"ruth"_s << u"a migration"_s << QString() << u"dismissed"_s
            << false;
        QTest::newRow("confirmation sets a level")
            << QString() << u"confirm"_s << u"bob"_s << QString() << QString() << u"confirmed"_s << true;
        QTest::newRow("dismissal sets none") << QString() << u"dismiss"_s << u"bob"_s << u"month end"_s
                                             << QString() << u"dismissed"_s << false;
    }
    void verdicts()
    {
        QFETCH(QString, before);
        QFETCH(QString, verb);
        QFETCH(QString, actor);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);
        QFETCH(QString, state);
        QFETCH(bool, level);
        if (!before.isEmpty()) {
            const auto first = act(before, u"bob"_s, u"first look"_s);
            QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        }
        const auto decided = act(verb, actor, reason);
        if (refusal.isEmpty())
            QVERIFY2(decided, decided ? "" : qPrintable(decided.error().toString()));
        else
            QVERIFY2(!decided && decided.error().message.contains(refusal),
                     decided ? "accepted" : qPrintable(decided.error().message));

        open(false); // what follows is what the ledger says after a restart
        auto alerts = AlertBook::load(*m_store);
        QVERIFY(alerts);
        QCOMPARE(AlertRecord::stateName(alerts->find(raisedAlert().id)->state), state);
        auto levels = RiskLevelBook::load(*m_store);
        QVERIFY(levels);
        const qint64 now = kRiskNow.toMSecsSinceEpoch();
        const auto standing = levels->standing(u"alice"_s, u"email"_s, now);
        QCOMPARE(standing.has_value(), level);
        if (!level)
            return;
        QCOMPARE(standing->alertId, raisedAlert().id);
        QCOMPARE(standing->untilMs, now + 3 * 86'400'000LL); // the policy's risk_level_days
        QVERIFY(!levels->standing(u"alice"_s, u"email"_s, standing->untilMs));
        QVERIFY(!levels->standing(u"alice"_s, u"iban"_s, now));
        QVERIFY(!levels->standing(u"bob"_s, u"email"_s, now));
    }

    // A broken budget sets the level with no person's verdict, once, from the evaluation's clock.
    void brokenBudgetSetsALevel()
    {
        auto fingerprinter = ValueFingerprinter::forStore(*m_store);
        QVERIFY(fingerprinter);
        for (int i = 0; i < 6; ++i) {
            InteractionPayload payload;
            payload.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            payload.endpoint = u"/v1/chat/completions"_s;
            payload.hasCaller = true;
            payload.user = u"dave"_s;
            payload.service = u"billing"_s;
            InteractionHit hit{u"us_ssn"_s, u"PII"_s, u"$.messages[0].content"_s, 0, 11, 0.9, {}};
            hit.fingerprint =
                (*fingerprinter)->fingerprint(u"us_ssn"_s, u"99988%1"_s.arg(i, 4, 10, QLatin1Char('0')));
            InteractionDecision decision;
            decision.hits = {hit};
            payload.decisions = {decision};
            EvidenceEvent event;
            event.kind = EventKind::Interaction;
            event.actor = u"gateway"_s;
            event.user = payload.user;
            event.payload = payload.toJson();
            QVERIFY(m_store->append(event));
        }
        auto service = WatchService::forActivePolicy(*m_store);
        QVERIFY(service);
        const QDateTime evaluated = QDateTime::currentDateTimeUtc();
        auto outcome = (*service)->catchUp(evaluated);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->recorded.size(), 1);
        QVERIFY((*service)->catchUp(evaluated.addSecs(60)));
        open(false);
        auto levels = RiskLevelBook::load(*m_store);
        QVERIFY(levels);
        QCOMPARE(levels->all().size(), 1);
        const RiskLevel level = levels->all().constFirst();
        QCOMPARE(level.user, u"dave"_s);
        QCOMPARE(level.valueClass, u"us_ssn"_s);
        QCOMPARE(level.cause, u"budget"_s);
        QCOMPARE(level.setBy, QString(WatchService::kActor));
        QCOMPARE(level.fromMs, evaluated.toMSecsSinceEpoch());
        QCOMPARE(level.untilMs - level.fromMs, 3 * 86'400'000LL);
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_watch_risk)
#include "tst_watch_risk.moc"
