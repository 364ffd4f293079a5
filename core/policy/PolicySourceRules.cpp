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
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == "rules")
            located.m_rulesKeyLine = it->first.Mark().line;
    }
    const YAML::Node rules = root["rules"];
    if (!rules || rules.IsNull() || (rules.IsSequence() && rules.size() == 0))
        return located;
    if (!rules.IsSequence() || rules.Style() == YAML::EmitterStyle::Flow)
        return std::unexpected(
            Error{QStringLiteral("'rules' must be a block list (one '- id:' item per rule) to "
                                 "edit it in the form"),
                  QString(), rules.Mark().line + 1, rules.Mark().column + 1});
    if (auto spans = located.findSpans(rules); !spans)
        return std::unexpected(spans.error());
    return located;
}

Result<void> PolicySourceRules::findSpans(const YAML::Node &rules)
{
    std::vector<int> starts;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const int start = dashLineOf(m_lines, rules[i].Mark().line);
        // An alias (- *name) is marked where its anchor is: the lines are not this item's own.
        if (!starts.empty() && start <= starts.back())
            return std::unexpected(
                Error{QStringLiteral("rule %1 is a YAML alias; edit it in the source").arg(i + 1), QString(),
                      rules[i].Mark().line + 1, rules[i].Mark().column + 1});
        starts.push_back(start);
    }
    if (!starts.empty())
        m_itemIndent = indentOf(m_lines.at(starts.front()));
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const int end = i + 1 < starts.size() ? starts[i + 1] : endOfLastItem(starts[i]);
        m_spans.push_back(Span{starts[i], trimmedEnd(starts[i], end) - starts[i]});
    }
    return {};
}

// The last item ends at the first line indented no deeper than its dash (the next top-level key).
int PolicySourceRules::endOfLastItem(int start) const
{
    for (int line = start + 1; line < m_lines.size(); ++line) {
        const QString &text = m_lines.at(line);
        if (!isBlankOrComment(text) && indentOf(text) <= m_itemIndent)
            return line;
    }
    return static_cast<int>(m_lines.size());
}

// Blank and comment lines at an item's end belong to what follows (a comment above the next rule).
int PolicySourceRules::trimmedEnd(int start, int end) const
{
    while (end - 1 > start && isBlankOrComment(m_lines.at(end - 1)))
        --end;
    return end;
}

// A rule moved or removed takes the comment lines written right above it along.
int PolicySourceRules::firstLineWithComments(int index) const
{
    const Span where = span(index);
    const int floor = index > 0 ? span(index - 1).firstLine + span(index - 1).lineCount : 0;
    int first = where.firstLine;
    while (first - 1 >= floor && m_lines.at(first - 1).trimmed().startsWith(u'#'))
        --first;
    return first;
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
    const int first = firstLineWithComments(index);
    const Span where = span(index);
    return m_lines.mid(first, where.firstLine + where.lineCount - first);
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
        // "rules:" with nothing after it, or an empty flow list: the items go below the key.
        lines[m_rulesKeyLine].replace(QStringLiteral("[]"), QString());
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
    const int first = firstLineWithComments(index);
    const Span where = span(index);
    QStringList lines = m_lines;
    lines.remove(first, where.firstLine + where.lineCount - first);
    // Keep one blank line between the neighbours, and none before the end of the file.
    const bool blankAfter = first >= lines.size() || lines.at(first).trimmed().isEmpty();
    if (first > 0 && blankAfter && lines.at(first - 1).trimmed().isEmpty())
        lines.remove(first - 1);
    return joined(lines);
}

QString PolicySourceRules::moved(int index, int delta) const
{
    const int other = index + delta;
    if (other < 0 || other >= count() || other == index)
        return joined(m_lines);
    const int first = std::min(index, other);
    const int second = std::max(index, other);
    const int aStart = firstLineWithComments(first);
    const int aEnd = span(first).firstLine + span(first).lineCount;
    const int bStart = firstLineWithComments(second);
    const int bEnd = span(second).firstLine + span(second).lineCount;
    QStringList lines = m_lines.mid(0, aStart);
    lines += linesOf(second);
    lines += m_lines.mid(aEnd, bStart - aEnd);
    lines += linesOf(first);
    lines += m_lines.mid(bEnd);
    return joined(lines);
}

} // namespace custos
