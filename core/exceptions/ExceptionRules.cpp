#include "core/exceptions/ExceptionRules.h"

namespace custos {

ExceptionRules::ExceptionRules(const Policy &policy)
    : m_policy(policy)
{}

void ExceptionRules::setPolicy(const Policy &policy)
{
    QWriteLocker locker(&m_lock);
    m_policy = policy;
}

std::optional<ExceptionRulePolicy> ExceptionRules::rule(const QString &ruleId) const
{
    QReadLocker locker(&m_lock);
    if (!m_policy)
        return std::nullopt;
    if (ruleId == WatchSettings::kRiskLevelRule) {
        // The pseudo-rule of risk levels (gateway/RiskLevelStep): its approvers are the watch:
        // section's, and an exception to it lasts no longer than a risk level does.
        const WatchSettings &watch = m_policy->document().watch;
        return ExceptionRulePolicy{watch.riskLevelApprovers, 24, watch.riskLevelDays * 24, false, {}};
    }
    const PolicyRule *rule = m_policy->rule(ruleId);
    if (!rule)
        return std::nullopt;
    ExceptionScope reach;
    reach.users = rule->scope.users;
    reach.services = rule->scope.services;
    reach.models = rule->scope.models;
    reach.routes = rule->scope.routes;
    reach.dataClasses = rule->conditions.classes;
    reach.detectors = rule->conditions.detectors;
    // The policy format has no single-use switch yet; approvers can still grant single use.
    return ExceptionRulePolicy{rule->approvers, rule->exception.defaultHours, rule->exception.maxHours, false,
                               reach};
}

QString ExceptionRules::policyHash() const
{
    QReadLocker locker(&m_lock);
    return m_policy ? m_policy->hash() : QString();
}

bool ExceptionRules::hasPolicy() const
{
    QReadLocker locker(&m_lock);
    return m_policy.has_value();
}

} // namespace custos
