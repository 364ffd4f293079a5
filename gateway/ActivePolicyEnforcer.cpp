#include "gateway/ActivePolicyEnforcer.h"

#include "gateway/GatewayLogging.h"
#include "gateway/PolicyEnforcer.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/PolicyEngine.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/RiskLevelCache.h"
#include "core/watch/ValueFingerprinter.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace custos {

ActivePolicyEnforcer::ActivePolicyEnforcer(std::shared_ptr<EvidenceStore> store, qint64 checkIntervalMs)
    : m_store(std::move(store))
    , m_checkIntervalMs(checkIntervalMs)
    , m_riskLevels(std::make_shared<RiskLevelCache>(m_store, checkIntervalMs))
{}

Result<void> ActivePolicyEnforcer::refreshNow() const
{
    auto active = PolicyVersions(*m_store, nullptr).active();
    if (!active)
        return std::unexpected(active.error());
    if (!*active)
        return fail(u"no policy version is published in this store yet"_s);
    {
        QMutexLocker lock(&m_mutex);
        if (m_hash == (*active)->hash)
            return {};
    }
    auto policy = Policy::fromYaml((*active)->source, u"version %1"_s.arg((*active)->hash.left(12)));
    if (!policy)
        return std::unexpected(policy.error().front());
    auto engine = PolicyEngine::compile(*policy);
    if (!engine)
        return std::unexpected(engine.error());
    auto enforcer = std::make_shared<const PolicyEnforcer>(*engine, fingerprinter(), m_riskLevels);
    QMutexLocker lock(&m_mutex);
    if (!m_hash.isEmpty())
        qCInfo(lcGateway) << "policy version" << (*active)->hash << "replaces" << m_hash;
    m_current = std::move(enforcer);
    m_hash = (*active)->hash;
    return {};
}

std::shared_ptr<const ValueFingerprinter> ActivePolicyEnforcer::fingerprinter() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_fingerprinter) {
        auto made = ValueFingerprinter::forStore(*m_store);
        if (made)
            m_fingerprinter = *made;
        else // a read-only store without a secret yet: hits go unfingerprinted, visibly
            qCWarning(lcGateway) << "no value fingerprints:" << made.error().toString();
    }
    return m_fingerprinter;
}

void ActivePolicyEnforcer::refreshIfDue() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 due = m_nextCheckMs.load();
    // One thread per interval wins the check; the others go on with the version they have.
    if (now < due || !m_nextCheckMs.compare_exchange_strong(due, now + m_checkIntervalMs))
        return;
    if (auto refreshed = refreshNow(); !refreshed)
        qCWarning(lcGateway) << "keeping the current policy version:" << refreshed.error().toString();
}

std::shared_ptr<const Enforcer> ActivePolicyEnforcer::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

std::shared_ptr<const Enforcer> ActivePolicyEnforcer::pinned() const
{
    refreshIfDue();
    return current();
}

// Callers that did not pin still get one consistent version per call.
Enforcement ActivePolicyEnforcer::evaluate(const EnforcementContext &context, const QJsonObject &body) const
{
    if (const auto enforcer = pinned())
        return enforcer->evaluate(context, body);
    Enforcement refused;
    refused.action = Action::Block;
    refused.message = u"no policy version is published, so nothing may pass"_s;
    return refused;
}

std::unique_ptr<StreamGuard> ActivePolicyEnforcer::streamGuard(const EnforcementContext &context) const
{
    const auto enforcer = pinned();
    return enforcer ? enforcer->streamGuard(context) : nullptr;
}

QStringList ActivePolicyEnforcer::allowedModels() const
{
    const auto enforcer = pinned();
    return enforcer ? enforcer->allowedModels() : QStringList();
}

QString ActivePolicyEnforcer::routeForModel(const QString &model) const
{
    const auto enforcer = pinned();
    return enforcer ? enforcer->routeForModel(model) : QString();
}

QString ActivePolicyEnforcer::policyHash() const
{
    const auto enforcer = pinned();
    return enforcer ? enforcer->policyHash() : QString();
}

FailureMode ActivePolicyEnforcer::defaultFailureMode() const
{
    const auto enforcer = pinned();
    return enforcer ? enforcer->defaultFailureMode() : FailureMode::Closed;
}

} // namespace custos
