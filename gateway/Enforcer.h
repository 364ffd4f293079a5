#pragma once

#include "gateway/Enforcement.h"
#include "gateway/StreamGuard.h"

#include <memory>

namespace custos {

// The gateway's seam to the policy engine. Implementations are thread-safe: every worker thread calls
// the same instance. They are always owned by a shared_ptr.
class Enforcer : public std::enable_shared_from_this<Enforcer>
{
public:
    virtual ~Enforcer() = default;
    // The enforcer one exchange keeps for its whole life: itself, unless the policy can change
    // underneath (ActivePolicyEnforcer). nullptr when no policy is in force.
    virtual std::shared_ptr<const Enforcer> pinned() const { return shared_from_this(); }
    virtual Enforcement evaluate(const EnforcementContext &context, const QJsonObject &body) const = 0;
    virtual std::unique_ptr<StreamGuard> streamGuard(const EnforcementContext &context) const = 0;
    // Models callers may ask for; empty means any model.
    virtual QStringList allowedModels() const = 0;
    // The route the policy assigns to a model (empty: none, the API's default route applies).
    virtual QString routeForModel(const QString &model) const = 0;
    virtual QString policyHash() const = 0;
    // The failure mode when no rule decided one (for instance when the evidence store fails).
    virtual FailureMode defaultFailureMode() const = 0;
};

} // namespace custos
