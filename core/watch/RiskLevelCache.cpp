#include "core/watch/RiskLevelCache.h"

#include "core/evidence/EvidenceStore.h"

#include "core/common/Logging.h"

#include <QDateTime>

namespace custos {

RiskLevelCache::RiskLevelCache(std::shared_ptr<EvidenceStore> store, qint64 checkIntervalMs)
    : m_store(std::move(store))
    , m_checkIntervalMs(checkIntervalMs)
{}

Result<void> RiskLevelCache::refreshNow()
{
    QMutexLocker refreshing(&m_refreshMutex);
    std::shared_ptr<const RiskLevelBook> current;
    {
        QMutexLocker lock(&m_mutex);
        current = m_book;
    }
    auto next = std::make_shared<RiskLevelBook>(*current);
    if (auto folded = next->refresh(*m_store); !folded)
        return folded;
    if (next->lastSeq() == current->lastSeq())
        return {};
    QMutexLocker lock(&m_mutex);
    m_book = std::move(next);
    return {};
}

void RiskLevelCache::refreshIfDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 due = m_nextCheckMs.load();
    // One thread per interval folds; the others read the snapshot they have.
    if (now < due || !m_nextCheckMs.compare_exchange_strong(due, now + m_checkIntervalMs))
        return;
    if (auto refreshed = refreshNow(); !refreshed)
        qCWarning(lcWatch) << "keeping the risk levels read before:" << refreshed.error().toString();
}

std::optional<RiskLevel> RiskLevelCache::standing(const QString &user, const QStringList &valueClasses,
                                                  qint64 timeMs)
{
    refreshIfDue();
    std::shared_ptr<const RiskLevelBook> book;
    {
        QMutexLocker lock(&m_mutex);
        book = m_book;
    }
    if (book->isEmpty())
        return std::nullopt;
    for (const QString &valueClass : valueClasses)
        if (auto level = book->standing(user, valueClass, timeMs))
            return level;
    return std::nullopt;
}

} // namespace custos
