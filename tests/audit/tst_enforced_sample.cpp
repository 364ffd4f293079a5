#include "tests/support/CustosTest.h"

#include "core/audit/EnforcedSample.h"

#include <QSet>
#include <QTimeZone>

namespace tst_enforced_sample {

using namespace custos::audit;

namespace {

const QStringList kActions{QStringLiteral("block"), QStringLiteral("redact"), QStringLiteral("reroute")};

// `count` enforced interactions over `days` days, actions in turn.
QList<InteractionRow> enforcedRows(int count, int days)
{
    const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::UTC);
    QList<InteractionRow> rows;
    for (int i = 0; i < count; ++i) {
        InteractionRow row;
        row.seq = 1000 + 3 * i;
        row.time = start.addMSecs(qint64(days) * 86'400'000 * i / count);
        row.interactionId = QStringLiteral("int-%1").arg(i);
        row.decision = kActions.at(i % kActions.size());
        rows.append(row);
    }
    return rows;
}

} // namespace

// The PDF's list of enforced interactions: all of them up to 500, else the 200 most recent and a
// deterministic sample covering every day and action.
class TestEnforcedSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAllOrSamples_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("days");
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("a few") << 7 << 1;
        QTest::newRow("exactly 500") << 500 << 3;
        QTest::newRow("501") << 501 << 3;
        QTest::newRow("5000 over 30 days") << 5000 << 30;
        QTest::newRow("50000 over 30 days") << 50000 << 30;
    }

    void keepsAllOrSamples()
    {
        QFETCH(int, count);
        QFETCH(int, days);
        const QList<InteractionRow> all = enforcedRows(count, days);
        EnforcedSample sample;
        for (const InteractionRow &row : all)
            sample.add(row);
        QCOMPARE(sample.total(), qint64(count));
        const QList<InteractionRow> kept = sample.rows();
        QVERIFY(std::is_sorted(kept.begin(), kept.end(),
                               [](const auto &a, const auto &b) { return a.seq < b.seq; }));
        if (count <= EnforcedSample::kAllUpTo) {
            QVERIFY(!sample.sampled());
            QCOMPARE(kept.size(), count);
            return;
        }
        QVERIFY(sample.sampled());
        QVERIFY(kept.size() <= EnforcedSample::kAllUpTo);
        QSet<qint64> seqs;
        for (const InteractionRow &row : kept) {
            QVERIFY2(!seqs.contains(row.seq), "a row listed twice");
            seqs.insert(row.seq);
        }
        for (int i = count - EnforcedSample::kRecent; i < count; ++i)
            QVERIFY2(seqs.contains(all.at(i).seq), "one of the 200 most recent is missing");
        // Every day and action of the period is represented.
        QSet<std::pair<QDate, QString>> strata;
        for (const InteractionRow &row : all)
            strata.insert({row.time.date(), row.decision});
        QSet<std::pair<QDate, QString>> covered;
        for (const InteractionRow &row : kept)
            covered.insert({row.time.date(), row.decision});
        QCOMPARE(covered, strata);
        // The same rows in, the same sample out.
        EnforcedSample again;
        for (const InteractionRow &row : all)
            again.add(row);
        QList<qint64> first;
        QList<qint64> second;
        for (const InteractionRow &row : kept)
            first.append(row.seq);
        for (const InteractionRow &row : again.rows())
            second.append(row.seq);
        QCOMPARE(first, second);
    }
};

} // namespace tst_enforced_sample

CUSTOS_GUILESS_TEST_MAIN(tst_enforced_sample::TestEnforcedSample)
#include "tst_enforced_sample.moc"
