#pragma once

#include <QDate>

#include <memory>

namespace custos {

class EvidenceStore;

// The weekly drift watchers as a WatchScheduler week-close job: after the Sunday (UTC) closes, the
// week ending that Sunday is judged under the store's active policy and its new alerts recorded.
// DriftService::evaluateWeek is idempotent, so a second run of the same week records nothing.
// A failure is logged (the scheduler runs on, and `custosctl watch drift` judges the week on
// demand); it never stops the slow-exfiltration watchers beside it.
class DriftWeeklyJob
{
public:
    explicit DriftWeeklyJob(std::shared_ptr<EvidenceStore> store);
    void operator()(const QDate &closedSunday) const;

private:
    std::shared_ptr<EvidenceStore> m_store;
};

} // namespace custos
