#include "core/watch/WatchScheduler.h"

#include "core/common/Logging.h"
#include "core/evidence/EvidenceStore.h"
#include "core/publishing/PolicyVersions.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos {

WatchScheduler::WatchScheduler(std::shared_ptr<EvidenceStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WatchScheduler::tick);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"custos-watch"_s);
    m_thread.start(QThread::LowPriority);
}

WatchScheduler::~WatchScheduler()
{
    stop();
    m_thread.quit();
    m_thread.wait(); // an evaluation under way finishes: what it records is whole
}

void WatchScheduler::onDayClose(Job job)
{
    QMutexLocker lock(&m_jobsMutex);
    m_dayJobs.push_back(std::move(job));
}

void WatchScheduler::onWeekClose(Job job)
{
    QMutexLocker lock(&m_jobsMutex);
    m_weekJobs.push_back(std::move(job));
}

void WatchScheduler::start()
{
    m_lastDay = m_clock().toUTC().date();
    evaluateNow();
    arm();
}

void WatchScheduler::stop()
{
    m_timer.stop();
}

void WatchScheduler::evaluateNow()
{
    const QDateTime now = m_clock();
    QMetaObject::invokeMethod(m_worker, [this, now] { evaluate(now, {}); }, Qt::QueuedConnection);
}

// The next run: the next UTC midnight, or sooner for the budgets.
void WatchScheduler::arm()
{
    const QDateTime now = m_clock().toUTC();
    const QDateTime midnight = QDateTime(now.date().addDays(1), QTime(0, 0), QTimeZone::UTC);
    const qint64 untilMidnight = now.msecsTo(midnight) + 1;
    m_timer.start(std::chrono::milliseconds(std::min<qint64>(untilMidnight, m_budgetInterval.count())));
}

void WatchScheduler::tick()
{
    const QDateTime now = m_clock();
    const QDate today = now.toUTC().date();
    // A timer can fire a little early (coarse timers): the day closes only once the clock says so.
    const QDate closed = today > m_lastDay ? today.addDays(-1) : QDate();
    m_lastDay = std::max(m_lastDay, today);
    QMetaObject::invokeMethod(m_worker, [this, now, closed] { evaluate(now, closed); }, Qt::QueuedConnection);
    arm();
}

Result<WatchService::Outcome> WatchScheduler::catchUp(const QDateTime &now)
{
    auto active = PolicyVersions(*m_store, nullptr).active();
    if (!active)
        return std::unexpected(active.error());
    const QString hash = *active ? (*active)->hash : QString();
    if (!m_service || hash != m_servicePolicy) {
        auto service = WatchService::forActivePolicy(*m_store);
        if (!service)
            return std::unexpected(service.error());
        m_service = std::move(*service);
        m_servicePolicy = hash;
    }
    return m_service->catchUp(now);
}

void WatchScheduler::evaluate(const QDateTime &now, const QDate &closedDay)
{
    auto outcome = catchUp(now);
    if (!outcome) {
        qCWarning(lcWatch) << "watchers not evaluated:" << outcome.error().toString();
        QMetaObject::invokeMethod(this, [this, error = outcome.error().toString()] { Q_EMIT failed(error); });
        return;
    }
    if (closedDay.isValid()) {
        std::vector<Job> jobs;
        {
            QMutexLocker lock(&m_jobsMutex);
            jobs = m_dayJobs;
            if (closedDay.dayOfWeek() == Qt::Sunday) // the week closes with its Sunday
                jobs.insert(jobs.end(), m_weekJobs.begin(), m_weekJobs.end());
        }
        for (const Job &job : jobs)
            job(closedDay);
    }
    QMetaObject::invokeMethod(
        this, [this, recorded = outcome->recorded, closedDay] { Q_EMIT evaluated(recorded, closedDay); });
}

} // namespace custos
