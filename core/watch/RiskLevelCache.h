#pragma once

#include "core/common/Error.h"
#include "core/watch/RiskLevelBook.h"

#include <QMutex>

#include <atomic>
#include <memory>

namespace custos {

class EvidenceStore;

// The risk levels as the gateway reads them on every request: a snapshot of the RiskLevelBook,
// looked up in memory. At most every `checkIntervalMs` the asking thread folds the `risk_level`
// events appended since (an index seek that usually finds none), so a level set by an escalation
// in the console or in `custosctl`, in this process or another, applies within that interval and
// no request scans the ledger. Thread-safe.
class RiskLevelCache
{
public:
    explicit RiskLevelCache(std::shared_ptr<EvidenceStore> store, qint64 checkIntervalMs = 1000);

    Result<void> refreshNow();
    // The level standing on `user` for one of `valueClasses` at `timeMs` (the first class that has one).
    std::optional<RiskLevel> standing(const QString &user, const QStringList &valueClasses, qint64 timeMs);

private:
    void refreshIfDue();

    std::shared_ptr<EvidenceStore> m_store;
    const qint64 m_checkIntervalMs;
    std::atomic<qint64> m_nextCheckMs{0};
    QMutex m_refreshMutex; // one fold at a time
    QMutex m_mutex;        // guards m_book
    std::shared_ptr<const RiskLevelBook> m_book = std::make_shared<RiskLevelBook>();
};

} // namespace custos
