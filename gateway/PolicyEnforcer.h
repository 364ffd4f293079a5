#pragma once

#include "gateway/Enforcer.h"
#include "gateway/RiskLevelStep.h"

#include <memory>

namespace custos {

class PolicyEngine;
class RiskLevelCache;
class ValueFingerprinter;

// The Enforcer backed by the real policy engine: one compiled policy version, shared by all threads.
// With a fingerprinter, every request hit that counts carries its value's fingerprint; with risk
// levels, the policy's watch: section decides what a standing level does to a request (RiskLevelStep).
class PolicyEnforcer : public Enforcer
{
public:
    explicit PolicyEnforcer(std::shared_ptr<const PolicyEngine> engine,
                            std::shared_ptr<const ValueFingerprinter> fingerprinter = nullptr,
                            std::shared_ptr<RiskLevelCache> riskLevels = nullptr);

    Enforcement evaluate(const EnforcementContext &context, const QJsonObject &body) const override;
    std::unique_ptr<StreamGuard> streamGuard(const EnforcementContext &context) const override;
    QStringList allowedModels() const override;
    QString routeForModel(const QString &model) const override;
    QString policyHash() const override;
    FailureMode defaultFailureMode() const override;

private:
    std::shared_ptr<const PolicyEngine> m_engine;
    std::shared_ptr<const ValueFingerprinter> m_fingerprinter;
    RiskLevelStep m_riskStep;
};

} // namespace custos
