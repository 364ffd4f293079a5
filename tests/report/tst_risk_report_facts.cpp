// The risk-surface report's own facts on constructed input, where days and weeks can be chosen:
// the budget windows and their nearest-rank 99th percentile, the weeks of a period, and which rules
// are ready to move from monitor to enforce.
#include "core/audit/BudgetRecommender.h"
#include "core/audit/RuleActivityTally.h"
#include "core/audit/WeeklyTrendTally.h"
#include "tests/support/CustosTest.h"

using namespace custos;
using namespace custos::audit;
using namespace Qt::StringLiterals;

namespace {

// "day:fingerprint" pairs, e.g. {"0:a", "3:b"}.
std::map<qint64, QSet<QString>> daysOf(const QStringList &sightings)
{
    std::map<qint64, QSet<QString>> days;
    for (const QString &sighting : sightings)
        days[sighting.section(u':', 0, 0).toLongLong()].insert(sighting.section(u':', 1));
    return days;
}

const QByteArray kPolicy = R"(id: facts-test
title: Facts test
mode: enforce
rules:
  - id: watch-ssn
    mode: monitor
    conditions: { detectors: [us_ssn] }
    action: block
  - id: watch-mail
    mode: monitor
    conditions: { detectors: [email] }
    action: redact
  - id: enforced
    conditions: { detectors: [iban] }
    action: block
  - id: flag-only
    mode: monitor
    conditions: { detectors: [us_ssn] }
    action: monitor
)";

InteractionPayload firing(const QString &policyHash, const QString &rule, const QString &detector,
                          bool validated)
{
    InteractionPayload payload;
    payload.policyHash = policyHash;
    InteractionDecision decision;
    decision.rules = {rule};
    InteractionHit hit{detector, u"PII"_s, u"$.messages[0].content"_s, 0, 9, 0.9, {}};
    if (validated)
        hit.fingerprint = QString(32, u'a');
    decision.hits = {hit};
    payload.decisions = {decision};
    return payload;
}

} // namespace

