#pragma once

#include "core/policy/PolicyTypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace custos {

class EvidenceStore;

// Which rules of each published policy version were in monitor mode, and what they would have
// done: a rule with an enforcing action (block, require_exception, redact, reroute) whose own mode,
// or the policy's, is monitor. Versions are read from the ledger (PolicyVersions) once each, the
// first time an interaction names them. Not thread-safe: one per query run.
class MonitorRules
{
public:
    explicit MonitorRules(EvidenceStore &store);

    // What `rule` would have done under the version `policyHash`, or nullopt when it was enforced,
    // only flagged, or the version is not in the ledger.
    std::optional<Action> wouldHave(const QString &policyHash, const QString &rule);

private:
    using RuleActions = QHash<QString, Action>;
    const RuleActions &rulesOf(const QString &policyHash);

    EvidenceStore &m_store;
    QHash<QString, RuleActions> m_versions;
};

} // namespace custos
