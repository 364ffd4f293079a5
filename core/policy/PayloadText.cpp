#include "core/policy/PayloadText.h"

#include "core/policy/PayloadWalker.h"

#include <QJsonArray>

#include <ranges>
#include <span>

namespace custos {
namespace {

QJsonValue encoded(const TextLocation &location, const QString &text)
{
    switch (location.encoding) {
    case TextEncoding::Plain:
        break;
    case TextEncoding::Base64:
        return QString::fromLatin1(text.toUtf8().toBase64());
    case TextEncoding::DataUrl:
        return QString(location.prefix + QString::fromLatin1(text.toUtf8().toBase64()));
    }
    return text;
}

QJsonValue renamed(const QJsonValue &value, const QString &from, const QString &to)
{
    QJsonObject object = value.toObject();
    const QJsonValue member = object.take(from);
    object.insert(to, member);
    return object;
}

// Writes `text` at `path`; when `isKey`, the last step names the member to rename.
QJsonValue replaced(const QJsonValue &value, std::span<const PathSegment> path, bool isKey,
                    const QJsonValue &text)
{
    if (path.empty())
        return text;
    const PathSegment &step = path.front();
    if (isKey && path.size() == 1)
        return renamed(value, step.key, text.toString());
    if (step.index >= 0) {
        QJsonArray array = value.toArray();
        array.replace(step.index, replaced(array.at(step.index), path.subspan(1), isKey, text));
        return array;
    }
    QJsonObject object = value.toObject();
    object.insert(step.key, replaced(object.value(step.key), path.subspan(1), isKey, text));
    return object;
}

} // namespace

QString TextLocation::path() const
{
    QString result = QStringLiteral("$");
    for (const PathSegment &step : segments) {
        if (step.index >= 0)
            result += u'[' + QString::number(step.index) + u']';
        else
            result += u'.' + step.key;
    }
    if (isKey)
        result += u'~';
    return result;
}

PayloadScan PayloadText::scan(const QJsonObject &body)
{
    PayloadScan result;
    PayloadWalker(result).walk(body);
    return result;
}

std::vector<TextLocation> PayloadText::collect(const QJsonObject &body)
{
    return scan(body).texts;
}

QJsonObject PayloadText::replace(const QJsonObject &body,
                                 const std::vector<std::pair<const TextLocation *, QString>> &texts)
{
    // Last first: a member's name comes before its contents, whose paths still use the old name.
    QJsonValue result(body);
    for (const auto &[location, text] : std::views::reverse(texts))
        result = replaced(result, location->segments, location->isKey, encoded(*location, text));
    return result.toObject();
}

} // namespace custos
