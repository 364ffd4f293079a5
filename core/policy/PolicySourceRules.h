#pragma once

#include "core/common/Error.h"
#include "core/policy/PolicyDocument.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace YAML {
class Node;
}

namespace custos {

// Where each rule sits in a policy's YAML source, and edits that rewrite one rule's lines while
// leaving every other byte (comments, layout, the other rules) as its author wrote it. This is how
// the visual editor's form and the source view stay in step without reformatting the file.
class PolicySourceRules
{
public:
    // The lines of one rule item, 0-based; trailing blank and comment lines belong to what follows.
    struct Span
    {
        int firstLine = 0;
        int lineCount = 0;
    };

    // Fails when the YAML is malformed or the rules are not a block sequence; the error says where.
    static Result<PolicySourceRules> locate(const QString &source);

    int count() const { return static_cast<int>(m_spans.size()); }
    Span span(int index) const { return m_spans.at(static_cast<std::size_t>(index)); }
    // The rule whose lines hold a 0-based line, or -1.
    int indexAtLine(int line) const;

    QString replaced(int index, const PolicyRule &rule) const;
    QString appended(const PolicyRule &rule) const;
    QString removed(int index) const;
    // Swaps a rule with its neighbour (delta -1 or +1); order matters, the first rule decides ties.
    QString moved(int index, int delta) const;

private:
    explicit PolicySourceRules(const QString &source);
    Result<void> findSpans(const YAML::Node &rules);
    int endOfLastItem(int start) const;
    int trimmedEnd(int start, int end) const;
    int firstLineWithComments(int index) const;
    QString joined(const QStringList &lines) const;
    QStringList ruleLines(const PolicyRule &rule) const;
    QStringList linesOf(int index) const;

    QStringList m_lines;
    bool m_endsWithNewline = true;
    std::vector<Span> m_spans;
    int m_itemIndent = 2;
    int m_rulesKeyLine = -1; // -1: the source has no rules key
};

} // namespace custos
