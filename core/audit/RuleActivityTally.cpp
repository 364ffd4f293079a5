#include "core/audit/RuleActivityTally.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace custos::audit {

RuleActivityTally::RuleActivityTally(PolicyLookup lookup)
    : m_lookup(std::move(lookup))
{}

QString RuleActivityTally::readyCriterion()
{
    return u"A rule is ready to move from monitor to enforce when it is monitor-only in the active policy "
           "with an action stronger than monitor, would have enforced on at least %1 interactions in the "
           "period, every one of those firings had a validated (fingerprinted) hit of its own detectors or "
           "classes, and no exception was requested for it in the period."_s.arg(
               RiskReportFacts::kReadyMinFirings);
}

bool RuleActivityTally::hasValidatedHit(const PolicyRule &rule, const InteractionDecision &decision)
{
    const auto &conditions = rule.conditions;
    return std::ranges::any_of(decision.hits, [&](const InteractionHit &hit) {
        return !hit.fingerprint.isEmpty() &&
               (conditions.detectors.contains(hit.detector) || conditions.classes.contains(hit.dataClass));
    });
}

const std::optional<Policy> &RuleActivityTally::policyOf(const QString &hash)
{
    auto it = m_policies.find(hash);
    if (it == m_policies.end())
        it = m_policies.insert(hash, hash.isEmpty() ? std::nullopt : m_lookup(hash));
    return *it;
}

bool RuleActivityTally::add(const InteractionPayload &payload)
{
    const std::optional<Policy> &policy = policyOf(payload.policyHash);
    // Per rule, once per interaction: did it fire, would it have enforced, and on a validated hit.
    QHash<QString, std::pair<bool, bool>> seen; // rule -> (would have, validated)
    for (const InteractionDecision &decision : payload.decisions) {
        for (const QString &ruleId : decision.rules) {
            auto &[wouldHave, validated] = seen[ruleId];
            const PolicyRule *rule = policy ? policy->rule(ruleId) : nullptr;
            if (rule && rule->isMonitorOnly(policy->document().mode)) {
                wouldHave = true;
                validated = validated || hasValidatedHit(*rule, decision);
            }
        }
    }
    bool anyWouldHave = false;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        Counts &counts = m_counts[it.key()];
        ++counts.fired;
        if (it->first) {
            anyWouldHave = true;
            ++counts.wouldHave;
            counts.unvalidated += it->second ? 0 : 1;
        }
    }
    return anyWouldHave;
}

void RuleActivityTally::addExceptionRequest(const QStringList &rules)
{
    for (const QString &rule : QSet<QString>(rules.cbegin(), rules.cend()))
        ++m_counts[rule].exceptionsRequested;
}

void RuleActivityTally::judge(RuleActivity &row, const std::optional<Policy> &active)
{
    const PolicyRule *rule = active ? active->rule(row.rule) : nullptr;
    row.inActivePolicy = rule != nullptr;
    if (!rule) {
        row.mode = u"not in the active policy"_s;
        return;
    }
    const bool monitorOnly = rule->isMonitorOnly(active->document().mode);
    row.mode = policyModeName(rule->mode.value_or(active->document().mode));
    row.action = actionName(rule->action);
    row.dead = row.fired == 0;
    row.ready = monitorOnly && row.wouldHave >= RiskReportFacts::kReadyMinFirings && row.unvalidated == 0 &&
                row.exceptionsRequested == 0;
}

QList<RuleActivity> RuleActivityTally::finish(const std::optional<Policy> &active) const
{
    QList<RuleActivity> rows;
    QSet<QString> listed;
    if (active) {
        for (const PolicyRule &rule : active->document().rules) {
            RuleActivity row;
            row.rule = rule.id;
            listed.insert(rule.id);
            rows.append(row);
        }
    }
    QStringList others;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        if (!listed.contains(it.key()) && it->fired > 0)
            others.append(it.key());
    std::ranges::sort(others);
    for (const QString &rule : std::as_const(others)) {
        RuleActivity row;
        row.rule = rule;
        rows.append(row);
    }
    for (RuleActivity &row : rows) {
        const Counts counts = m_counts.value(row.rule);
        row.fired = counts.fired;
        row.wouldHave = counts.wouldHave;
        row.unvalidated = counts.unvalidated;
        row.exceptionsRequested = counts.exceptionsRequested;
        judge(row, active);
    }
    return rows;
}

} // namespace custos::audit
