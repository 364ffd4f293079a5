// The gateway's logging_failure events in an audit pack: each one recorded in the period is a
// logging_failure row of gaps.csv and of the PDF's gaps section, with its counts and period, and
// the verdict's Gaps line counts them; events outside the period and other admin events are not.
#include "tests/support/CustosTest.h"

#include "AuditTestSupport.h"

#include "core/evidence/LoggingGap.h"

namespace tst_logging_gap_rows {

using namespace custos;
using namespace custos::audit;
using namespace custos::audittest;
using namespace Qt::StringLiterals;

namespace {

LoggingGap gapOf(qint64 failures, qint64 released, const QString &firstId)
{
    LoggingGap gap;
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-30);
    for (qint64 i = 0; i < failures; ++i)
        gap.noteFailure(u"%1-%2"_s.arg(firstId).arg(i), i < released, u"the disk is full (SQLITE_FULL)"_s,
                        when.addMSecs(i));
    return gap;
}

QDateTime tick()
{
    QThread::msleep(20);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QThread::msleep(20);
    return now;
}

} // namespace

class TestLoggingGapRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceStore> m_store;
    QMap<QString, QDateTime> m_marks;

private Q_SLOTS:
    void initTestCase()
    {
        auto store = EvidenceStore::create(m_dir.filePath(u"gaps.db"_s), storeKey(), quietOptions());
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        m_store = std::move(*store);
        m_marks.insert(u"start"_s, tick());
        QVERIFY(m_store->append(gapOf(3, 1, u"early"_s).toEvent(u"gateway"_s)));
        m_marks.insert(u"middle"_s, tick());
        // An admin event that mentions the word is not a logging failure.
        EvidenceEvent other;
        other.kind = EventKind::Admin;
        other.actor = u"root"_s;
        other.payload = QJsonObject{{u"action"_s, u"note"_s}, {u"comment"_s, u"logging_failure drill"_s}};
        QVERIFY(m_store->append(other));
        QVERIFY(m_store->append(gapOf(250, 0, u"late"_s).toEvent(u"gateway"_s)));
        QVERIFY(m_store->checkpointNow());
        m_marks.insert(u"end"_s, tick());
    }

    void eachGapEventInThePeriodIsARow_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("details");
        QTest::newRow("both") << u"start"_s << u"end"_s
                              << QStringList{u"3 interaction(s) could not be recorded"_s,
                                             u"250 interaction(s) could not be recorded"_s};
        QTest::newRow("the first only")
            << u"start"_s << u"middle"_s << QStringList{u"3 interaction(s) could not be recorded"_s};
        QTest::newRow("the second only")
            << u"middle"_s << u"end"_s << QStringList{u"250 interaction(s) could not be recorded"_s};
    }

    void eachGapEventInThePeriodIsARow()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, details);
        MemorySink tables;
        AuditScope scope;
        scope.from = m_marks.value(from);
        scope.to = m_marks.value(to);
        AuditCollector collector(*m_store);
        const auto dataset = collector.collect(scope, tables);
        QVERIFY2(dataset, dataset ? "" : qPrintable(dataset.error().toString()));
        const auto rows = tables.where(u"gaps.csv"_s, u"kind"_s, u"logging_failure"_s);
        QCOMPARE(rows.size(), details.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString detail = rows.at(i).value(u"detail"_s);
            QVERIFY2(detail.startsWith(details.at(i)), qPrintable(detail));
            QVERIFY2(detail.contains(u"SQLITE_FULL"_s), qPrintable(detail));
            QVERIFY(!rows.at(i).value(u"time_utc"_s).isEmpty());
        }
        QStringList reported;
        for (const GapRow &gap : dataset->report.gaps)
            if (gap.kind == u"logging_failure"_s)
                reported.append(gap.detail);
        QCOMPARE(reported.size(), details.size());
        bool verdictSeen = false;
        for (const VerdictLine &line : dataset->report.verdict)
            if (line.check == u"Gaps"_s) {
                verdictSeen = true;
                QVERIFY(!line.ok);
                QVERIFY2(line.detail.contains(u"%1 logging_failure"_s.arg(details.size())),
                         qPrintable(line.detail));
            }
        QVERIFY(verdictSeen);
    }

    void theDetailIsBounded()
    {
        MemorySink tables;
        AuditScope scope;
        scope.from = m_marks.value(u"middle"_s);
        scope.to = m_marks.value(u"end"_s);
        AuditCollector collector(*m_store);
        QVERIFY(collector.collect(scope, tables));
        const QString detail =
            tables.where(u"gaps.csv"_s, u"kind"_s, u"logging_failure"_s).value(0).value(u"detail"_s);
        // 250 failures keep 100 ids and count the rest.
        QVERIFY2(detail.contains(u"late-99 and 150 more"_s), qPrintable(detail));
        QVERIFY(!detail.contains(u"late-100"_s));
        QVERIFY2(detail.contains(u"0 released fail-open"_s), qPrintable(detail));
    }
};

} // namespace tst_logging_gap_rows

CUSTOS_GUILESS_TEST_MAIN(tst_logging_gap_rows::TestLoggingGapRows)
#include "tst_logging_gap_rows.moc"
