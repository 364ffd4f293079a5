#pragma once

#include "core/common/Error.h"
#include "core/watch/WatchService.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace custos {

class EvidenceStore;

// Runs the watchers live (issue 14: "evaluated as each day closes and on demand"): WatchService's
// catchUp at start, right after each day closes, and every `budgetInterval` in between (budgets
// break as values arrive, so their alerts should not wait for midnight). The days are the
// engine's, UTC, so the day-close run is the first after 00:00 UTC. After a day-close run it runs
// the jobs registered for day close, and on Mondays those for week close (the weekly drift watchers
// hang there), each with the day that closed.
//
// The evaluation and the jobs run on the scheduler's own thread, so a first rebuild over a large
// ledger never stalls the caller's event loop; the scheduler itself lives on its creator's thread
// and reports with queued signals. The service follows the active policy version: a new version
// rebuilds it from the ledger under the new watch: section. The clock is injectable for tests.
class WatchScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Job = std::function<void(const QDate &closedDay)>;
    static constexpr std::chrono::minutes kDefaultBudgetInterval{10};

    explicit WatchScheduler(std::shared_ptr<EvidenceStore> store, QObject *parent = nullptr);
    ~WatchScheduler() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setBudgetInterval(std::chrono::milliseconds interval) { m_budgetInterval = interval; }
    // Jobs run on the scheduler's thread; they may be added at any time (before or after start()).
    void onDayClose(Job job);
    void onWeekClose(Job job);

    // The first evaluation now (the rebuild), then the timer.
    void start();
    void stop();
    // An evaluation now, out of schedule (queued on the scheduler's thread).
    void evaluateNow();
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    // After each evaluation: the alerts newly recorded, and the day that closed (invalid for a run
    // that closed none).
    void evaluated(const QList<custos::WatchAlert> &recorded, const QDate &closedDay);
    void failed(const QString &error);

private:
    void tick();
    void arm();
    // On the scheduler's thread.
    void evaluate(const QDateTime &now, const QDate &closedDay);
    Result<WatchService::Outcome> catchUp(const QDateTime &now);

    std::shared_ptr<EvidenceStore> m_store;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::chrono::milliseconds m_budgetInterval = kDefaultBudgetInterval;
    QMutex m_jobsMutex; // guards the jobs: added on the caller's thread, run on the scheduler's
    std::vector<Job> m_dayJobs;
    std::vector<Job> m_weekJobs;
    QTimer m_timer;
    QDate m_lastDay; // the UTC day of the last run
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; the context of queued work
    // Used only on m_thread.
    std::unique_ptr<WatchService> m_service;
    QString m_servicePolicy;
};

} // namespace custos
