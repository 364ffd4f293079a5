#include "core/policy/YamlReader.h"

#include <QSet>

namespace custos {

YamlReader::YamlReader(QString fileName, PolicyErrors &errors, QHash<QString, SourcePosition> &positions)
    : m_fileName(std::move(fileName))
    , m_errors(errors)
    , m_positions(positions)
{}

void YamlReader::error(const YAML::Mark &mark, const QString &message)
{
    const bool known = !mark.is_null();
    m_errors.push_back(Error{message, m_fileName, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0});
}

void YamlReader::error(const YAML::Node &node, const QString &message)
{
    error(node.Mark(), message);
}

void YamlReader::record(const QString &path, const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null())
        m_positions.insert(path, SourcePosition{mark.line + 1, mark.column + 1});
}

QString YamlReader::describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return QStringLiteral("a mapping");
    case YAML::NodeType::Sequence:
        return QStringLiteral("a list");
    case YAML::NodeType::Scalar:
        return u'\'' + QString::fromStdString(node.Scalar()).left(40) + u'\'';
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString YamlReader::keyOf(const YAML::Node &key)
{
    return key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
}

bool YamlReader::isMap(const YAML::Node &node, const QString &path, const QString &what)
{
    record(path, node);
    if (node.IsMap())
        return true;
    error(node, QStringLiteral("%1 must be a mapping, found %2").arg(what, describe(node)));
    return false;
}

bool YamlReader::isSequence(const YAML::Node &node, const QString &path, const QString &what)
{
    record(path, node);
    if (node.IsSequence())
        return true;
    error(node, QStringLiteral("%1 must be a list, found %2").arg(what, describe(node)));
    return false;
}

bool YamlReader::checkMap(const YAML::Node &node, const QString &path, const QString &what,
                          std::initializer_list<const char *> allowed)
{
    if (!isMap(node, path, what))
        return false;
    QSet<QString> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = keyOf(it->first);
        if (key.isEmpty()) {
            error(it->first, QStringLiteral("keys of %1 must be plain names").arg(what));
            continue;
        }
        if (seen.contains(key))
            error(it->first, QStringLiteral("duplicate key '%1' in %2").arg(key, what));
        seen.insert(key);
        bool known = false;
        for (const char *candidate : allowed)
            known = known || key == QLatin1StringView(candidate);
        if (!known) {
            QStringList names;
            for (const char *candidate : allowed)
                names << QString::fromLatin1(candidate);
            error(it->first, QStringLiteral("unknown key '%1' in %2 (expected one of: %3)")
                                 .arg(key, what, names.join(QStringLiteral(", "))));
        }
    }
    return true;
}

std::optional<QString> YamlReader::string(const YAML::Node &node, const QString &path, const QString &what)
{
    record(path, node);
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    error(node, QStringLiteral("%1 must be a string, found %2").arg(what, describe(node)));
    return std::nullopt;
}

QStringList YamlReader::stringList(const YAML::Node &node, const QString &path, const QString &what)
{
    QStringList values;
    if (node.IsNull())
        return values;
    if (!isSequence(node, path, what))
        return values;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        if (const auto value = string(node[i], itemPath, what + QStringLiteral(" entries")))
            values << *value;
    }
    return values;
}

std::optional<qint64> YamlReader::integer(const YAML::Node &node, const QString &path, const QString &what,
                                          qint64 minimum)
{
    record(path, node);
    bool ok = false;
    const qint64 value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toLongLong(&ok) : 0;
    if (!ok) {
        error(node, QStringLiteral("%1 must be an integer, found %2").arg(what, describe(node)));
        return std::nullopt;
    }
    if (value < minimum) {
        error(node, QStringLiteral("%1 must be at least %2, not %3").arg(what).arg(minimum).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> YamlReader::boolean(const YAML::Node &node, const QString &path, const QString &what)
{
    record(path, node);
    const QString text = node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    error(node, QStringLiteral("%1 must be true or false, found %2").arg(what, describe(node)));
    return std::nullopt;
}

std::optional<double> YamlReader::number(const YAML::Node &node, const QString &path, const QString &what)
{
    record(path, node);
    bool ok = false;
    const double value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toDouble(&ok) : 0.0;
    if (!ok) {
        error(node, QStringLiteral("%1 must be a number, found %2").arg(what, describe(node)));
        return std::nullopt;
    }
    return value;
}

} // namespace custos
