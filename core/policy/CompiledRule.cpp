#include "core/policy/CompiledRule.h"

namespace custos {
namespace {

bool matchesOne(const QStringList &patterns, const QString &value)
{
    if (patterns.isEmpty())
        return true;
    for (const QString &pattern : patterns) {
        if (pattern.endsWith(u'*') ? value.startsWith(QStringView(pattern).chopped(1)) : value == pattern)
            return true;
    }
    return false;
}

bool matchesAny(const QStringList &patterns, const QStringList &values)
{
    if (patterns.isEmpty())
        return true;
    for (const QString &value : values) {
        if (matchesOne(patterns, value))
            return true;
    }
    return false;
}

} // namespace

CompiledRule::CompiledRule(const PolicyRule &source, PolicyMode policyMode, FailureMode policyFailureMode)
    : rule(&source)
    , monitorOnly(source.isMonitorOnly(policyMode))
    , failureMode(source.failureMode.value_or(policyFailureMode))
    , classes(source.conditions.classes.cbegin(), source.conditions.classes.cend())
    , detectors(source.conditions.detectors.cbegin(), source.conditions.detectors.cend())
{}

bool CompiledRule::inScope(const EvaluationContext &context) const
{
    const RuleScope &scope = rule->scope;
    return rule->direction == context.direction && matchesOne(scope.services, context.service) &&
           matchesOne(scope.users, context.user) && matchesAny(scope.groups, context.groups) &&
           matchesOne(scope.models, context.model) && matchesOne(scope.routes, context.route);
}

bool CompiledRule::sizeFits(qint64 textBytes) const
{
    const RuleConditions &conditions = rule->conditions;
    return textBytes >= conditions.minSize && (!conditions.maxSize || textBytes <= *conditions.maxSize);
}

} // namespace custos
