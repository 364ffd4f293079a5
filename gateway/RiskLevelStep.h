#pragma once

#include "gateway/Enforcement.h"

#include <memory>

namespace custos {

class RiskLevelCache;
struct WatchSettings;

// The policy step that follows the rules on a request: while a risk level stands on the caller and
// one of the value classes the request carries, the request is treated as `require_exception` under
// the pseudo-rule `watch:risk_level` (policy `watch.enforce: require_exception`), so only an
// exception granted by one of `watch.risk_level_approvers` lets it through; in monitor mode it
// passes and its decision records that it would have required one. An exception already lifting
// the pseudo-rule for this interaction leaves the decision alone.
class RiskLevelStep
{
public:
    RiskLevelStep(std::shared_ptr<RiskLevelCache> levels, const WatchSettings &settings);

    void apply(const EnforcementContext &context, Enforcement &enforcement) const;

private:
    std::shared_ptr<RiskLevelCache> m_levels;
    bool m_enforce = false;
};

} // namespace custos
