// The drift watchers on generated weeks (no store): under unchanged traffic each watcher's weekly
// false-alarm rate stays at alpha, planted steps are found, small volumes say "not enough traffic",
// and the facts (first-seen pairs, a provider's first class, dead rules) are reported.
#include "core/watch/DriftEvaluator.h"
#include "tests/support/CustosTest.h"
#include "tests/watch/DriftTraffic.h"

#include <QTimeZone>

using namespace custos;
using namespace custos::drifttest;
using namespace Qt::StringLiterals;

namespace {

const QStringList kStatisticalWatchers{u"drift.hit_rate"_s,  u"drift.rule_rate"_s, u"drift.class_mix"_s,
                                       u"drift.model_mix"_s, u"drift.route_mix"_s, u"drift.prompt_length"_s};

QList<DriftFinding> findingsOf(const QList<DriftFinding> &findings, const QString &watcher,
                               DriftFinding::Outcome outcome)
{
    QList<DriftFinding> out;
    for (const DriftFinding &finding : findings) {
        if (finding.watcher == watcher && finding.outcome == outcome)
            out.append(finding);
    }
    return out;
}

DriftObservation observation(qint64 seq, qint64 timeMs, const QString &user, const QStringList &classes,
                             const QStringList &rules = {})
{
    DriftObservation made;
    made.seq = seq;
    made.timeMs = timeMs;
    made.user = user;
    made.service = u"billing"_s;
    made.model = u"gpt-4o"_s;
    made.route = u"openai"_s;
    made.reachedProvider = true;
    made.classes = classes;
    made.rules = rules;
    made.promptLength = 100;
    return made;
}

} // namespace

