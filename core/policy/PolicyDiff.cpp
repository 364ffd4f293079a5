#include "core/policy/PolicyDiff.h"

#include "core/policy/PolicyCanonical.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace custos {
namespace {

QString joinPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

// Keyed collections (rules by id, routes by name, ...) compared member by member.
void compareKeyed(const QJsonObject &before, const QJsonObject &after, const QString &label,
                  QStringList &added, QStringList &removed, std::vector<FieldChange> &changed)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            added << label + it.key();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            removed << label + it.key();
        else
            PolicyDiff::compare(it.value(), after.value(it.key()), label + it.key(), changed);
    }
}

QJsonObject detectorEntries(const QJsonObject &detectors)
{
    QJsonObject entries;
    for (const QJsonValue &value : detectors.value(QStringLiteral("custom")).toArray())
        entries.insert(QStringLiteral("custom:") + value[QStringLiteral("id")].toString(), value);
    for (const QJsonValue &value : detectors.value(QStringLiteral("disable")).toArray())
        entries.insert(QStringLiteral("disabled:") + value.toString(), true);
    const QJsonObject overrides = detectors.value(QStringLiteral("override")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        entries.insert(QStringLiteral("override:") + it.key(), it.value());
    return entries;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("(none)");
}

QJsonArray changesToJson(const std::vector<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes)
        array.append(QJsonObject{{QStringLiteral("field"), change.field},
                                 {QStringLiteral("before"), change.before},
                                 {QStringLiteral("after"), change.after}});
    return array;
}

void appendChanges(QString &text, const std::vector<FieldChange> &changes, const QString &indent)
{
    for (const FieldChange &change : changes)
        text += indent + change.field + QStringLiteral(": ") + valueText(change.before) +
                QStringLiteral(" -> ") + valueText(change.after) + u'\n';
}

// Rules whose place among the rules both versions share has moved; order decides ties.
QSet<QString> movedRules(const QStringList &beforeOrder, const QStringList &afterOrder)
{
    QStringList commonBefore, commonAfter;
    for (const QString &id : beforeOrder) {
        if (afterOrder.contains(id))
            commonBefore << id;
    }
    for (const QString &id : afterOrder) {
        if (beforeOrder.contains(id))
            commonAfter << id;
    }
    QSet<QString> moved;
    for (qsizetype i = 0; i < commonBefore.size(); ++i) {
        if (commonBefore.at(i) != commonAfter.at(i))
            moved.insert(commonBefore.at(i));
    }
    return moved;
}

} // namespace

void PolicyDiff::compare(const QJsonValue &before, const QJsonValue &after, const QString &prefix,
                         std::vector<FieldChange> &changes)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : keys)
            compare(a.value(key), b.value(key), joinPath(prefix, key), changes);
        return;
    }
    if (before != after)
        changes.push_back(FieldChange{prefix, before, after});
}

