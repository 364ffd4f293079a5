// The policy's `watch: drift:` section: defaults, values read, located errors, canonical form and
// diff, and that a watch: section written before it keeps its hash.
#include "core/policy/Policy.h"
#include "core/policy/PolicyCanonical.h"
#include "core/policy/PolicyDiff.h"
#include "tests/support/CustosTest.h"

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

QByteArray driftPolicy(const QByteArray &watch)
{
    return "id: drifting\nrules:\n  - id: r1\n    conditions: {classes: [PII]}\n    action: monitor\n" +
           watch;
}

} // namespace

class tst_drift_policy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutTheSection()
    {
        auto policy = Policy::fromYaml(driftPolicy(""));
        QVERIFY(policy);
        const DriftSettings &drift = policy->document().watch.drift;
        QCOMPARE(drift.alpha, 0.01);
        QCOMPARE(drift.baselineWeeks, 4);
        QCOMPARE(drift.minInteractions, 50);
        QCOMPARE(drift.minEvents, 10);
        QCOMPARE(drift.deadRuleDays, 30);
    }

    void readsValues()
    {
        auto policy = Policy::fromYaml(driftPolicy("watch:\n"
                                                   "  drift:\n"
                                                   "    alpha: 0.05\n"
                                                   "    baseline_weeks: 6\n"
                                                   "    minimum_interactions: 200\n"
                                                   "    minimum_events: 25\n"
                                                   "    dead_rule_days: 45\n"));
        QVERIFY2(policy, policy ? "" : qPrintable(policy.error().front().toString()));
        const DriftSettings &drift = policy->document().watch.drift;
        QCOMPARE(drift.alpha, 0.05);
        QCOMPARE(drift.baselineWeeks, 6);
        QCOMPARE(drift.minInteractions, 200);
        QCOMPARE(drift.minEvents, 25);
        QCOMPARE(drift.deadRuleDays, 45);
        QCOMPARE(policy->document().watch.lookbackDays, 42); // the rest of watch: keeps its defaults
    }

    void locatedErrors_data()
    {
        QTest::addColumn<QByteArray>("watch");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QByteArray("watch:\n  drift:\n    alfa: 0.01\n") << 8 << u"alfa"_s;
        QTest::newRow("alpha of 0") << QByteArray("watch:\n  drift:\n    alpha: 0\n") << 8
                                    << u"alpha must be above 0 and at most 0.5"_s;
        QTest::newRow("alpha above one half")
            << QByteArray("watch:\n  drift:\n    alpha: 0.7\n") << 8 << u"at most 0.5"_s;
        QTest::newRow("alpha not a number")
            << QByteArray("watch:\n  drift:\n    alpha: often\n") << 8 << u"alpha"_s;
        QTest::newRow("no baseline weeks")
            << QByteArray("watch:\n  drift:\n    baseline_weeks: 0\n") << 8 << u"at least 1"_s;
        QTest::newRow("a baseline of years") << QByteArray("watch:\n  drift:\n    baseline_weeks: 60\n") << 8
                                             << u"baseline_weeks must be at most 52"_s;
        QTest::newRow("dead rules after no days")
            << QByteArray("watch:\n  drift:\n    dead_rule_days: 0\n") << 8 << u"at least 1"_s;
        QTest::newRow("a fractional minimum")
            << QByteArray("watch:\n  drift:\n    minimum_events: 2.5\n") << 8 << u"minimum_events"_s;
        QTest::newRow("not a map") << QByteArray("watch:\n  drift: 3\n") << 7 << u"drift"_s;
    }
    void locatedErrors()
    {
        QFETCH(QByteArray, watch);
        QFETCH(int, line);
        QFETCH(QString, message);
        auto policy = Policy::fromYaml(driftPolicy(watch), u"p.yaml"_s);
        QVERIFY(!policy);
        const Error &error = policy.error().front();
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        QVERIFY(error.column > 0);
        QCOMPARE(error.file, u"p.yaml"_s);
    }

    void canonicalFormAndDiff()
    {
        auto plain = Policy::fromYaml(driftPolicy(""));
        auto budgets = Policy::fromYaml(driftPolicy("watch:\n  budgets:\n    distinct: {us_ssn: 3}\n"));
        auto defaults = Policy::fromYaml(
            driftPolicy("watch:\n  budgets:\n    distinct: {us_ssn: 3}\n  drift:\n    alpha: 0.01\n"));
        auto stricter = Policy::fromYaml(
            driftPolicy("watch:\n  budgets:\n    distinct: {us_ssn: 3}\n  drift:\n    alpha: 0.001\n"));
        QVERIFY(plain && budgets && defaults && stricter);
        // The drift defaults written out are the same policy, and a watch: section from before the
        // drift watchers keeps its canonical form (and hash): no "drift" key in it.
        QCOMPARE(defaults->hash(), budgets->hash());
        const auto watchOf = [](const Policy &policy) {
            return PolicyCanonical::toJson(policy.document()).value(u"watch"_s).toObject();
        };
        QVERIFY(watchOf(*budgets).contains(u"budgets"_s));
        QVERIFY(!watchOf(*budgets).contains(u"drift"_s));
        QVERIFY(stricter->hash() != budgets->hash());
        QCOMPARE(watchOf(*stricter).value(u"drift"_s).toObject().value(u"alpha"_s).toDouble(), 0.001);
        const PolicyDiff diff = PolicyDiff::between(budgets->document(), stricter->document());
        QVERIFY(!diff.isEmpty());
        QVERIFY2(diff.toText().contains(u"drift"_s), qPrintable(diff.toText()));
        // A drift section alone makes the watch section non-default.
        auto driftOnly = Policy::fromYaml(driftPolicy("watch:\n  drift:\n    dead_rule_days: 60\n"));
        QVERIFY(driftOnly);
        QVERIFY(driftOnly->hash() != plain->hash());
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_drift_policy)
#include "tst_drift_policy.moc"
