#include "core/policy/PolicySourceRules.h"

#include "core/policy/RuleYamlWriter.h"

#include <yaml-cpp/yaml.h>

namespace custos {
namespace {

int indentOf(const QString &line)
{
    int column = 0;
    while (column < line.size() && line.at(column) == u' ')
        ++column;
    return column;
}

bool isBlankOrComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

// yaml-cpp marks an item's mapping at its first key; the dash may sit on that line or alone above.
int dashLineOf(const QStringList &lines, int keyLine)
{
    for (int line = keyLine; line >= 0; --line) {
        if (lines.at(line).trimmed().startsWith(u'-'))
            return line;
    }
    return keyLine;
}

} // namespace

PolicySourceRules::PolicySourceRules(const QString &source)
    : m_lines(source.split(u'\n'))
    , m_endsWithNewline(source.endsWith(u'\n'))
{
    if (m_endsWithNewline)
        m_lines.removeLast();
}

Result<PolicySourceRules> PolicySourceRules::locate(const QString &source)
{
    PolicySourceRules located(source);
    YAML::Node root;
    try {
        root = YAML::Load(source.toStdString());
    } catch (const YAML::Exception &exception) {
        return std::unexpected(
            Error{QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(exception.msg)), QString(),
                  exception.mark.line + 1, exception.mark.column + 1});
    }
    if (!root.IsMap())
        return located.m_lines.join(QString()).trimmed().isEmpty()
                   ? Result<PolicySourceRules>(located)
                   : std::unexpected(
                         Error{QStringLiteral("the policy is not a mapping of keys"), QString(), 1, 1});
    const YAML::Node rules = root["rules"];
    if (!rules)
        return located;
    for (int line = 0; line < located.m_lines.size(); ++line) {
        if (located.m_lines.at(line).startsWith(QStringLiteral("rules:"))) {
            located.m_rulesKeyLine = line;
            break;
        }
    }
    if (rules.IsNull())
        return located;
    if (!rules.IsSequence() || rules.Style() == YAML::EmitterStyle::Flow)
        return std::unexpected(
            Error{QStringLiteral("'rules' must be a block list (one '- id:' item per rule) to "
                                 "edit it in the form"),
                  QString(), rules.Mark().line + 1, rules.Mark().column + 1});
    std::vector<int> starts;
    for (std::size_t i = 0; i < rules.size(); ++i)
        starts.push_back(dashLineOf(located.m_lines, rules[i].Mark().line));
    if (!starts.empty())
        located.m_itemIndent = indentOf(located.m_lines.at(starts.front()));
    for (std::size_t i = 0; i < starts.size(); ++i) {
        int end = i + 1 < starts.size() ? starts[i + 1] : static_cast<int>(located.m_lines.size());
        if (i + 1 == starts.size()) {
            for (int line = starts[i] + 1; line < end; ++line) {
                const QString &text = located.m_lines.at(line);
                if (!isBlankOrComment(text) && indentOf(text) <= located.m_itemIndent) {
                    end = line;
                    break;
                }
            }
        }
        while (end - 1 > starts[i] && isBlankOrComment(located.m_lines.at(end - 1)))
            --end;
        located.m_spans.push_back(Span{starts[i], end - starts[i]});
    }
    return located;
}

int PolicySourceRules::indexAtLine(int line) const
{
    for (std::size_t i = 0; i < m_spans.size(); ++i) {
        if (line >= m_spans[i].firstLine && line < m_spans[i].firstLine + m_spans[i].lineCount)
            return static_cast<int>(i);
    }
    return -1;
}

QString PolicySourceRules::joined(const QStringList &lines) const
{
    return lines.join(u'\n') + (m_endsWithNewline || lines.isEmpty() ? QStringLiteral("\n") : QString());
}

QStringList PolicySourceRules::ruleLines(const PolicyRule &rule) const
{
    QStringList lines = RuleYamlWriter::write(rule, m_itemIndent).split(u'\n');
    lines.removeLast(); // the block ends with a newline
    return lines;
}

QStringList PolicySourceRules::linesOf(int index) const
{
    const Span where = span(index);
    return m_lines.mid(where.firstLine, where.lineCount);
}

QString PolicySourceRules::replaced(int index, const PolicyRule &rule) const
{
    const Span where = span(index);
    QStringList lines = m_lines;
    lines.remove(where.firstLine, where.lineCount);
    const QStringList replacement = ruleLines(rule);
    for (int i = 0; i < replacement.size(); ++i)
        lines.insert(where.firstLine + i, replacement.at(i));
    return joined(lines);
}

QString PolicySourceRules::appended(const PolicyRule &rule) const
{
    QStringList lines = m_lines;
    QStringList addition = ruleLines(rule);
    int at = 0;
    if (!m_spans.empty()) {
        at = m_spans.back().firstLine + m_spans.back().lineCount;
        addition.prepend(QString()); // rules are separated by a blank line, as in the starter policy
    } else if (m_rulesKeyLine >= 0) {
        lines[m_rulesKeyLine] = QStringLiteral("rules:");
        at = m_rulesKeyLine + 1;
    } else {
        if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
            lines.append(QString());
        lines.append(QStringLiteral("rules:"));
        at = static_cast<int>(lines.size());
    }
    for (int i = 0; i < addition.size(); ++i)
        lines.insert(at + i, addition.at(i));
    return joined(lines);
}

QString PolicySourceRules::removed(int index) const
{
    const Span where = span(index);
    QStringList lines = m_lines;
    lines.remove(where.firstLine, where.lineCount);
    // Keep one blank line between the neighbours, not two.
    if (where.firstLine < lines.size() && where.firstLine > 0 &&
        lines.at(where.firstLine).trimmed().isEmpty() && lines.at(where.firstLine - 1).trimmed().isEmpty())
        lines.remove(where.firstLine);
    return joined(lines);
}

QString PolicySourceRules::moved(int index, int delta) const
{
    const int other = index + delta;
    if (other < 0 || other >= count() || other == index)
        return joined(m_lines);
    const int first = std::min(index, other);
    const int second = std::max(index, other);
    const Span a = span(first);
    const Span b = span(second);
    QStringList lines = m_lines.mid(0, a.firstLine);
    lines += linesOf(second);
    lines += m_lines.mid(a.firstLine + a.lineCount, b.firstLine - a.firstLine - a.lineCount);
    lines += linesOf(first);
    lines += m_lines.mid(b.firstLine + b.lineCount);
    return joined(lines);
}

} // namespace custos
