#pragma once

#include "core/policy/EvaluationContext.h"
#include "core/policy/PolicyDocument.h"
#include "core/policy/detectors/DetectorSpec.h"

#include <QSet>

namespace custos {

// A rule ready for evaluation: its effective mode and failure mode resolved, its conditions as
// sets. Internal to the engine and the stream policy.
struct CompiledRule
{
    CompiledRule(const PolicyRule &source, PolicyMode policyMode, FailureMode policyFailureMode);

    const PolicyRule *rule = nullptr;
    bool monitorOnly = false; // an enforcing action that only flags, by rule or policy mode
    FailureMode failureMode = FailureMode::Closed;
    QSet<QString> classes;
    QSet<QString> detectors;

    bool counts(const DetectorHit &hit) const
    {
        return classes.contains(hit.dataClass) || detectors.contains(hit.detectorId);
    }
    bool inScope(const EvaluationContext &context) const;
    bool sizeFits(qint64 textBytes) const;
    bool enforcing() const { return !monitorOnly; }
};

} // namespace custos
