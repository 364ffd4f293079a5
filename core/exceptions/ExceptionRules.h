#pragma once

#include "core/exceptions/ExceptionBook.h"
#include "core/policy/Policy.h"

#include <QReadWriteLock>

#include <optional>

namespace custos {

// What the enforced policy says about excepting each rule: its approvers and its default and
// maximum durations. The gateway swaps the policy in place when a new version is enforced, so
// decisions always follow the current version without a restart. The risk levels' pseudo-rule
// `watch:risk_level` is answered from the policy's watch: section. Thread-safe.
class ExceptionRules
{
public:
    ExceptionRules() = default;
    explicit ExceptionRules(const Policy &policy);

    void setPolicy(const Policy &policy);
    std::optional<ExceptionRulePolicy> rule(const QString &ruleId) const;
    QString policyHash() const; // empty while no policy is set
    bool hasPolicy() const;

    ExceptionBook::RulePolicyLookup lookup() const
    {
        return [this](const QString &ruleId) { return rule(ruleId); };
    }

private:
    mutable QReadWriteLock m_lock;
    std::optional<Policy> m_policy;
};

} // namespace custos
