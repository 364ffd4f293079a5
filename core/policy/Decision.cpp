#include "core/policy/Decision.h"

namespace custos {

QStringList Decision::dataClasses() const
{
    QStringList classes;
    for (const PolicyHit &hit : hits)
        classes << hit.hit.dataClass;
    classes.sort();
    classes.removeDuplicates();
    return classes;
}

QStringList Decision::ruleIds() const
{
    QStringList ids;
    for (const FiredRule &rule : rules)
        ids << rule.id;
    return ids;
}

} // namespace custos
