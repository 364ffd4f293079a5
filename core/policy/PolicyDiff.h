#pragma once

#include "core/policy/PolicyDocument.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <vector>

namespace custos {

// A change of one value, named by its dotted path in the canonical form ("conditions.min_count").
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
};

struct RuleChange
{
    QString ruleId;
    std::vector<FieldChange> fields; // "order" when the rule moved relative to the others
};

// What changed between two policy versions, in the policy's own terms: rules added, removed or
// changed (and which fields), plus metadata, routes and detectors. Never a line diff.
class PolicyDiff
{
public:
    static PolicyDiff between(const PolicyDocument &before, const PolicyDocument &after);

    QStringList rulesAdded;
    QStringList rulesRemoved;
    std::vector<RuleChange> rulesChanged;
    std::vector<FieldChange> metadata; // id, title, owner, mode, failure_mode, data_classes, retention...
    QStringList routesAdded;
    QStringList routesRemoved;
    std::vector<FieldChange> routesChanged; // field = "<route>.<field>"
    QStringList detectorsAdded;             // "custom:<id>", "disabled:<id>", "override:<id>"
    QStringList detectorsRemoved;
    std::vector<FieldChange> detectorsChanged;

    bool isEmpty() const;
    QJsonObject toJson() const;
    QString toText() const;

    // Leaf differences between two JSON values, each named "<prefix>.<key>..." (arrays compare whole).
    static void compare(const QJsonValue &before, const QJsonValue &after, const QString &prefix,
                        std::vector<FieldChange> &changes);
};

} // namespace custos
