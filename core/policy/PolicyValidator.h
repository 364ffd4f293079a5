#pragma once

#include "core/policy/PolicyDocument.h"
#include "core/policy/YamlReader.h"

namespace custos {

// Checks what a parsed policy means: detectors and classes that exist, patterns RE2 accepts, routes
// that resolve, approvers where exceptions need them, rules that can fire, ids given once. Every
// problem is reported, each at the place in the YAML it is about.
class PolicyValidator
{
public:
    static PolicyErrors validate(const PolicyDocument &document);
};

} // namespace custos
