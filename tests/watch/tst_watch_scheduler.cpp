// The live evaluation on a real SQLCipher store: the scheduler evaluates at start, again right
// after each UTC midnight (with the day-close jobs, and the week-close ones on Sundays), and every
// budget interval in between, with an injected clock for the day boundaries.
#include "core/evidence/EvidenceStore.h"
#include "core/watch/RiskLevelBook.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchScheduler.h"
#include "tests/support/CustosTest.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

struct SchedulerRuns
{
    QList<QDate> closed; // closedDay of each evaluation, in order
    int recorded = 0;
    QMutex mutex; // the jobs run on the scheduler's thread
    QList<QDate> dayJobs;
    QList<QDate> weekJobs;
};

void watchRuns(WatchScheduler &scheduler, SchedulerRuns &runs)
{
    QObject::connect(&scheduler, &WatchScheduler::evaluated, &scheduler,
                     [&runs](const QList<WatchAlert> &recorded, const QDate &closedDay) {
                         runs.closed.append(closedDay);
                         runs.recorded += int(recorded.size());
                     });
    scheduler.onDayClose([&runs](const QDate &day) {
        QMutexLocker lock(&runs.mutex);
        runs.dayJobs.append(day);
    });
    scheduler.onWeekClose([&runs](const QDate &day) {
        QMutexLocker lock(&runs.mutex);
        runs.weekJobs.append(day);
    });
}

EvidenceEvent ssnInteraction(const ValueFingerprinter &fingerprinter, int n)
{
    InteractionPayload payload;
    payload.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.endpoint = u"/v1/chat/completions"_s;
    payload.hasCaller = true;
    payload.user = u"erin"_s;
    payload.service = u"billing"_s;
    InteractionHit hit{u"us_ssn"_s, u"PII"_s, u"$.messages[0].content"_s, 0, 11, 0.9, {}};
    hit.fingerprint = fingerprinter.fingerprint(u"us_ssn"_s, u"55566%1"_s.arg(n, 4, 10, QLatin1Char('0')));
    InteractionDecision decision;
    decision.hits = {hit};
    payload.decisions = {decision};
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = u"gateway"_s;
    event.user = payload.user;
    event.payload = payload.toJson();
    return event;
}

} // namespace

class tst_watch_scheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<EvidenceStore> m_store;

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(u"scheduler.db"_s);
        m_store.reset();
        QFile::remove(path);
        auto created = EvidenceStore::create(path, KeySource::rawKey(QByteArray(32, '\x33')));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_store = std::move(*created);
    }

    void runsAfterEachUtcMidnight_data()
    {
        QTest::addColumn<QDate>("closing");
        QTest::addColumn<bool>("weekCloses");
        QTest::newRow("Saturday closes: the day's jobs") << QDate(2026, 11, 28) << false;
        QTest::newRow("Sunday closes: the week's jobs too") << QDate(2026, 11, 29) << true;
        QTest::newRow("Monday closes: the day's jobs") << QDate(2026, 11, 30) << false;
    }
    void runsAfterEachUtcMidnight()
    {
        QFETCH(QDate, closing);
        QFETCH(bool, weekCloses);
        QDateTime now(closing, QTime(23, 59, 59, 700), QTimeZone::UTC);
        SchedulerRuns runs;
        WatchScheduler scheduler(m_store);
        scheduler.setClock([&now] { return now; });
        scheduler.setBudgetInterval(std::chrono::hours(1)); // only the midnight can fire
        watchRuns(scheduler, runs);
        scheduler.start();
        QTRY_COMPARE(runs.closed.size(), 1); // at start: no day closed
        QVERIFY(!runs.closed.constFirst().isValid());
        QTest::qWait(100);
        QCOMPARE(runs.closed.size(), 1); // not before midnight
        now = QDateTime(closing.addDays(1), QTime(0, 0, 0, 50), QTimeZone::UTC);
        QTRY_COMPARE_WITH_TIMEOUT(runs.closed.size(), 2, 5000);
        QCOMPARE(runs.closed.at(1), closing);
        QMutexLocker lock(&runs.mutex);
        QCOMPARE(runs.dayJobs, QList<QDate>{closing});
        QCOMPARE(runs.weekJobs, weekCloses ? QList<QDate>{closing} : QList<QDate>{});
    }

    // Budgets do not wait for midnight: the next interval's run records the breach and its level.
    void budgetsBetweenDayCloses()
    {
        SchedulerRuns runs;
        WatchScheduler scheduler(m_store);
        scheduler.setBudgetInterval(std::chrono::milliseconds(100));
        watchRuns(scheduler, runs);
        scheduler.start();
        QTRY_VERIFY(!runs.closed.isEmpty());
        QCOMPARE(runs.recorded, 0);
        auto fingerprinter = ValueFingerprinter::forStore(*m_store);
        QVERIFY(fingerprinter);
        for (int n = 0; n < 6; ++n) // the default SSN budget is 6
            QVERIFY(m_store->append(ssnInteraction(**fingerprinter, n)));
        QTRY_COMPARE_WITH_TIMEOUT(runs.recorded, 1, 5000);
        auto levels = RiskLevelBook::load(*m_store);
        QVERIFY(levels);
        QVERIFY(levels->standing(u"erin"_s, u"us_ssn"_s, QDateTime::currentMSecsSinceEpoch()));
        QTest::qWait(300); // later runs record nothing twice
        QCOMPARE(runs.recorded, 1);
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_watch_scheduler)
#include "tst_watch_scheduler.moc"
