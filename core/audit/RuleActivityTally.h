#pragma once

#include "core/audit/RiskReportFacts.h"
#include "core/policy/InteractionPayload.h"
#include "core/policy/Policy.h"

#include <QHash>

#include <functional>
#include <optional>

namespace custos::audit {

// Counts, per rule, the interactions of the period it fired on, and of those the ones where it
// was monitor-only with a stronger action (what it would have enforced), reading each rule's mode
// and action from the policy version the interaction was decided under. finish() adds the active
// policy's rules that never fired (dead) and marks the rules ready to move to enforce.
class RuleActivityTally
{
public:
    // The policy of a version hash, or nullopt when the ledger holds no such version.
    using PolicyLookup = std::function<std::optional<Policy>(const QString &hash)>;

    explicit RuleActivityTally(PolicyLookup lookup);

    // Returns true when a monitor-only rule would have enforced on this interaction.
    bool add(const InteractionPayload &payload);
    void addExceptionRequest(const QStringList &rules);

    QList<RuleActivity> finish(const std::optional<Policy> &active) const;

    // The readiness criterion in words, as the report states it.
    static QString readyCriterion();
    // Whether `decision` holds a fingerprinted hit that `rule` counts (its detectors or classes).
    static bool hasValidatedHit(const PolicyRule &rule, const InteractionDecision &decision);

private:
    struct Counts
    {
        qint64 fired = 0;
        qint64 wouldHave = 0;
        qint64 unvalidated = 0;
        int exceptionsRequested = 0;
    };
    const std::optional<Policy> &policyOf(const QString &hash);
    static void judge(RuleActivity &row, const std::optional<Policy> &active);

    PolicyLookup m_lookup;
    QHash<QString, std::optional<Policy>> m_policies;
    QHash<QString, Counts> m_counts;
};

} // namespace custos::audit
