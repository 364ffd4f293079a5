#pragma once

#include "core/policy/PolicyDocument.h"

#include <QString>

namespace custos {

// Writes one rule as a risk officer would by hand: a sequence item holding only the keys that
// differ from their defaults, in the order the starter policy uses, lists in flow style. The
// visual editor writes rules through it, so a form edit shows up as a small, reviewable diff.
class RuleYamlWriter
{
public:
    // The item starts with "- " at `indent` spaces; every line ends with '\n'.
    static QString write(const PolicyRule &rule, int indent = 2);
};

} // namespace custos
