#pragma once

#include "core/common/Error.h"
#include "core/policy/PolicyDocument.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace custos {

using PolicyErrors = std::vector<Error>;

// Typed access to a yaml-cpp tree that never throws: every problem becomes an Error with the
// node's 1-based line and column, collected so one pass reports all of them. Each value read is
// recorded under its dotted path so later checks can point at it too.
class YamlReader
{
public:
    YamlReader(QString fileName, PolicyErrors &errors, QHash<QString, SourcePosition> &positions);

    void error(const YAML::Node &node, const QString &message);
    void error(const YAML::Mark &mark, const QString &message);
    void record(const QString &path, const YAML::Node &node);

    // True when `node` is a mapping; reports keys outside `allowed` and keys given twice.
    bool checkMap(const YAML::Node &node, const QString &path, const QString &what,
                  std::initializer_list<const char *> allowed);
    bool isMap(const YAML::Node &node, const QString &path, const QString &what);
    bool isSequence(const YAML::Node &node, const QString &path, const QString &what);

    std::optional<QString> string(const YAML::Node &node, const QString &path, const QString &what);
    QStringList stringList(const YAML::Node &node, const QString &path, const QString &what);
    std::optional<qint64> integer(const YAML::Node &node, const QString &path, const QString &what,
                                  qint64 minimum = 0);
    std::optional<bool> boolean(const YAML::Node &node, const QString &path, const QString &what);
    std::optional<double> number(const YAML::Node &node, const QString &path, const QString &what);

    // Reads a scalar that must be one of `names` (reported in the error) and maps it with `parse`.
    template <typename Enum, typename Parse>
    std::optional<Enum> choice(const YAML::Node &node, const QString &path, const QString &what,
                               const QString &names, Parse parse)
    {
        const auto text = string(node, path, what);
        if (!text)
            return std::nullopt;
        if (const std::optional<Enum> value = parse(*text))
            return value;
        error(node, QStringLiteral("%1 must be one of %2, not '%3'").arg(what, names, *text));
        return std::nullopt;
    }

    static QString describe(const YAML::Node &node);
    static QString keyOf(const YAML::Node &key);

private:
    QString m_fileName;
    PolicyErrors &m_errors;
    QHash<QString, SourcePosition> &m_positions;
};

} // namespace custos