class tst_drift_evaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 500 simulated weeks of unchanged traffic: the share of weeks in which a watcher raises any
    // alert stays at alpha (with three standard errors of margin for the 500 draws).
    void nullFalseAlarmRate_data()
    {
        QTest::addColumn<double>("volume");
        QTest::addColumn<double>("alpha");
        QTest::newRow("small volume, alpha 0.05") << 60.0 << 0.05;
        QTest::newRow("modest volume, alpha 0.05") << 300.0 << 0.05;
        QTest::newRow("modest volume, alpha 0.01") << 300.0 << 0.01;
    }
    void nullFalseAlarmRate()
    {
        QFETCH(double, volume);
        QFETCH(double, alpha);
        constexpr int kWeeks = 500;
        DriftSettings settings;
        settings.alpha = alpha;
        settings.minInteractions = 20;
        Profile profile;
        profile.interactionsPerWeek = volume;
        QHash<QString, int> alarmedWeeks;
        int anyAlarm = 0;
        int tested = 0;
        for (int seed = 1; seed <= kWeeks; ++seed) {
            const DriftWindow window = generateWindow(quint64(seed), profile, Step{}, settings.baselineWeeks);
            const QList<DriftFinding> findings = DriftEvaluator(settings).evaluate(window);
            bool any = false;
            for (const QString &watcher : kStatisticalWatchers) {
                if (!findingsOf(findings, watcher, DriftFinding::Outcome::Alert).isEmpty()) {
                    ++alarmedWeeks[watcher];
                    any = true;
                }
            }
            anyAlarm += any ? 1 : 0;
            tested += int(std::ranges::count_if(findings, &DriftFinding::inFamily));
        }
        QVERIFY2(tested > kWeeks * 10, "the weeks must actually be tested");
        const double margin = 3.0 * std::sqrt(alpha * (1 - alpha) / kWeeks);
        QStringList counts;
        for (const QString &watcher : kStatisticalWatchers)
            counts.append(u"%1 %2"_s.arg(watcher).arg(alarmedWeeks.value(watcher)));
        qInfo().noquote() << "weeks alarmed of" << kWeeks << ":" << counts.join(u", "_s) << "; any"
                          << anyAlarm << "; tests" << tested;
        for (const QString &watcher : kStatisticalWatchers) {
            const double rate = double(alarmedWeeks.value(watcher)) / kWeeks;
            QVERIFY2(rate <= alpha + margin, qPrintable(u"%1: %2 of %3 weeks alarmed"_s.arg(watcher)
                                                            .arg(alarmedWeeks.value(watcher))
                                                            .arg(kWeeks)));
        }
        // Holm controls the whole family: any alert at all in a week, too.
        QVERIFY2(double(anyAlarm) / kWeeks <= alpha + margin,
                 qPrintable(u"%1 weeks alarmed"_s.arg(anyAlarm)));
    }

    // A step at modest volume is found in most weeks, by the watcher it belongs to.
    void stepIsDetected_data()
    {
        QTest::addColumn<QString>("aspect");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QString>("watcher");
        QTest::newRow("e-mail hits x3") << u"hit_rate"_s << 3.0 << u"drift.hit_rate"_s;
        QTest::newRow("a rule's fires x3") << u"rule_rate"_s << 3.0 << u"drift.rule_rate"_s;
        QTest::newRow("phone numbers x3 in place of e-mail") << u"class_mix"_s << 3.0 << u"drift.class_mix"_s;
        QTest::newRow("the second model x2") << u"model_mix"_s << 2.0 << u"drift.model_mix"_s;
        QTest::newRow("the second route x2") << u"route_mix"_s << 2.0 << u"drift.route_mix"_s;
        QTest::newRow("prompts x1.5 longer") << u"prompt_length"_s << 1.5 << u"drift.prompt_length"_s;
    }
    void stepIsDetected()
    {
        QFETCH(QString, aspect);
        QFETCH(double, factor);
        QFETCH(QString, watcher);
        constexpr int kWeeks = 50;
        Profile profile;
        int detected = 0;
        for (int seed = 1; seed <= kWeeks; ++seed) {
            const DriftWindow window = generateWindow(quint64(seed), profile, Step{aspect, factor}, 4);
            const auto alerts = findingsOf(DriftEvaluator(DriftSettings()).evaluate(window), watcher,
                                           DriftFinding::Outcome::Alert);
            detected += alerts.isEmpty() ? 0 : 1;
        }
        QVERIFY2(detected >= kWeeks * 8 / 10,
                 qPrintable(u"%1 of %2 weeks detected"_s.arg(detected).arg(kWeeks)));
    }

    // Below the minimum volumes nothing is tested: "not enough traffic", never an alert, even for a
    // tenfold step.
    void smallVolumeIsNotEnoughTraffic_data()
    {
        QTest::addColumn<double>("volume");
        QTest::addColumn<QString>("aspect");
        QTest::newRow("20 a week, unchanged") << 20.0 << QString();
        QTest::newRow("20 a week, e-mail x10") << 20.0 << u"hit_rate"_s;
        QTest::newRow("30 a week, prompts x3") << 30.0 << u"prompt_length"_s;
    }
    void smallVolumeIsNotEnoughTraffic()
    {
        QFETCH(double, volume);
        QFETCH(QString, aspect);
        Profile profile;
        profile.interactionsPerWeek = volume;
        const DriftWindow window =
            generateWindow(7, profile, Step{aspect, aspect == u"hit_rate" ? 10.0 : 3.0}, 4);
        const QList<DriftFinding> findings = DriftEvaluator(DriftSettings()).evaluate(window); // 50 needed
        for (const QString &watcher : kStatisticalWatchers) {
            QVERIFY(findingsOf(findings, watcher, DriftFinding::Outcome::Alert).isEmpty());
            const auto notEnough = findingsOf(findings, watcher, DriftFinding::Outcome::NotEnoughTraffic);
            QCOMPARE(notEnough.size(), profile.services);
            QVERIFY2(notEnough.constFirst().note.contains(u"50 each needed"_s),
                     qPrintable(notEnough.constFirst().note));
        }
    }

    // A rare class below minimum_events is "not enough traffic" while the service's other classes are
    // tested.
    void rareClassIsNotEnoughTraffic()
    {
        Profile profile;
        profile.classes.append({u"iban"_s, 0.002}); // about 3 in five weeks of 300
        const DriftWindow window = generateWindow(11, profile, Step{}, 4);
        const QList<DriftFinding> findings = DriftEvaluator(DriftSettings()).evaluate(window);
        int rare = 0;
        int tested = 0;
        for (const DriftFinding &finding : findings) {
            if (finding.watcher != u"drift.hit_rate")
                continue;
            if (finding.valueClass == u"iban") {
                QCOMPARE(finding.outcome, DriftFinding::Outcome::NotEnoughTraffic);
                ++rare;
            } else if (finding.valueClass == u"email") {
                QVERIFY(finding.inFamily);
                ++tested;
            }
        }
        QVERIFY(rare > 0);
        QCOMPARE(tested, profile.services);
    }

    void firstSeenPairs_data()
    {
        QTest::addColumn<int>("historyOfUser"); // interactions of bob before the week
        QTest::addColumn<int>("historyOfService");
        QTest::addColumn<QStringList>("expected"); // "service" and/or "user" alerts for iban
        QTest::newRow("known service and user") << 30 << 60 << QStringList{u"service"_s, u"user"_s};
        QTest::newRow("new user: only the service's first") << 0 << 60 << QStringList{u"service"_s};
        QTest::newRow("young service, known user") << 30 << 40 << QStringList{u"user"_s};
    }
    void firstSeenPairs()
    {
        QFETCH(int, historyOfUser);
        QFETCH(int, historyOfService);
        QFETCH(QStringList, expected);
        DriftWindow window;
        window.weekEnding = QDate(2026, 6, 28);
        const qint64 before = window.weekStartMs() - 86'400'000;
        qint64 seq = 0;
        for (int i = 0; i < historyOfService; ++i)
            window.history.add(
                observation(++seq, before, i < historyOfUser ? u"bob"_s : u"carol"_s, {u"email"_s}));
        for (int i = 0; i < 3; ++i) // bob's first IBANs, three times: one alert per pair, three seqs
            window.judged.append(
                observation(++seq, window.weekStartMs() + i, u"bob"_s, {u"email"_s, u"iban"_s}));
        const auto alerts = findingsOf(DriftEvaluator(DriftSettings()).evaluate(window),
                                       u"drift.first_seen"_s, DriftFinding::Outcome::Alert);
        QStringList kinds;
        for (const DriftFinding &alert : alerts) {
            QCOMPARE(alert.valueClass, u"iban"_s);
            QCOMPARE(alert.contributing.size(), 3);
            kinds.append(alert.user.isEmpty() ? u"service"_s : u"user"_s);
        }
        QCOMPARE(kinds, expected);
    }

    void providerFirstClass()
    {
        DriftWindow window;
        window.weekEnding = QDate(2026, 6, 28);
        qint64 seq = 0;
        for (int i = 0; i < 60; ++i)
            window.history.add(
                observation(++seq, window.weekStartMs() - 1, u"bob"_s, {u"email"_s, u"credit_card"_s}));
        DriftObservation toAnthropic = observation(++seq, window.weekStartMs(), u"bob"_s, {u"credit_card"_s});
        toAnthropic.route = u"anthropic"_s;
        DriftObservation redacted = observation(++seq, window.weekStartMs(), u"bob"_s, {u"us_ssn"_s});
        redacted.reachedProvider = false; // a redacted request did not give the provider the value
        window.judged = {toAnthropic, redacted,
                         observation(++seq, window.weekStartMs(), u"bob"_s, {u"email"_s})};
        const auto alerts = findingsOf(DriftEvaluator(DriftSettings()).evaluate(window),
                                       u"drift.provider_class"_s, DriftFinding::Outcome::Alert);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().subject, u"anthropic"_s);
        QCOMPARE(alerts.constFirst().valueClass, u"credit_card"_s);
        QCOMPARE(alerts.constFirst().severity, u"high"_s);
        QCOMPARE(alerts.constFirst().contributing, QList<qint64>{toAnthropic.seq});
    }

    void deadRules_data()
    {
        QTest::addColumn<int>("lastFiredDaysAgo"); // -1: never
        QTest::addColumn<int>("interactions");     // in the dead-rule window
        QTest::addColumn<QString>("outcome");
        QTest::newRow("fired 40 days ago") << 40 << 100 << u"alert"_s;
        QTest::newRow("never fired") << -1 << 100 << u"alert"_s;
        QTest::newRow("fired 10 days ago") << 10 << 100 << u"none"_s;
        QTest::newRow("too little traffic to tell") << 40 << 10 << u"not_enough_traffic"_s;
    }
    void deadRules()
    {
        QFETCH(int, lastFiredDaysAgo);
        QFETCH(int, interactions);
        QFETCH(QString, outcome);
        DriftSettings settings;
        DriftWindow window;
        window.weekEnding = QDate(2026, 6, 28);
        window.deadWindowStartMs = window.weekEndMs() - 30 * 86'400'000LL;
        window.deadWindowInteractions = interactions;
        window.rulesInForce = {u"r-live"_s, u"r-quiet"_s};
        window.history.noteFired(u"r-live"_s, window.weekEndMs() - 86'400'000LL);
        if (lastFiredDaysAgo >= 0)
            window.history.noteFired(u"r-quiet"_s, window.weekEndMs() - lastFiredDaysAgo * 86'400'000LL);
        QList<DriftFinding> dead;
        for (const DriftFinding &finding : DriftEvaluator(settings).evaluate(window)) {
            if (finding.watcher == u"drift.dead_rule")
                dead.append(finding);
        }
        if (outcome == u"none") {
            QVERIFY(dead.isEmpty());
            return;
        }
        QCOMPARE(dead.size(), 1);
        QCOMPARE(DriftFinding::outcomeName(dead.constFirst().outcome), outcome);
        if (outcome == u"alert") {
            QCOMPARE(dead.constFirst().subject, u"r-quiet"_s);
            QCOMPARE(dead.constFirst().note.startsWith(u"never"_s), lastFiredDaysAgo < 0);
        }
    }

    // Alerts of the same week and subject get the same id; another week another one.
    void alertIdsFollowTheWeek()
    {
        DriftFinding finding;
        finding.watcher = u"drift.hit_rate"_s;
        finding.service = u"billing"_s;
        finding.valueClass = u"email"_s;
        finding.inFamily = true;
        finding.adjustedP = 0.000123456;
        const WatchAlert a = finding.toAlert(QDate(2026, 6, 28), 0.01, u"h"_s, {});
        QCOMPARE(finding.toAlert(QDate(2026, 6, 28), 0.01, u"h"_s, {}).id, a.id);
        QVERIFY(finding.toAlert(QDate(2026, 7, 5), 0.01, u"h"_s, {}).id != a.id);
        QCOMPARE(a.statistic, 0.0001235);
        QCOMPARE(a.threshold, 0.01);
        const auto back = WatchAlert::fromJson(a.toJson());
        QVERIFY(back);
        QCOMPARE(back->detail.value(u"test"_s).toString(), QString());
        QCOMPARE(back->detail, a.detail);
        QCOMPARE(back->subject, a.subject);
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_drift_evaluator)
#include "tst_drift_evaluator.moc"
