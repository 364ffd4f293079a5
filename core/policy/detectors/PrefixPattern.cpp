#include "core/policy/detectors/PrefixPattern.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace custos {

namespace {

struct Node
{
    enum Type { Atom, Assert, Flags, Group, Concat, Alternation, Repeat };
    Type type = Atom;
    std::string text; // the atom, assertion or flags; a group's opener such as "(?i:"
    std::vector<Node> children;
    int min = 0;
    int max = -1; // -1: unbounded
};

class Parser
{
public:
    explicit Parser(std::string_view pattern)
        : m_p(pattern)
    {}

    std::optional<Node> parse()
    {
        Node root = alternation();
        if (m_failed || m_i != m_p.size())
            return std::nullopt;
        return root;
    }

private:
    bool atEnd() const { return m_i >= m_p.size(); }
    char peek(std::size_t ahead = 0) const { return m_i + ahead < m_p.size() ? m_p[m_i + ahead] : '\0'; }

    Node alternation()
    {
        Node alt{Node::Alternation, {}, {}, 0, -1};
        alt.children.push_back(concatenation());
        while (!m_failed && peek() == '|') {
            ++m_i;
            alt.children.push_back(concatenation());
        }
        return alt.children.size() == 1 ? std::move(alt.children.front()) : alt;
    }

    Node concatenation()
    {
        Node concat{Node::Concat, {}, {}, 0, -1};
        while (!m_failed && !atEnd() && peek() != '|' && peek() != ')')
            concat.children.push_back(repeated(atom()));
        return concat;
    }

    Node repeated(Node node)
    {
        while (!m_failed && !atEnd()) {
            int min = 0;
            int max = -1;
            const char c = peek();
            if (c == '*') {
                ++m_i;
            } else if (c == '+') {
                min = 1;
                ++m_i;
            } else if (c == '?') {
                max = 1;
                ++m_i;
            } else if (c == '{' && counted(min, max)) {
            } else {
                break;
            }
            if (peek() == '?')
                ++m_i; // lazy: same language
            node = Node{Node::Repeat, {}, {std::move(node)}, min, max};
        }
        return node;
    }

    // {n}, {n,} or {n,m}; anything else is a literal brace, as in RE2.
    bool counted(int &min, int &max)
    {
        std::size_t j = m_i + 1;
        const auto number = [&](int &out) {
            const std::size_t start = j;
            out = 0;
            while (j < m_p.size() && m_p[j] >= '0' && m_p[j] <= '9')
                out = out * 10 + (m_p[j++] - '0');
            return j > start;
        };
        if (!number(min))
            return false;
        max = min;
        if (j < m_p.size() && m_p[j] == ',') {
            ++j;
            if (!number(max))
                max = -1;
        }
        if (j >= m_p.size() || m_p[j] != '}')
            return false;
        m_i = j + 1;
        return true;
    }

    Node atom()
    {
        const char c = peek();
        if (c == '(')
            return group();
        if (c == '[')
            return characterClass();
        if (c == '\\')
            return escape();
        if (c == '^' || c == '$') {
            ++m_i;
            return Node{Node::Assert, std::string(1, c), {}, 0, -1};
        }
        // One UTF-8 character, so a quantifier after it applies to all of it.
        std::size_t length = 1;
        while (m_i + length < m_p.size() && (static_cast<unsigned char>(m_p[m_i + length]) & 0xC0) == 0x80)
            ++length;
        Node node{Node::Atom, std::string(m_p.substr(m_i, length)), {}, 0, -1};
        m_i += length;
        return node;
    }

    Node group()
    {
        std::string opener = "(?:";
        if (m_p.substr(m_i).starts_with("(?P<") || m_p.substr(m_i).starts_with("(?<")) {
            const std::size_t close = m_p.find('>', m_i);
            if (close == std::string_view::npos)
                return fail();
            m_i = close + 1;
        } else if (m_p.substr(m_i).starts_with("(?")) {
            std::size_t j = m_i + 2;
            while (j < m_p.size() && m_p[j] != ')' && m_p[j] != ':')
                ++j;
            if (j >= m_p.size())
                return fail();
            if (m_p[j] == ')') { // (?flags): applies to the rest of the enclosing group
                Node flags{Node::Flags, std::string(m_p.substr(m_i, j + 1 - m_i)), {}, 0, -1};
                m_i = j + 1;
                return flags;
            }
            opener = std::string(m_p.substr(m_i, j + 1 - m_i));
            m_i = j + 1;
        } else {
            ++m_i;
        }
        Node inner = alternation();
        if (peek() != ')')
            return fail();
        ++m_i;
        return Node{Node::Group, opener, {std::move(inner)}, 0, -1};
    }