PolicyDiff PolicyDiff::between(const PolicyDocument &before, const PolicyDocument &after)
{
    PolicyDiff diff;
    QJsonObject a = PolicyCanonical::toJson(before);
    QJsonObject b = PolicyCanonical::toJson(after);

    QStringList orderBefore, orderAfter;
    for (const PolicyRule &rule : before.rules)
        orderBefore << rule.id;
    for (const PolicyRule &rule : after.rules)
        orderAfter << rule.id;
    const QSet<QString> moved = movedRules(orderBefore, orderAfter);
    for (const PolicyRule &rule : after.rules) {
        if (!before.rule(rule.id))
            diff.rulesAdded << rule.id;
    }
    for (const PolicyRule &rule : before.rules) {
        const PolicyRule *counterpart = after.rule(rule.id);
        if (!counterpart) {
            diff.rulesRemoved << rule.id;
            continue;
        }
        RuleChange change{rule.id, {}};
        compare(PolicyCanonical::ruleToJson(rule), PolicyCanonical::ruleToJson(*counterpart), {},
                change.fields);
        if (moved.contains(rule.id))
            change.fields.push_back(FieldChange{QStringLiteral("order"), orderBefore.indexOf(rule.id) + 1,
                                                orderAfter.indexOf(rule.id) + 1});
        if (!change.fields.empty())
            diff.rulesChanged.push_back(std::move(change));
    }

    compareKeyed(a.value(QStringLiteral("routes")).toObject(), b.value(QStringLiteral("routes")).toObject(),
                 {}, diff.routesAdded, diff.routesRemoved, diff.routesChanged);
    compareKeyed(detectorEntries(a.value(QStringLiteral("detectors")).toObject()),
                 detectorEntries(b.value(QStringLiteral("detectors")).toObject()), {}, diff.detectorsAdded,
                 diff.detectorsRemoved, diff.detectorsChanged);

    for (const QString &handled :
         {QStringLiteral("rules"), QStringLiteral("routes"), QStringLiteral("detectors")}) {
        a.remove(handled);
        b.remove(handled);
    }
    compare(a, b, {}, diff.metadata);
    return diff;
}

bool PolicyDiff::isEmpty() const
{
    return rulesAdded.isEmpty() && rulesRemoved.isEmpty() && rulesChanged.empty() && metadata.empty() &&
           routesAdded.isEmpty() && routesRemoved.isEmpty() && routesChanged.empty() &&
           detectorsAdded.isEmpty() && detectorsRemoved.isEmpty() && detectorsChanged.empty();
}

QJsonObject PolicyDiff::toJson() const
{
    QJsonArray changedRules;
    for (const RuleChange &change : rulesChanged)
        changedRules.append(QJsonObject{{QStringLiteral("id"), change.ruleId},
                                        {QStringLiteral("fields"), changesToJson(change.fields)}});
    return QJsonObject{{QStringLiteral("identical"), isEmpty()},
                       {QStringLiteral("rules"),
                        QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(rulesAdded)},
                                    {QStringLiteral("removed"), QJsonArray::fromStringList(rulesRemoved)},
                                    {QStringLiteral("changed"), changedRules}}},
                       {QStringLiteral("metadata"), changesToJson(metadata)},
                       {QStringLiteral("routes"),
                        QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(routesAdded)},
                                    {QStringLiteral("removed"), QJsonArray::fromStringList(routesRemoved)},
                                    {QStringLiteral("changed"), changesToJson(routesChanged)}}},
                       {QStringLiteral("detectors"),
                        QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(detectorsAdded)},
                                    {QStringLiteral("removed"), QJsonArray::fromStringList(detectorsRemoved)},
                                    {QStringLiteral("changed"), changesToJson(detectorsChanged)}}}};
}

QString PolicyDiff::toText() const
{
    if (isEmpty())
        return QStringLiteral("The policies are identical.\n");
    QString text;
    for (const QString &id : rulesAdded)
        text += QStringLiteral("+ rule ") + id + u'\n';
    for (const QString &id : rulesRemoved)
        text += QStringLiteral("- rule ") + id + u'\n';
    for (const RuleChange &change : rulesChanged) {
        text += QStringLiteral("~ rule ") + change.ruleId + u'\n';
        appendChanges(text, change.fields, QStringLiteral("    "));
    }
    for (const QString &name : routesAdded)
        text += QStringLiteral("+ route ") + name + u'\n';
    for (const QString &name : routesRemoved)
        text += QStringLiteral("- route ") + name + u'\n';
    appendChanges(text, routesChanged, QStringLiteral("~ route "));
    for (const QString &name : detectorsAdded)
        text += QStringLiteral("+ detector ") + name + u'\n';
    for (const QString &name : detectorsRemoved)
        text += QStringLiteral("- detector ") + name + u'\n';
    appendChanges(text, detectorsChanged, QStringLiteral("~ detector "));
    appendChanges(text, metadata, QStringLiteral("~ "));
    return text;
}

} // namespace custos
