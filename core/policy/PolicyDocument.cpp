#include "core/policy/PolicyDocument.h"

namespace custos {

const RouteSpec *PolicyDocument::route(const QString &name) const
{
    for (const RouteSpec &candidate : routes) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const PolicyRule *PolicyDocument::rule(const QString &ruleId) const
{
    for (const PolicyRule &candidate : rules) {
        if (candidate.id == ruleId)
            return &candidate;
    }
    return nullptr;
}

SourcePosition PolicyDocument::positionOf(const QString &path) const
{
    // Fall back to the nearest recorded parent, so a message still points close to the problem.
    QString current = path;
    while (!current.isEmpty()) {
        if (const auto it = positions.constFind(current); it != positions.constEnd())
            return *it;
        const qsizetype cut = std::max(current.lastIndexOf(u'.'), current.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        current.truncate(cut);
    }
    return {};
}

} // namespace custos
