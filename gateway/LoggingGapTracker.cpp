#include "gateway/LoggingGapTracker.h"

namespace custos {

void LoggingGapTracker::noteFailure(const QString &interactionId, bool failOpen, const QString &why)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);
    m_pending.noteFailure(interactionId, failOpen, why, now);
}

std::optional<LoggingGap> LoggingGapTracker::take()
{
    QMutexLocker lock(&m_mutex);
    if (m_pending.isEmpty())
        return std::nullopt;
    return std::exchange(m_pending, LoggingGap{});
}

void LoggingGapTracker::restore(const LoggingGap &gap)
{
    QMutexLocker lock(&m_mutex);
    m_pending.merge(gap);
}

LoggingGap LoggingGapTracker::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

} // namespace custos
