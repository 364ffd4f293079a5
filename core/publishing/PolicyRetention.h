#pragma once

#include "core/evidence/RetentionRules.h"
#include "core/policy/PolicyDocument.h"

namespace custos {

// The ledger's retention rules as a policy's `retention:` section states them.
inline RetentionRules retentionRulesOf(const RetentionSettings &settings)
{
    RetentionRules rules;
    rules.defaultDays = settings.defaultDays;
    rules.serviceDays = settings.services;
    rules.dataClassDays = settings.classes;
    return rules;
}

} // namespace custos