class tst_risk_report_facts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentile99_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QList<int>{} << 0;
        QTest::newRow("one") << QList<int>{7} << 7;
        QTest::newRow("six users: the largest") << QList<int>{4, 2, 1, 0, 0, 1} << 4;
        QList<int> hundred;
        for (int i = 1; i <= 100; ++i)
            hundred << i;
        QTest::newRow("1..100: rank 99") << hundred << 99;
        QList<int> twoHundred;
        for (int i = 1; i <= 200; ++i)
            twoHundred << i;
        QTest::newRow("1..200: rank 198") << twoHundred << 198;
        QList<int> outlier(150, 2);
        outlier << 90;
        QTest::newRow("one outlier among 151 stays out") << outlier << 2;
    }
    void percentile99()
    {
        QFETCH(QList<int>, values);
        QFETCH(int, expected);
        QCOMPARE(BudgetRecommender::percentile99(values), expected);
    }

    void peakDistinct_data()
    {
        QTest::addColumn<QStringList>("sightings");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<int>("lastDay");
        QTest::addColumn<int>("expected");
        QTest::newRow("nothing") << QStringList{} << 30 << 0 << 29 << 0;
        QTest::newRow("repeats count once")
            << QStringList{u"1:a"_s, u"2:a"_s, u"3:b"_s} << 30 << 0 << 29 << 2;
        QTest::newRow("a 7-day window never holds both")
            << QStringList{u"0:a"_s, u"7:b"_s} << 7 << 0 << 29 << 1;
        QTest::newRow("an 8-day window does") << QStringList{u"0:a"_s, u"7:b"_s} << 8 << 0 << 29 << 2;
        QTest::newRow("history before the period counts")
            << QStringList{u"-5:a"_s, u"-1:b"_s, u"2:c"_s} << 30 << 0 << 9 << 3;
        QTest::newRow("history beyond the window does not")
            << QStringList{u"-30:a"_s, u"2:c"_s} << 30 << 0 << 9 << 1;
        QTest::newRow("after the period does not")
            << QStringList{u"2:a"_s, u"12:b"_s, u"13:c"_s} << 30 << 0 << 9 << 1;
        QTest::newRow("the busiest window wins")
            << QStringList{u"0:a"_s, u"1:b"_s, u"2:c"_s, u"20:d"_s, u"21:e"_s} << 3 << 0 << 29 << 3;
    }
    void peakDistinct()
    {
        QFETCH(QStringList, sightings);
        QFETCH(int, window);
        QFETCH(int, firstDay);
        QFETCH(int, lastDay);
        QFETCH(int, expected);
        QCOMPARE(BudgetRecommender::peakDistinct(daysOf(sightings), window, firstDay, lastDay), expected);
    }

    void recommendsP99PlusOneWithUsersWhoSentNothing()
    {
        BudgetRecommender recommender(100, 129);
        for (int user = 0; user < 10; ++user)
            recommender.addUser(u"user%1"_s.arg(user));
        for (int value = 0; value < 5; ++value)
            recommender.addValue(u"user0"_s, u"us_ssn"_s, 100 + value, u"fp%1"_s.arg(value));
        recommender.addValue(u"user1"_s, u"us_ssn"_s, 110, u"fp0"_s);
        const auto rows = recommender.recommend({{u"us_ssn"_s, 30}, {u"secret"_s, 7}},
                                                {{u"us_ssn"_s, 6}, {u"secret"_s, 3}}, 30);
        QCOMPARE(rows.size(), 2);
        const BudgetRecommendation &secret = rows[0];
        QCOMPARE(secret.valueClass, u"secret"_s);
        QCOMPARE(secret.p99, 0);
        QCOMPARE(secret.recommended, 1);
        QCOMPARE(secret.windowDays, 7);
        const BudgetRecommendation &ssn = rows[1];
        QCOMPARE(ssn.users, 10);
        QCOMPARE(ssn.p99, 5); // ten users: rank 10, the largest
        QCOMPARE(ssn.maxObserved, 5);
        QCOMPARE(ssn.recommended, 6);
        QCOMPARE(ssn.current, 6);
    }

    void weeks_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QStringList>("expected"); // "first..last"
        QTest::newRow("one day") << QDate(2026, 12, 2) << QDate(2026, 12, 2)
                                 << QStringList{u"2026-12-02..2026-12-02"_s};
        QTest::newRow("Monday to Sunday")
            << QDate(2026, 11, 30) << QDate(2026, 12, 6) << QStringList{u"2026-11-30..2026-12-06"_s};
        QTest::newRow("clipped at both ends")
            << QDate(2026, 11, 4) << QDate(2026, 11, 18)
            << QStringList{u"2026-11-04..2026-11-08"_s, u"2026-11-09..2026-11-15"_s,
                           u"2026-11-16..2026-11-18"_s};
    }
    void weeks()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QStringList, expected);
        QStringList weeks;
        for (const WeekTrend &week : WeeklyTrendTally(first, last).weeks())
            weeks << week.first.toString(Qt::ISODate) + u".."_s + week.last.toString(Qt::ISODate);
        QCOMPARE(weeks, expected);
    }

    void weeklySums()
    {
        WeeklyTrendTally tally(QDate(2026, 11, 4), QDate(2026, 11, 18));
        tally.addInteraction({QDate(2026, 11, 4), 2, {u"us_ssn:x"_s, u"email:y"_s}, true, false});
        tally.addInteraction({QDate(2026, 11, 8), 1, {u"us_ssn:x"_s}, false, true});
        tally.addInteraction({QDate(2026, 11, 9), 1, {u"us_ssn:x"_s}, false, false});
        tally.addInteraction({QDate(2026, 11, 19), 5, {u"us_ssn:z"_s}, true, true}); // after the period
        tally.addAlert(QDate(2026, 11, 16));
        tally.addExceptionRequest(QDate(2026, 11, 5));
        const auto weeks = tally.weeks();
        QCOMPARE(weeks[0].interactions, 2);
        QCOMPARE(weeks[0].hits, 3);
        QCOMPARE(weeks[0].distinctValues, 2);
        QCOMPARE(weeks[0].enforced, 1);
        QCOMPARE(weeks[0].wouldHave, 1);
        QCOMPARE(weeks[0].exceptionsRequested, 1);
        QCOMPARE(weeks[1].interactions, 1);
        QCOMPARE(weeks[1].distinctValues, 1);
        QCOMPARE(weeks[2].interactions, 0);
        QCOMPARE(weeks[2].alerts, 1);
    }

    void readiness_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("validatedFirings");
        QTest::addColumn<int>("unvalidatedFirings");
        QTest::addColumn<int>("exceptionRequests");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<bool>("dead");
        const int enough = RiskReportFacts::kReadyMinFirings;
        QTest::newRow("monitor block, validated, often")
            << u"watch-ssn"_s << enough << 0 << 0 << true << false;
        QTest::newRow("one firing short") << u"watch-ssn"_s << enough - 1 << 0 << 0 << false << false;
        QTest::newRow("one unvalidated firing") << u"watch-ssn"_s << enough << 1 << 0 << false << false;
        QTest::newRow("an exception was asked for") << u"watch-ssn"_s << enough << 0 << 1 << false << false;
        QTest::newRow("monitor redact counts too") << u"watch-mail"_s << enough << 0 << 0 << true << false;
        QTest::newRow("already enforced") << u"enforced"_s << enough << 0 << 0 << false << false;
        QTest::newRow("a monitor action has nothing to enforce")
            << u"flag-only"_s << enough << 0 << 0 << false << false;
        QTest::newRow("never fired: dead") << u"watch-ssn"_s << 0 << 0 << 0 << false << true;
    }
    void readiness()
    {
        QFETCH(QString, rule);
        QFETCH(int, validatedFirings);
        QFETCH(int, unvalidatedFirings);
        QFETCH(int, exceptionRequests);
        QFETCH(bool, ready);
        QFETCH(bool, dead);
        auto policy = Policy::fromYaml(kPolicy);
        QVERIFY2(policy, policy ? "" : qPrintable(policy.error().front().toString()));
        RuleActivityTally tally([&](const QString &hash) {
            return hash == policy->hash() ? std::optional<Policy>(*policy) : std::nullopt;
        });
        const QString detector = rule == u"watch-mail" ? u"email"_s
                                 : rule == u"enforced" ? u"iban"_s
                                                       : u"us_ssn"_s;
        for (int i = 0; i < validatedFirings; ++i)
            tally.add(firing(policy->hash(), rule, detector, true));
        for (int i = 0; i < unvalidatedFirings; ++i)
            tally.add(firing(policy->hash(), rule, detector, false));
        for (int i = 0; i < exceptionRequests; ++i)
            tally.addExceptionRequest({rule});
        const QList<RuleActivity> rows = tally.finish(*policy);
        QCOMPARE(rows.size(), 4); // every rule of the policy, fired or not
        const auto it = std::find_if(rows.cbegin(), rows.cend(),
                                     [&](const RuleActivity &row) { return row.rule == rule; });
        QVERIFY(it != rows.cend());
        QCOMPARE(it->ready, ready);
        QCOMPARE(it->dead, dead);
        QCOMPARE(it->fired, qint64(validatedFirings + unvalidatedFirings));
        QCOMPARE(it->unvalidated,
                 qint64(rule == u"enforced" || rule == u"flag-only" ? 0 : unvalidatedFirings));
    }

    void firedUnderAnUnknownVersionIsListed()
    {
        RuleActivityTally tally([](const QString &) { return std::nullopt; });
        tally.add(firing(u"0123"_s, u"retired-rule"_s, u"us_ssn"_s, true));
        const QList<RuleActivity> rows = tally.finish(std::nullopt);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].mode, u"not in the active policy"_s);
        QCOMPARE(rows[0].fired, 1);
        QVERIFY(!rows[0].dead && !rows[0].ready);
    }
};

CUSTOS_TEST_MAIN(tst_risk_report_facts)
#include "tst_risk_report_facts.moc"