    Node characterClass()
    {
        std::size_t j = m_i + 1;
        if (j < m_p.size() && m_p[j] == '^')
            ++j;
        if (j < m_p.size() && m_p[j] == ']')
            ++j;
        while (j < m_p.size() && m_p[j] != ']') {
            if (m_p[j] == '\\') {
                j = escapeEnd(j);
            } else if (m_p.substr(j).starts_with("[:")) {
                const std::size_t close = m_p.find(":]", j + 2);
                j = close == std::string_view::npos ? m_p.size() : close + 2;
            } else {
                ++j;
            }
        }
        if (j >= m_p.size())
            return fail();
        Node node{Node::Atom, std::string(m_p.substr(m_i, j + 1 - m_i)), {}, 0, -1};
        m_i = j + 1;
        return node;
    }

    // The end of the escape sequence starting at j (a backslash).
    std::size_t escapeEnd(std::size_t j) const
    {
        if (j + 1 >= m_p.size())
            return m_p.size();
        const char kind = m_p[j + 1];
        if ((kind == 'p' || kind == 'P' || kind == 'x') && j + 2 < m_p.size() && m_p[j + 2] == '{') {
            const std::size_t close = m_p.find('}', j + 2);
            return close == std::string_view::npos ? m_p.size() : close + 1;
        }
        if (kind == 'p' || kind == 'P')
            return std::min(m_p.size(), j + 3);
        if (kind == 'x')
            return std::min(m_p.size(), j + 4);
        return j + 2;
    }

    Node escape()
    {
        const char kind = peek(1);
        if (kind == 'b' || kind == 'B' || kind == 'A' || kind == 'z') {
            m_i += 2;
            return Node{Node::Assert, std::string{'\\', kind}, {}, 0, -1};
        }
        if (kind == 'Q') { // \Q...\E: every character literal
            Node concat{Node::Concat, {}, {}, 0, -1};
            m_i += 2;
            while (!atEnd() && !m_p.substr(m_i).starts_with("\\E")) {
                const char c = m_p[m_i++];
                const bool word = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                concat.children.push_back(
                    Node{Node::Atom, word ? std::string(1, c) : std::string{'\\', c}, {}, 0, -1});
            }
            if (!atEnd())
                m_i += 2;
            return concat;
        }
        const std::size_t end = escapeEnd(m_i);
        Node node{Node::Atom, std::string(m_p.substr(m_i, end - m_i)), {}, 0, -1};
        m_i = end;
        return node;
    }

    Node fail()
    {
        m_failed = true;
        m_i = m_p.size();
        return {};
    }

    std::string_view m_p;
    std::size_t m_i = 0;
    bool m_failed = false;
};

std::string serialize(const Node &node);

std::string serializeChildren(const Node &node, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        if (i > 0)
            out += separator;
        out += serialize(node.children[i]);
    }
    return out;
}

std::string quantifier(int min, int max)
{
    if (max < 0)
        return min == 0 ? "*" : "{" + std::to_string(min) + ",}";
    return "{" + std::to_string(min) + "," + std::to_string(max) + "}";
}

std::string serialize(const Node &node)
{
    switch (node.type) {
    case Node::Atom:
    case Node::Assert:
    case Node::Flags:
        return node.text;
    case Node::Group:
        return node.text + serialize(node.children.front()) + ")";
    case Node::Concat:
        return serializeChildren(node, "");
    case Node::Alternation:
        return "(?:" + serializeChildren(node, "|") + ")";
    case Node::Repeat:
        return "(?:" + serialize(node.children.front()) + ")" + quantifier(node.min, node.max);
    }
    return {};
}

std::string prefix(const Node &node);

std::string prefixOfSequence(const std::vector<Node> &items, std::size_t from)
{
    if (from >= items.size())
        return {};
    const Node &item = items[from];
    const std::string rest = prefixOfSequence(items, from + 1);
    if (item.type == Node::Flags)
        return item.text + rest;
    if (from + 1 == items.size())
        return prefix(item);
    return "(?:" + prefix(item) + "|" + serialize(item) + rest + ")";
}

