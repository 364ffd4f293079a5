#include "core/policy/RuleYamlWriter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace custos {
namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void writeList(YAML::Emitter &out, const char *key, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &item : items)
        out << utf8(item);
    out << YAML::EndSeq;
}

// A literal block keeps a text exactly only when its first line sets the indentation, it ends
// without a newline (written as "|-") and no line is blank but for spaces; anything else is
// written double-quoted, which is always exact.
bool fitsLiteralBlock(const QString &text)
{
    if (text.startsWith(u' ') || text.endsWith(u'\n'))
        return false;
    const QStringList lines = text.split(u'\n');
    return std::ranges::none_of(
        lines, [](const QString &line) { return !line.isEmpty() && line.trimmed().isEmpty(); });
}

// Multi-line texts read best as literal blocks; short ones stay on the key's line. yaml-cpp
// writes "|", which reads back with a final newline; keys listed in `strip` get "|-" instead.
void writeText(YAML::Emitter &out, const char *key, const QString &text, QStringList &strip)
{
    if (text.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value;
    if (text.contains(u'\n')) {
        if (fitsLiteralBlock(text)) {
            out << YAML::Literal;
            strip.append(QLatin1StringView(key) + QStringLiteral(": |"));
        } else {
            out << YAML::DoubleQuoted;
        }
    }
    out << utf8(text);
}

void writeScope(YAML::Emitter &out, const RuleScope &scope)
{
    if (scope == RuleScope{})
        return;
    out << YAML::Key << "scope" << YAML::Value << YAML::BeginMap;
    writeList(out, "services", scope.services);
    writeList(out, "users", scope.users);
    writeList(out, "groups", scope.groups);
    writeList(out, "models", scope.models);
    writeList(out, "routes", scope.routes);
    out << YAML::EndMap;
}

void writeConditions(YAML::Emitter &out, const RuleConditions &conditions)
{
    if (conditions == RuleConditions{})
        return;
    out << YAML::Key << "conditions" << YAML::Value << YAML::BeginMap;
    writeList(out, "classes", conditions.classes);
    writeList(out, "detectors", conditions.detectors);
    if (conditions.minCount != 1)
        out << YAML::Key << "min_count" << YAML::Value << conditions.minCount;
    if (conditions.minSize != 0)
        out << YAML::Key << "min_size" << YAML::Value << conditions.minSize;
    if (conditions.maxSize)
        out << YAML::Key << "max_size" << YAML::Value << *conditions.maxSize;
    out << YAML::EndMap;
}

void writeOutcome(YAML::Emitter &out, const PolicyRule &rule, QStringList &strip)
{
    out << YAML::Key << "action" << YAML::Value << utf8(actionName(rule.action));
    if (rule.mode)
        out << YAML::Key << "mode" << YAML::Value << utf8(policyModeName(*rule.mode));
    writeText(out, "message", rule.message, strip);
    if (rule.redaction != RedactionStyle::Placeholder) {
        out << YAML::Key << "redaction" << YAML::Value << YAML::BeginMap << YAML::Key << "style"
            << YAML::Value << utf8(redactionStyleName(rule.redaction)) << YAML::EndMap;
    }
    if (!rule.route.isEmpty())
        out << YAML::Key << "route" << YAML::Value << utf8(rule.route);
    writeList(out, "approvers", rule.approvers);
    if (rule.exception != ExceptionLimits{}) {
        out << YAML::Key << "exception" << YAML::Value << YAML::BeginMap << YAML::Key << "default_hours"
            << YAML::Value << rule.exception.defaultHours << YAML::Key << "max_hours" << YAML::Value
            << rule.exception.maxHours << YAML::EndMap;
    }
    if (rule.failureMode)
        out << YAML::Key << "failure_mode" << YAML::Value << utf8(failureModeName(*rule.failureMode));
}

} // namespace

QString RuleYamlWriter::write(const PolicyRule &rule, int indent)
{
    YAML::Emitter out;
    out.SetIndent(2);
    QStringList strip;
    out << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << utf8(rule.id);
    writeText(out, "description", rule.description, strip);
    out << YAML::Key << "direction" << YAML::Value << utf8(directionName(rule.direction));
    writeScope(out, rule.scope);
    writeConditions(out, rule.conditions);
    writeOutcome(out, rule, strip);
    out << YAML::EndMap << YAML::EndSeq;

    const QString margin(indent, u' ');
    QStringList lines = QString::fromUtf8(out.c_str()).split(u'\n');
    // yaml-cpp indents the line after a block's last newline: drop such space-only tail lines.
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QString block;
    for (QString line : std::as_const(lines)) {
        if (strip.contains(line.trimmed().remove(QStringLiteral("- "))))
            line += u'-';
        block += (line.isEmpty() ? line : margin + line) + u'\n';
    }
    return block;
}

} // namespace custos
