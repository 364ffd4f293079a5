#pragma once

#include "core/audit/RiskReportFacts.h"
#include "core/common/Error.h"
#include "core/policy/Policy.h"

#include <functional>
#include <memory>
#include <optional>

namespace custos {
class EvidenceStore;
class UserDirectory;
struct EvidenceEvent;
} // namespace custos

namespace custos::audit {

class BudgetRecommender;
class RuleActivityTally;
class WeeklyTrendTally;

// Gathers RiskReportFacts from a store for scope.from..scope.to: verifies the whole chain, reads
// every interaction of the period once (and, for the budget windows, the days before it), folds
// the exception and alert events, and judges the active policy's rules. Read-only. People are
// named through `personName`, which the caller sets to the dashboard's pseudonyms when the report
// is pseudonymised (core/surface's Pseudonymiser), so both name a person alike.
class RiskReportCollector
{
public:
    using PersonName = std::function<QString(const QString &name)>;

    RiskReportCollector(EvidenceStore &store, std::shared_ptr<const UserDirectory> users,
                        PersonName personName = {});

    Result<RiskReportFacts> collect(const RiskReportScope &scope) const;

private:
    struct Passes;
    Result<std::optional<Policy>> activePolicy(RiskReportFacts &facts) const;
    void verify(RiskReportFacts &facts) const;
    Result<void> scanInteractions(const RiskReportFacts &facts, qint64 historyDays, Passes &passes) const;
    void addInteraction(const EvidenceEvent &event, const RiskReportFacts &facts, Passes &passes) const;
    Result<void> foldExceptions(RiskReportFacts &facts, Passes &passes, const PersonName &names) const;
    Result<void> foldAlerts(RiskReportFacts &facts, Passes &passes, const PersonName &names) const;
    std::optional<Policy> policyOfVersion(const QString &hash) const;

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
    PersonName m_personName;
};

} // namespace custos::audit
