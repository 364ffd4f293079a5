// RiskReportCollector over a real SQLCipher store: interactions with fingerprinted SSNs as the
// gateway records them, the budget watcher's alerts written by the real WatchService, and people
// dismissing and confirming them through AlertDecider. The facts must show each alert with its
// resolution, the week it fell in, the chain's verdict and the budget recommended from the p99.
#include "core/audit/RiskReportCollector.h"
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/watch/AlertDecider.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchService.h"
#include "tests/support/CustosTest.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

using namespace custos;
using namespace custos::audit;
using namespace Qt::StringLiterals;

namespace {

const PasswordHasher::Cost kCheapCost{10, 8, 1};

KeySource collectorKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("aa112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
}

EvidenceEvent ssnInteraction(const ValueFingerprinter &fingerprinter, const QString &user,
                             const QList<int> &ssns)
{
    InteractionPayload payload;
    payload.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.endpoint = u"/v1/chat/completions"_s;
    payload.hasCaller = true;
    payload.user = user;
    payload.service = u"billing"_s;
    payload.keyPrefix = u"ck_test"_s;
    InteractionDecision decision;
    for (int n : ssns) {
        InteractionHit hit{u"us_ssn"_s, u"PII"_s, u"$.messages[0].content"_s, 0, 11, 0.9, {}};
        hit.fingerprint =
            fingerprinter.fingerprint(u"us_ssn"_s, u"23456%1"_s.arg(n, 4, 10, QLatin1Char('0')));
        decision.hits.append(hit);
    }
    payload.decisions = {decision};
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = u"gateway"_s;
    event.user = user;
    event.service = payload.service;
    event.payload = payload.toJson();
    return event;
}

// Who sent which SSNs, one interaction per entry.
const QList<std::pair<QString, QList<int>>> kSent{
    {u"alice"_s, {1, 2, 3}}, {u"alice"_s, {4, 5}}, {u"alice"_s, {6}},
    {u"bob"_s, {1}},         {u"bob"_s, {2}},      {u"carol"_s, {}},
    {u"dave"_s, {7, 8}},     {u"dave"_s, {9, 10}}, {u"dave"_s, {11, 12}},
};

} // namespace

