#pragma once

#include "gateway/Enforcer.h"

namespace custos {

// Lets everything through unchanged. For tests, benchmarks and the moments before a policy is loaded.
class AllowAllEnforcer : public Enforcer
{
public:
    Enforcement evaluate(const EnforcementContext &context, const QJsonObject &body) const override;
    std::unique_ptr<StreamGuard> streamGuard(const EnforcementContext &context) const override;
    QStringList allowedModels() const override { return {}; }
    QString routeForModel(const QString &) const override { return {}; }
    QString policyHash() const override { return QStringLiteral("allow-all"); }
    FailureMode defaultFailureMode() const override { return FailureMode::Closed; }
};

} // namespace custos
