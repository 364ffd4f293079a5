#pragma once

#include "core/common/Error.h"
#include "core/policy/CompiledRule.h"
#include "core/policy/Decision.h"
#include "core/policy/EvaluationContext.h"
#include "core/policy/Policy.h"

#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace custos {

class DetectorSet;
class StreamPolicy;
struct TextLocation;
struct UnreadablePart;

// Evaluates requests and responses against one compiled policy version. Compile once, share the
// pointer; every const method is thread-safe.
//
// Precedence: every rule whose direction, scope and conditions match fires. The decision is the
// highest-ranking action among the rules that enforce:
//     block > require_exception > reroute > redact > monitor > allow.
// Among rules with the same action the first in file order decides (message, route). A rule in
// monitor mode (its own, or the policy's when it sets none) does not enforce: it is listed with
// monitorOnly set and makes the decision at least monitor. Nothing firing means allow. Redaction
// is applied only when the decision is redact, to every hit an enforcing redact rule counts.
class PolicyEngine : public std::enable_shared_from_this<PolicyEngine>
{
    struct Key
    {
    };

public:
    static Result<std::shared_ptr<const PolicyEngine>> compile(const Policy &policy);

    Decision evaluate(const EvaluationContext &context, const QJsonObject &body) const;
    // Evaluates one piece of text as if it were the only text of the body (custosctl scan).
    Decision evaluateText(const EvaluationContext &context, const QString &text) const;
    // A filter for one streamed response; context.direction is taken to be Response.
    std::unique_ptr<StreamPolicy> streamPolicy(const EvaluationContext &context) const;

    const Policy &policy() const { return m_policy; }
    const QString &policyHash() const { return m_policy.hash(); }
    const std::shared_ptr<const DetectorSet> &detectors() const { return m_detectors; }

    QStringList allowedModels() const;                          // every model of every route, sorted
    const RouteSpec *route(const QString &name) const;          // nullptr when unknown
    const RouteSpec *routeForModel(const QString &model) const; // the first route listing the model
    QStringList approvers(const QString &ruleId) const;
    std::optional<ExceptionLimits> exceptionLimits(const QString &ruleId) const;
    int retentionDays(const QString &service, const QStringList &dataClasses) const;

    // Internal, shared with StreamPolicy: the rules that fire for these hits and this much text,
    // and the decision they make (action, rules, message, route, failOpen).
    std::vector<const CompiledRule *> firingRules(const EvaluationContext &context,
                                                  const std::vector<PolicyHit> &hits, qint64 textBytes) const;
    void settle(Decision &decision, const std::vector<const CompiledRule *> &fired) const;
    // The redaction style for a hit, from the first enforcing redact rule that counts it.
    static std::optional<RedactionStyle> redactionFor(const DetectorHit &hit,
                                                      const std::vector<const CompiledRule *> &fired);
    static qint64 utf8Size(QStringView text);
    // True when some rule has a size condition, so a decision can change without new hits.
    bool hasSizeConditions() const { return m_hasSizeConditions; }

    PolicyEngine(Key, Policy policy, std::shared_ptr<const DetectorSet> detectors);

private:
    Decision evaluateLocations(const EvaluationContext &context, const QJsonObject &body,
                               const std::vector<TextLocation> &locations) const;
    QJsonObject redactBody(const QJsonObject &body, const std::vector<TextLocation> &locations,
                           const std::vector<std::size_t> &hitLocations, const Decision &decision,
                           const std::vector<const CompiledRule *> &fired) const;
    void refuseUnreadable(Decision &decision, const std::vector<UnreadablePart> &parts) const;

    Policy m_policy;
    std::shared_ptr<const DetectorSet> m_detectors;
    std::vector<CompiledRule> m_rules;
    bool m_hasSizeConditions = false;
};

} // namespace custos