class tst_risk_report_collector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceStore> m_store;
    std::shared_ptr<UserDirectory> m_users;
    RiskReportFacts m_facts;

    RiskReportScope scope(bool pseudonymised) const
    {
        RiskReportScope scope;
        scope.days = 30;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        scope.from = QDateTime(today.addDays(-29), QTime(0, 0), QTimeZone::UTC);
        scope.to = QDateTime(today.addDays(1), QTime(0, 0), QTimeZone::UTC);
        scope.pseudonymised = pseudonymised;
        return scope;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = EvidenceStore::create(m_dir.filePath(u"store.db"_s), collectorKey());
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_store = std::move(*created);
        m_users = std::make_shared<UserDirectory>(PasswordHasher(kCheapCost));
        UserService admin(*m_store, m_users);
        QVERIFY(admin.addUser({}, {u"root"_s, {}, {Role::Admin}, {}}, u"root-password-123"_s));
        QVERIFY(admin.addUser(Credentials::withPassword(u"root"_s, u"root-password-123"_s),
                              {u"ruth"_s, {}, {Role::RiskOfficer}, {}}, u"ruth-password-123"_s));
        auto fingerprinter = ValueFingerprinter::forStore(*m_store);
        QVERIFY(fingerprinter);
        for (const auto &[user, ssns] : kSent)
            QVERIFY(m_store->append(ssnInteraction(**fingerprinter, user, ssns)));
        WatchService watch(*m_store, WatchSettings(), u"hash"_s);
        auto outcome = watch.catchUp(QDateTime::currentDateTimeUtc());
        QVERIFY(outcome);
        QCOMPARE(outcome->recorded.size(), 2); // alice's and dave's SSN budgets (6)
        AlertDecider decider(*m_store, m_users);
        const Credentials ruth = Credentials::withPassword(u"ruth"_s, u"ruth-password-123"_s);
        for (const WatchAlert &alert : outcome->recorded) {
            const auto decided = alert.user == u"alice"
                                     ? decider.dismiss(alert.id, ruth, u"a known batch"_s)
                                     : decider.confirm(alert.id, ruth, u"no reason to send these"_s);
            QVERIFY2(decided, decided ? "" : qPrintable(decided.error().toString()));
        }
        auto facts = RiskReportCollector(*m_store, m_users).collect(scope(false));
        QVERIFY2(facts, facts ? "" : qPrintable(facts.error().toString()));
        m_facts = *facts;
    }

    void countsTheInteractions()
    {
        QCOMPARE(m_facts.interactions, kSent.size());
        QCOMPARE(m_facts.byAction.size(), 1);
        QCOMPARE(m_facts.byAction.constFirst().label, u"allow"_s);
        QCOMPARE(m_facts.byAction.constFirst().count, kSent.size());
    }

    void theChainVerifies()
    {
        QVERIFY2(m_facts.integrity.ok, qPrintable(m_facts.integrity.summary));
        QVERIFY(m_facts.integrity.eventsChecked >= kSent.size());
        QVERIFY(m_facts.integrity.damage.isEmpty());
    }

    void showsEachAlertsResolution_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("dismissed") << u"alice"_s << u"dismissed"_s << u"a known batch"_s;
        QTest::newRow("confirmed") << u"dave"_s << u"confirmed"_s << u"no reason to send these"_s;
    }
    void showsEachAlertsResolution()
    {
        QFETCH(QString, user);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        const auto it = std::find_if(m_facts.alerts.cbegin(), m_facts.alerts.cend(),
                                     [&](const AlertResolution &alert) { return alert.user == user; });
        QVERIFY(it != m_facts.alerts.cend());
        QCOMPARE(it->watcher, u"budget"_s);
        QCOMPARE(it->valueClass, u"us_ssn"_s);
        QCOMPARE(it->state, state);
        QCOMPARE(it->decidedBy, u"ruth"_s);
        QCOMPARE(it->reason, reason);
        QVERIFY(it->decidedAt.isValid());
        QCOMPARE(it->statistic, 6.0);
    }

    void theWeekHoldsTheTraffic()
    {
        qint64 interactions = 0;
        int alerts = 0;
        for (const WeekTrend &week : m_facts.weeks) {
            interactions += week.interactions;
            alerts += week.alerts;
        }
        QCOMPARE(interactions, kSent.size());
        QCOMPARE(alerts, 2);
        QCOMPARE(m_facts.weeks.constLast().last, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(m_facts.weeks.constLast().distinctValues, 12); // SSNs 1..12, bob's 1 and 2 are alice's too
    }

    void recommendsTheSsnBudget()
    {
        const auto it =
            std::find_if(m_facts.budgets.cbegin(), m_facts.budgets.cend(),
                         [](const BudgetRecommendation &row) { return row.valueClass == u"us_ssn"; });
        QVERIFY(it != m_facts.budgets.cend());
        QCOMPARE(it->users, 4);       // alice, bob, carol, dave
        QCOMPARE(it->p99, 6);         // four users: rank 4, the largest
        QCOMPARE(it->recommended, 7); // so the 99th-percentile user stays under it
        QCOMPARE(it->current, 6);
    }

    void pseudonymisesThePeople()
    {
        const auto pseudonym = [](const QString &name) {
            return u"user-"_s + QString::number(qHash(name) % 1000);
        };
        auto facts = RiskReportCollector(*m_store, m_users, pseudonym).collect(scope(true));
        QVERIFY(facts);
        QCOMPARE(facts->alerts.size(), 2);
        for (const AlertResolution &alert : facts->alerts) {
            QVERIFY(alert.user.startsWith(u"user-"_s));
            QCOMPARE(alert.decidedBy, pseudonym(u"ruth"_s));
        }
    }
};

CUSTOS_TEST_MAIN(tst_risk_report_collector)
#include "tst_risk_report_collector.moc"
