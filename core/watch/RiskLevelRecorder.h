#pragma once

#include "core/common/Error.h"
#include "core/policy/WatchSettings.h"
#include "core/watch/RiskLevel.h"

namespace custos {

class EvidenceStore;
struct WatchAlert;

// Writes risk levels to the ledger as `risk_level` events: set for an alert (confirmed, escalated,
// or a broken budget) for the days the policy says, or lifted early when the escalated alert that
// set it is dismissed.
class RiskLevelRecorder
{
public:
    explicit RiskLevelRecorder(EvidenceStore &store);

    // The watch: settings of the store's active policy version (the defaults while none).
    static Result<WatchSettings> activeSettings(EvidenceStore &store);

    Result<RiskLevel> set(const WatchAlert &alert, const QString &cause, const QString &actor, qint64 nowMs,
                          int days);
    Result<void> lift(const WatchAlert &alert, const QString &actor, const QString &reason);

private:
    EvidenceStore &m_store;
};

} // namespace custos
