#pragma once

#include "gateway/Enforcer.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

namespace custos {

class EvidenceStore;
class RiskLevelCache;
class ValueFingerprinter;

// Follows the policy version the ledger names as active, so a publish from the console or from
// `custosctl policy publish`, in this process or another, governs the next request without a
// restart. Each exchange pins one version (pinned()) for its whole life, so a request and its
// response are judged, and recorded, under the same version. Every version shares one RiskLevelCache
// over the store, checked for new risk levels on the same interval.
class ActivePolicyEnforcer : public Enforcer
{
public:
    // Checks the ledger at most every `checkIntervalMs` milliseconds, on the thread that asks.
    ActivePolicyEnforcer(std::shared_ptr<EvidenceStore> store, qint64 checkIntervalMs = 1000);

    // Loads the active version now; the error says why when none can be enforced.
    Result<void> refreshNow() const;

    // The version in force, or nullptr while none is published (the gateway then refuses).
    std::shared_ptr<const Enforcer> pinned() const override;

    Enforcement evaluate(const EnforcementContext &context, const QJsonObject &body) const override;
    std::unique_ptr<StreamGuard> streamGuard(const EnforcementContext &context) const override;
    QStringList allowedModels() const override;
    QString routeForModel(const QString &model) const override;
    QString policyHash() const override;
    FailureMode defaultFailureMode() const override;

private:
    std::shared_ptr<const Enforcer> current() const;
    void refreshIfDue() const;
    // The store's fingerprinter, made at the first need (nullptr when the store cannot give one).
    std::shared_ptr<const ValueFingerprinter> fingerprinter() const;

    std::shared_ptr<EvidenceStore> m_store;
    const qint64 m_checkIntervalMs;
    mutable std::atomic<qint64> m_nextCheckMs{0};
    mutable QMutex m_mutex; // guards m_current and m_hash
    mutable std::shared_ptr<const Enforcer> m_current;
    mutable QString m_hash;
    mutable std::shared_ptr<const ValueFingerprinter> m_fingerprinter;
    const std::shared_ptr<RiskLevelCache> m_riskLevels;
};

} // namespace custos
