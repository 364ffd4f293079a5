#include "core/surface/MonitorRules.h"

#include "core/publishing/PolicyVersions.h"

namespace custos {

MonitorRules::MonitorRules(EvidenceStore &store)
    : m_store(store)
{}

std::optional<Action> MonitorRules::wouldHave(const QString &policyHash, const QString &rule)
{
    if (policyHash.isEmpty())
        return std::nullopt;
    const RuleActions &rules = rulesOf(policyHash);
    const auto it = rules.constFind(rule);
    return it == rules.cend() ? std::nullopt : std::optional(*it);
}

const MonitorRules::RuleActions &MonitorRules::rulesOf(const QString &policyHash)
{
    const auto known = m_versions.constFind(policyHash);
    if (known != m_versions.cend())
        return *known;
    RuleActions monitored;
    // A version missing from the ledger (a store that never recorded it) has no would-haves.
    if (auto policy = PolicyVersions(m_store, nullptr).policy(policyHash)) {
        const PolicyDocument &document = policy->document();
        for (const PolicyRule &rule : document.rules) {
            if (rule.isMonitorOnly(document.mode))
                monitored.insert(rule.id, rule.action);
        }
    }
    return *m_versions.insert(policyHash, monitored);
}

} // namespace custos
