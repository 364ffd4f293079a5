#pragma once

#include "core/audit/RiskReportFacts.h"
#include "core/common/Error.h"
#include "core/policy/Policy.h"

#include <memory>
#include <optional>

namespace custos {
class EvidenceStore;
class Pseudonymiser;
class UserDirectory;
struct EvidenceEvent;
} // namespace custos

namespace custos::audit {

class BudgetRecommender;
class RuleActivityTally;
class WeeklyTrendTally;

// Gathers RiskReportFacts from a store for scope.from..scope.to: verifies the whole chain, reads
// every interaction of the period once (and, for the budget windows, the days before it), folds
// the exception and alert events, and judges the active policy's rules. Writes nothing (the
// fingerprint secret, which pseudonyms are keyed from, is made at its first use).
class RiskReportCollector
{
public:
    RiskReportCollector(EvidenceStore &store, std::shared_ptr<const UserDirectory> users);

    Result<RiskReportFacts> collect(const RiskReportScope &scope) const;

private:
    struct Passes;
    Result<std::optional<Policy>> activePolicy(RiskReportFacts &facts) const;
    void verify(RiskReportFacts &facts) const;
    Result<void> scanInteractions(const RiskReportFacts &facts, qint64 historyDays, Passes &passes) const;
    void addInteraction(const EvidenceEvent &event, const RiskReportFacts &facts, Passes &passes) const;
    Result<void> foldExceptions(RiskReportFacts &facts, Passes &passes, const std::optional<Pseudonymiser> &names) const;
    Result<void> foldAlerts(RiskReportFacts &facts, Passes &passes, const std::optional<Pseudonymiser> &names) const;
    std::optional<Policy> policyOfVersion(const QString &hash) const;

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
};

} // namespace custos::audit
