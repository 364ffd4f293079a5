#include "gateway/PolicyEnforcer.h"

#include "core/policy/PolicyEngine.h"
#include "core/policy/StreamPolicy.h"
#include "core/watch/ValueFingerprinter.h"

namespace custos {

namespace {

EvaluationContext toEvaluationContext(const EnforcementContext &context)
{
    return EvaluationContext{context.direction, context.api,   context.service, context.user,
                             context.groups,    context.model, context.route,   context.exemptRules};
}

InteractionHit hitForEvidence(const DetectorHit &hit, const QString &path, QString fingerprint = {})
{
    // The matched text stays out: the evidence keeps the payloads themselves, encrypted, where retention
    // and erasure can reach them. The fingerprint lets the watchers count distinct values without it.
    return InteractionHit{hit.detectorId, hit.dataClass,         path, hit.start, hit.end,
                          hit.confidence, std::move(fingerprint)};
}

// Adapts the engine's per-stream filter to the gateway's StreamGuard.
class PolicyStreamGuard : public StreamGuard
{
public:
    explicit PolicyStreamGuard(std::unique_ptr<StreamPolicy> policy)
        : m_policy(std::move(policy))
    {}

    StreamVerdict push(const QString &text) override { return verdict(m_policy->feed(text)); }
    StreamVerdict finish() override { return verdict(m_policy->finish()); }

private:
    StreamVerdict verdict(const StreamPolicy::Output &output) const
    {
        StreamVerdict result;
        result.text = output.text;
        result.blocked = output.blocked;
        if (output.hits.empty() && !output.blocked)
            return result;
        const Decision &decision = m_policy->decision();
        result.action = decision.action;
        result.rules = decision.ruleIds();
        result.message = decision.message;
        result.dataClasses = decision.dataClasses();
        for (const DetectorHit &hit : output.hits)
            result.hits.append(hitForEvidence(hit, QStringLiteral("$stream")));
        return result;
    }

    std::unique_ptr<StreamPolicy> m_policy;
};

} // namespace

PolicyEnforcer::PolicyEnforcer(std::shared_ptr<const PolicyEngine> engine,
                               std::shared_ptr<const ValueFingerprinter> fingerprinter,
                               std::shared_ptr<RiskLevelCache> riskLevels)
    : m_engine(std::move(engine))
    , m_fingerprinter(std::move(fingerprinter))
    , m_riskStep(std::move(riskLevels), m_engine->policy().document().watch)
{}

Enforcement PolicyEnforcer::evaluate(const EnforcementContext &context, const QJsonObject &body) const
{
    const Decision decision = m_engine->evaluate(toEvaluationContext(context), body);
    Enforcement enforcement;
    enforcement.action = decision.action;
    enforcement.rules = decision.ruleIds();
    enforcement.message = decision.message;
    enforcement.route = decision.action == Action::Reroute ? decision.route : QString();
    enforcement.bodyChanged = decision.action == Action::Redact && decision.transformedBody != body;
    enforcement.body = enforcement.bodyChanged ? decision.transformedBody : body;
    // Only what the caller sends out is counted by the watchers.
    const bool fingerprinted = m_fingerprinter && context.direction == Direction::Request;
    for (const PolicyHit &hit : decision.hits) {
        enforcement.hits.append(hitForEvidence(
            hit.hit, hit.path, fingerprinted ? m_fingerprinter->fingerprintOf(hit.hit) : QString()));
        if (!enforcement.detectors.contains(hit.hit.detectorId))
            enforcement.detectors.append(hit.hit.detectorId);
    }
    for (const FiredRule &rule : decision.rules) {
        if (!rule.monitorOnly && (rule.action == Action::Block || rule.action == Action::RequireException))
            enforcement.stoppingRules.append(rule.id);
    }
    enforcement.dataClasses = decision.dataClasses();
    enforcement.policyHash = decision.policyHash;
    enforcement.failureMode = decision.failOpen ? FailureMode::Open : FailureMode::Closed;
    enforcement.unreadable = decision.unreadable;
    m_riskStep.apply(context, enforcement);
    return enforcement;
}

std::unique_ptr<StreamGuard> PolicyEnforcer::streamGuard(const EnforcementContext &context) const
{
    return std::make_unique<PolicyStreamGuard>(m_engine->streamPolicy(toEvaluationContext(context)));
}

QStringList PolicyEnforcer::allowedModels() const
{
    return m_engine->allowedModels();
}

QString PolicyEnforcer::routeForModel(const QString &model) const
{
    const RouteSpec *route = m_engine->routeForModel(model);
    return route ? route->name : QString();
}

QString PolicyEnforcer::policyHash() const
{
    return m_engine->policyHash();
}

FailureMode PolicyEnforcer::defaultFailureMode() const
{
    return m_engine->policy().document().failureMode;
}

} // namespace custos
