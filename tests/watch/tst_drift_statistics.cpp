// The drift watchers' tests against values computed independently (exact fractions, tables):
// binomial tails, the conditional rate-ratio test, chi-square tails and sparse-cell merging, the
// Mann-Whitney U test and Holm's adjustment.
#include "core/watch/DriftStatistics.h"
#include "tests/support/CustosTest.h"

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::max(std::abs(expected), 1e-300);
}

} // namespace

class tst_drift_statistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected values: exact sums of binomial terms in rational arithmetic.
    void binomialTails_data()
    {
        QTest::addColumn<bool>("upper");
        QTest::addColumn<qint64>("k");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("P(X>=8), Bin(10, 1/2)") << true << qint64(8) << qint64(10) << 0.5 << 0.0546875;
        QTest::newRow("P(X<=2), Bin(10, 1/2)") << false << qint64(2) << qint64(10) << 0.5 << 0.0546875;
        QTest::newRow("P(X>=30), Bin(100, 1/5)")
            << true << qint64(30) << qint64(100) << 0.2 << 0.011248978720991634;
        QTest::newRow("P(X<=10), Bin(100, 1/5)")
            << false << qint64(10) << qint64(100) << 0.2 << 0.005696380955793505;
        QTest::newRow("P(X>=27), Bin(63, 1/5)")
            << true << qint64(27) << qint64(63) << 0.2 << 3.1031603434278316e-05;
        QTest::newRow("P(X>=5), Bin(2000, 1/1000)")
            << true << qint64(5) << qint64(2000) << 0.001 << 0.052562748702293674;
        QTest::newRow("P(X<=0), Bin(50, 1/10)")
            << false << qint64(0) << qint64(50) << 0.1 << 0.0051537752073201135;
        QTest::newRow("P(X>=0) is 1") << true << qint64(0) << qint64(7) << 0.3 << 1.0;
        QTest::newRow("P(X>=n+1) is 0") << true << qint64(8) << qint64(7) << 0.3 << 0.0;
    }
    void binomialTails()
    {
        QFETCH(bool, upper);
        QFETCH(qint64, k);
        QFETCH(qint64, n);
        QFETCH(double, p);
        QFETCH(double, expected);
        const double actual =
            upper ? DriftStatistics::binomialUpper(k, n, p) : DriftStatistics::binomialLower(k, n, p);
        QVERIFY2(near(actual, expected, 1e-9), qPrintable(u"%1 instead of %2"_s.arg(actual).arg(expected)));
    }

    void rateRatio_data()
    {
        QTest::addColumn<qint64>("events1");
        QTest::addColumn<double>("exposure1");
        QTest::addColumn<qint64>("events2");
        QTest::addColumn<double>("exposure2");
        QTest::addColumn<bool>("twoSided");
        QTest::addColumn<double>("expected");
        // 27 of 63 events in a fifth of the exposure: the binomial tail above.
        QTest::newRow("x3 step, upper")
            << qint64(27) << 300.0 << qint64(36) << 1200.0 << false << 3.1031603434278316e-05;
        QTest::newRow("x3 step, two-sided")
            << qint64(27) << 300.0 << qint64(36) << 1200.0 << true << 6.206320686855663e-05;
        QTest::newRow("a drop, two-sided")
            << qint64(10) << 500.0 << qint64(90) << 500.0 * 4 << true << 2 * 0.005696380955793505;
        QTest::newRow("no events") << qint64(0) << 300.0 << qint64(0) << 1200.0 << true << 1.0;
        QTest::newRow("as expected") << qint64(10) << 100.0 << qint64(40) << 400.0 << true << 1.0;
    }
    void rateRatio()
    {
        QFETCH(qint64, events1);
        QFETCH(double, exposure1);
        QFETCH(qint64, events2);
        QFETCH(double, exposure2);
        QFETCH(bool, twoSided);
        QFETCH(double, expected);
        const double actual = DriftStatistics::rateRatioP(events1, exposure1, events2, exposure2,
                                                          twoSided ? DriftStatistics::Side::TwoSided
                                                                   : DriftStatistics::Side::Upper);
        QVERIFY2(near(actual, expected, 1e-9), qPrintable(u"%1 instead of %2"_s.arg(actual).arg(expected)));
    }

    // Expected values: the chi-square table's critical points.
    void chiSquareTail_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("df");
        QTest::addColumn<double>("expected");
        QTest::newRow("3.841, 1 df") << 3.841459 << 1.0 << 0.05;
        QTest::newRow("6.635, 1 df") << 6.634897 << 1.0 << 0.01;
        QTest::newRow("9.210, 2 df") << 9.210340 << 2.0 << 0.01;
        QTest::newRow("11.345, 3 df") << 11.344867 << 3.0 << 0.01;
        QTest::newRow("29.588, 10 df") << 29.588298 << 10.0 << 0.001;
        QTest::newRow("0.5, 4 df (series side)") << 0.5 << 4.0 << 0.97350097;
    }
    void chiSquareTail()
    {
        QFETCH(double, x);
        QFETCH(double, df);
        QFETCH(double, expected);
        const double actual = DriftStatistics::chiSquareUpper(x, df);
        QVERIFY2(near(actual, expected, 1e-5), qPrintable(u"%1 instead of %2"_s.arg(actual).arg(expected)));
    }

    void homogeneity_data()
    {
        QTest::addColumn<QList<qint64>>("judged");
        QTest::addColumn<QList<qint64>>("baseline");
        QTest::addColumn<int>("categories");
        QTest::addColumn<double>("expected");
        // 2x2: chi-square = 200 * (30*80 - 70*20)^2 / (100*100*50*150) = 2.6667, 1 df.
        QTest::newRow("2x2") << QList<qint64>{30, 70} << QList<qint64>{20, 80} << 2 << 0.10247043;
        QTest::newRow("the same shares")
            << QList<qint64>{10, 20, 30} << QList<qint64>{40, 80, 120} << 3 << 1.0;
        // The two sparse classes (1 + 3 and 2 + 2, expected about 2 each) merge with each other, and
        // the pair (expected about 4) with the next smallest: 31 + 73 and 23 + 82 are left.
        QTest::newRow("sparse cells merged")
            << QList<qint64>{30, 70, 1, 2} << QList<qint64>{20, 80, 3, 2} << 2 << -1.0;
        QTest::newRow("too sparse to test") << QList<qint64>{1, 2} << QList<qint64>{3, 1} << 1 << 1.0;
    }
    void homogeneity()
    {
        QFETCH(QList<qint64>, judged);
        QFETCH(QList<qint64>, baseline);
        QFETCH(int, categories);
        QFETCH(double, expected);
        int kept = 0;
        const double p = DriftStatistics::homogeneityP(judged, baseline, &kept);
        QCOMPARE(kept, categories);
        if (expected >= 0)
            QVERIFY2(near(p, expected, 1e-6), qPrintable(u"%1 instead of %2"_s.arg(p).arg(expected)));
        else
            QVERIFY(p > 0 && p < 1);
    }

    void mannWhitney_data()
    {
        QTest::addColumn<QList<double>>("first");
        QTest::addColumn<QList<double>>("second");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("sign");
        // U = 25 (every first value above every second), n1 = n2 = 5: z = (25 - 12.5 - 0.5) / sqrt(22.9167).
        QTest::newRow("separated") << QList<double>{6, 7, 8, 9, 10} << QList<double>{1, 2, 3, 4, 5}
                                   << 2 * 0.5 * std::erfc(12.0 / std::sqrt(22.916666666) / std::sqrt(2.0))
                                   << 1;
        QTest::newRow("identical") << QList<double>{1, 2, 3} << QList<double>{1, 2, 3} << 1.0 << 0;
        QTest::newRow("all tied") << QList<double>{4, 4, 4} << QList<double>{4, 4} << 1.0 << 0;
        // Ties: first {1,1,2}, second {2,3,3}; ranks 1.5,1.5,3.5 | 3.5,5.5,5.5; U = 6.5 - 6 = 0.5;
        // variance = 9/12 * (7 - (6 + 6 + 6) / 30) = 4.8; z = (4 - 0.5) / sqrt(4.8), below.
        QTest::newRow("ties") << QList<double>{1, 1, 2} << QList<double>{2, 3, 3}
                              << 2 * 0.5 * std::erfc(3.5 / std::sqrt(4.8) / std::sqrt(2.0)) << -1;
    }
    void mannWhitney()
    {
        QFETCH(QList<double>, first);
        QFETCH(QList<double>, second);
        QFETCH(double, expected);
        QFETCH(int, sign);
        double z = 0;
        const double p = DriftStatistics::mannWhitneyP(first, second, &z);
        QVERIFY2(near(p, expected, 1e-6), qPrintable(u"%1 instead of %2"_s.arg(p).arg(expected)));
        QCOMPARE(z > 0 ? 1 : z < 0 ? -1 : 0, sign);
    }

    void holm_data()
    {
        QTest::addColumn<QList<double>>("p");
        QTest::addColumn<QList<double>>("adjusted");
        QTest::newRow("three") << QList<double>{0.01, 0.04, 0.03} << QList<double>{0.03, 0.06, 0.06};
        QTest::newRow("capped at 1") << QList<double>{0.5, 0.9} << QList<double>{1.0, 1.0};
        QTest::newRow("monotone") << QList<double>{0.001, 0.02, 0.019, 0.5}
                                  << QList<double>{0.004, 0.057, 0.057, 0.5};
        QTest::newRow("empty") << QList<double>{} << QList<double>{};
    }
    void holm()
    {
        QFETCH(QList<double>, p);
        QFETCH(QList<double>, adjusted);
        const QList<double> actual = DriftStatistics::holm(p);
        QCOMPARE(actual.size(), adjusted.size());
        for (qsizetype i = 0; i < actual.size(); ++i)
            QVERIFY2(near(actual[i], adjusted[i], 1e-12), qPrintable(u"%1: %2"_s.arg(i).arg(actual[i])));
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_drift_statistics)
#include "tst_drift_statistics.moc"
