#pragma once

#include "core/evidence/LoggingGap.h"

#include <QMutex>

#include <optional>

namespace custos {

// The interactions whose evidence write failed and that the ledger has not yet been told about.
// Completion callbacks note failures on the store's writer thread while the gateway's threads take
// the summary to record it, so every method locks. Memory stays bounded (see LoggingGap).
class LoggingGapTracker
{
public:
    void noteFailure(const QString &interactionId, bool failOpen, const QString &why);
    // Empties the summary: the caller now owns recording it, and gives it back with restore() if
    // that fails.
    std::optional<LoggingGap> take();
    void restore(const LoggingGap &gap);
    LoggingGap pending() const;

private:
    mutable QMutex m_mutex;
    LoggingGap m_pending;
};

} // namespace custos
