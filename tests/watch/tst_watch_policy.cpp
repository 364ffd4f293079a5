// The policy's watch: section: defaults, values read, located errors, canonical form and diff.
#include "core/policy/Policy.h"
#include "core/policy/PolicyCanonical.h"
#include "core/policy/PolicyDiff.h"
#include "tests/support/CustosTest.h"

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

QByteArray policyWith(const QByteArray &watch)
{
    return "id: watched\nrules:\n  - id: r1\n    conditions: {classes: [PII]}\n    action: monitor\n" + watch;
}

} // namespace

class tst_watch_policy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValues()
    {
        auto policy = Policy::fromYaml(policyWith("watch:\n"
                                                  "  novel_values:\n"
                                                  "    lookback_days: 60\n"
                                                  "    cusum: {threshold: 6, max_step: 2.5}\n"
                                                  "  budgets:\n"
                                                  "    window_days: 14\n"
                                                  "    distinct: {credit_card: 4}\n"
                                                  "  secrets: {distinct: 2}\n"));
        QVERIFY2(policy, policy ? "" : qPrintable(policy.error().front().toString()));
        const WatchSettings &watch = policy->document().watch;
        QCOMPARE(watch.lookbackDays, 60);
        QCOMPARE(watch.threshold, 6.0);
        QCOMPARE(watch.maxStep, 2.5);
        QCOMPARE(watch.budgetDays, 14);
        QCOMPARE(watch.budgets, (QMap<QString, int>{{u"credit_card"_s, 4}}));
        QCOMPARE(watch.secretBudget, 2);
        QCOMPARE(watch.baselineDays, 28); // not written: the default
    }

    void locatedErrors_data()
    {
        QTest::addColumn<QByteArray>("watch");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QByteArray("watch:\n  novel_value: {}\n") << 7 << u"novel_value"_s;
        QTest::newRow("unknown nested key")
            << QByteArray("watch:\n  novel_values:\n    cusum:\n      treshold: 4\n") << 9 << u"treshold"_s;
        QTest::newRow("step could alert alone")
            << QByteArray("watch:\n  novel_values:\n    cusum:\n      threshold: 4\n      max_step: 4\n")
            << 10 << u"one day could alert on its own"_s;
        QTest::newRow("zero-day window")
            << QByteArray("watch:\n  budgets:\n    window_days: 0\n") << 8 << u"at least 1"_s;
        QTest::newRow("baseline longer than look-back")
            << QByteArray("watch:\n  novel_values:\n    lookback_days: 20\n    baseline_days: 28\n") << 9
            << u"cannot be longer than lookback_days"_s;
        QTest::newRow("ratio below 1") << QByteArray("watch:\n  novel_values:\n    cusum: {ratio: 0.5}\n")
                                       << 8 << u"ratio must be at least 1"_s;
        QTest::newRow("budget of nothing")
            << QByteArray("watch:\n  budgets:\n    distinct: {us_ssn: 0}\n") << 8 << u"at least 1"_s;
        QTest::newRow("budget of an unknown detector")
            << QByteArray("watch:\n  budgets:\n    distinct: {passport_nr: 3}\n") << 8
            << u"unknown or disabled"_s;
        QTest::newRow("not a map") << QByteArray("watch: 3\n") << 6 << u"watch"_s;
        QTest::newRow("unknown enforce mode") << QByteArray("watch:\n  enforce: block\n") << 7
                                              << u"enforce must be one of monitor, require_exception"_s;
        QTest::newRow("enforcing with no one to grant exceptions")
            << QByteArray("watch:\n  enforce: require_exception\n") << 7 << u"needs risk_level_approvers"_s;
        QTest::newRow("risk level of no days")
            << QByteArray("watch:\n  risk_level_days: 0\n") << 7 << u"at least 1"_s;
        QTest::newRow("risk level of years")
            << QByteArray("watch:\n  risk_level_days: 400\n") << 7 << u"at most 365 days"_s;
        QTest::newRow("approvers not a list")
            << QByteArray("watch:\n  risk_level_approvers: {bob: 1}\n") << 7 << u"risk_level_approvers"_s;
    }
    void locatedErrors()
    {
        QFETCH(QByteArray, watch);
        QFETCH(int, line);
        QFETCH(QString, message);
        auto policy = Policy::fromYaml(policyWith(watch), u"p.yaml"_s);
        QVERIFY(!policy);
        const Error &error = policy.error().front();
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        QVERIFY(error.column > 0);
    }

    void riskLevelKeys()
    {
        auto plain = Policy::fromYaml(policyWith(""));
        auto monitor = Policy::fromYaml(policyWith("watch:\n  enforce: monitor\n  risk_level_days: 7\n"));
        auto enforcing =
            Policy::fromYaml(policyWith("watch:\n  enforce: require_exception\n  risk_level_days: 3\n  "
                                        "risk_level_approvers: [bob, group:risk]\n"));
        QVERIFY2(enforcing, enforcing ? "" : qPrintable(enforcing.error().front().toString()));
        QVERIFY(plain && monitor);
        const WatchSettings &watch = enforcing->document().watch;
        QCOMPARE(watch.enforce, WatchSettings::Enforce::RequireException);
        QCOMPARE(watch.riskLevelDays, 3);
        QCOMPARE(watch.riskLevelApprovers, (QStringList{u"bob"_s, u"group:risk"_s}));
        QCOMPARE(plain->document().watch.enforce, WatchSettings::Enforce::Monitor); // the default
        QCOMPARE(monitor->hash(), plain->hash()); // the defaults written out change nothing
        const QJsonObject canonical =
            PolicyCanonical::toJson(enforcing->document()).value(u"watch"_s).toObject();
        QCOMPARE(canonical.value(u"enforce"_s).toString(), u"require_exception"_s);
        QCOMPARE(canonical.value(u"risk_level_days"_s).toInt(), 3);
        const QString diff = PolicyDiff::between(plain->document(), enforcing->document()).toText();
        QVERIFY2(diff.contains(u"enforce"_s) && diff.contains(u"risk_level_approvers"_s), qPrintable(diff));
        // The pseudo-rule's id is the risk levels' own.
        auto reserved = Policy::fromYaml("id: p\nrules:\n  - id: watch:risk_level\n    conditions: {classes: "
                                         "[PII]}\n    action: monitor\n");
        QVERIFY(!reserved);
        QVERIFY2(reserved.error().front().message.contains(u"reserved"_s),
                 qPrintable(reserved.error().front().toString()));
    }

    void canonicalFormAndDiff()
    {
        auto plain = Policy::fromYaml(policyWith(""));
        auto defaults = Policy::fromYaml(policyWith("watch:\n  budgets:\n    window_days: 30\n"));
        auto tighter = Policy::fromYaml(policyWith("watch:\n  budgets:\n    distinct: {us_ssn: 3}\n"));
        QVERIFY(plain && defaults && tighter);
        // Writing the defaults is the same policy; a policy without the section keeps its old hash.
        QCOMPARE(defaults->hash(), plain->hash());
        QVERIFY(!PolicyCanonical::toJson(plain->document()).contains(u"watch"_s));
        QVERIFY(tighter->hash() != plain->hash());
        const PolicyDiff diff = PolicyDiff::between(plain->document(), tighter->document());
        QVERIFY(!diff.isEmpty());
        QVERIFY2(diff.toText().contains(u"watch"_s), qPrintable(diff.toText()));
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_watch_policy)
#include "tst_watch_policy.moc"