std::string prefix(const Node &node)
{
    switch (node.type) {
    case Node::Atom:
        return "(?:" + node.text + ")?";
    case Node::Assert:
        return {};
    case Node::Flags:
        return node.text;
    case Node::Group:
        return "(?" + node.text.substr(2, node.text.size() - 3) + ":" + prefix(node.children.front()) + ")";
    case Node::Concat:
        return "(?:" + prefixOfSequence(node.children, 0) + ")";
    case Node::Alternation: {
        std::string out = "(?:";
        for (std::size_t i = 0; i < node.children.size(); ++i)
            out += (i > 0 ? "|" : "") + prefix(node.children[i]);
        return out + ")";
    }
    case Node::Repeat: {
        if (node.max == 0)
            return {};
        const std::string body = "(?:" + serialize(node.children.front()) + ")";
        std::string head = body + "*";
        if (node.max == 1)
            head.clear();
        else if (node.max > 1)
            head = body + "{0," + std::to_string(node.max - 1) + "}";
        return "(?:" + head + prefix(node.children.front()) + ")";
    }
    }
    return {};
}

} // namespace

std::string prefixClosurePattern(std::string_view pattern)
{
    const std::optional<Node> root = Parser(pattern).parse();
    if (!root)
        return {};
    return prefix(*root);
}

namespace {

// Is the atom a class of digits and separators, one that can match a space but no letter
// ([\d\- .()/], how numbers are grouped)? A repeat of it may run through a whole list of numbers
// in prose.
bool isSpacedNumberClass(std::string_view atom)
{
    const auto has = [&](std::string_view what) { return atom.find(what) != std::string_view::npos; };
    if (!atom.starts_with('[') || atom.starts_with("[^") || !(has(" ") || has("\\s")))
        return false;
    for (std::string_view letters : {"a-", "A-", "\\w", "\\S", "\\W", "\\D", "\\p", "[:"})
        if (has(letters))
            return false;
    return std::ranges::none_of(atom, [](char c) {
        return (c >= 'a' && c <= 'z' && c != 's' && c != 'd') || (c >= 'A' && c <= 'Z');
    });
}

std::string relax(std::string_view pattern, int cap, int keepUpTo, int keepSpacedUpTo)
{
    std::string out;
    out.reserve(pattern.size());
    bool inClass = false;
    std::size_t atomStart = 0;            // in out: where the last complete atom begins
    std::vector<std::size_t> groupStarts; // in out: the open groups' '('
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            if (!inClass)
                atomStart = out.size();
            out += pattern.substr(i, 2);
            ++i;
            continue;
        }
        if (inClass) {
            inClass = c != ']' || out.back() == '[' || out.ends_with("[^");
            out += c;
            continue;
        }
        if (c == '[') {
            inClass = true;
            atomStart = out.size();
            out += c;
            continue;
        }
        if (c == '(' || c == ')') {
            if (c == '(') {
                groupStarts.push_back(out.size());
            } else if (!groupStarts.empty()) {
                atomStart = groupStarts.back();
                groupStarts.pop_back();
            }
            out += c;
            continue;
        }
        std::size_t close = pattern.find('}', i);
        const std::string_view inside =
            close == std::string_view::npos ? std::string_view() : pattern.substr(i + 1, close - i - 1);
        const bool repeat = c == '{' && !inside.empty() &&
                            inside.find_first_not_of("0123456789,") == std::string_view::npos &&
                            inside.front() != ',' && std::ranges::count(inside, ',') <= 1;
        if (!repeat) {
            if (c != '*' && c != '+' && c != '?' && c != '|')
                atomStart = out.size();
            out += c;
            continue;
        }
        const std::size_t comma = inside.find(',');
        const int least = std::stoi(std::string(inside.substr(0, comma)));
        const bool bounded = comma == std::string_view::npos || comma + 1 < inside.size();
        const int most = !bounded                          ? -1
                         : comma == std::string_view::npos ? least
                                                           : std::stoi(std::string(inside.substr(comma + 1)));
        const bool keep =
            bounded && most <= keepSpacedUpTo && isSpacedNumberClass(std::string_view(out).substr(atomStart));
        if ((bounded && most <= keepUpTo) || keep) {
            out += pattern.substr(i, close - i + 1);
            i = close;
            continue;
        }
        out += least == 0 || cap == 0 ? std::string("*") : "{" + std::to_string(std::min(least, cap)) + ",}";
        i = close;
    }
    return out;
}

} // namespace

std::string relaxedRepeats(std::string_view pattern, int cap, int keepUpTo)
{
    return relax(pattern, cap, keepUpTo, -1);
}

std::string relaxedTokenRepeats(std::string_view pattern, int keepUpTo, int keepSpacedUpTo)
{
    return relax(pattern, 0, keepUpTo, keepSpacedUpTo);
}

} // namespace custos
