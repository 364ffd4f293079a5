#include "core/policy/PayloadText.h"

#include <QJsonArray>
#include <QSet>

#include <span>

namespace custos {
namespace {

// Keys whose string values identify or describe structure rather than carry text.
const QSet<QString> &structuralKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("role"),          QStringLiteral("type"),          QStringLiteral("id"),
        QStringLiteral("name"),          QStringLiteral("model"),         QStringLiteral("object"),
        QStringLiteral("tool_call_id"),  QStringLiteral("call_id"),       QStringLiteral("tool_use_id"),
        QStringLiteral("status"),        QStringLiteral("finish_reason"), QStringLiteral("stop_reason"),
        QStringLiteral("stop_sequence"), QStringLiteral("index"),         QStringLiteral("logprobs"),
        QStringLiteral("image_url"),     QStringLiteral("input_audio"),   QStringLiteral("audio"),
        QStringLiteral("file"),          QStringLiteral("file_id"),       QStringLiteral("source"),
        QStringLiteral("cache_control"), QStringLiteral("signature"),     QStringLiteral("media_type"),
        QStringLiteral("detail"),        QStringLiteral("usage"),         QStringLiteral("annotations"),
        QStringLiteral("url"),           QStringLiteral("created"),       QStringLiteral("data"),
    };
    return keys;
}

const QSet<QString> &toolInputKeys()
{
    static const QSet<QString> keys{QStringLiteral("input"), QStringLiteral("arguments"),
                                    QStringLiteral("parameters")};
    return keys;
}

QStringList roots(ApiFlavor api, Direction direction)
{
    if (direction == Direction::Response) {
        switch (api) {
        case ApiFlavor::OpenAIChat:
        case ApiFlavor::OpenAICompletions:
            return {QStringLiteral("choices")};
        case ApiFlavor::OpenAIResponses:
            return {QStringLiteral("output"), QStringLiteral("output_text")};
        case ApiFlavor::OpenAIEmbeddings:
            return {};
        case ApiFlavor::AnthropicMessages:
            return {QStringLiteral("content")};
        }
        return {};
    }
    switch (api) {
    case ApiFlavor::OpenAIChat:
        return {QStringLiteral("messages")};
    case ApiFlavor::OpenAIResponses:
        return {QStringLiteral("instructions"), QStringLiteral("input")};
    case ApiFlavor::OpenAICompletions:
        return {QStringLiteral("prompt"), QStringLiteral("suffix")};
    case ApiFlavor::OpenAIEmbeddings:
        return {QStringLiteral("input")};
    case ApiFlavor::AnthropicMessages:
        return {QStringLiteral("system"), QStringLiteral("messages")};
    }
    return {};
}

class Collector
{
public:
    explicit Collector(std::vector<TextLocation> &out)
        : m_out(out)
    {}

    // Tool inputs are objects whose keys the tool defines ("name", "id", ...): all their strings
    // are text, so inside them nothing is treated as structure.
    void visit(const QJsonValue &value, bool raw = false)
    {
        if (value.isString()) {
            QString text = value.toString();
            if (!text.isEmpty())
                m_out.push_back(TextLocation{m_path, std::move(text)});
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                m_path.push_back(PathSegment{{}, i});
                visit(array.at(i), raw);
                m_path.pop_back();
            }
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!raw && structuralKeys().contains(it.key()))
                    continue;
                m_path.push_back(PathSegment{it.key(), -1});
                visit(it.value(), raw || toolInputKeys().contains(it.key()));
                m_path.pop_back();
            }
        }
    }

    std::vector<PathSegment> &path() { return m_path; }

private:
    std::vector<TextLocation> &m_out;
    std::vector<PathSegment> m_path;
};

QJsonValue replaced(const QJsonValue &value, std::span<const PathSegment> path, const QString &text)
{
    if (path.empty())
        return text;
    const PathSegment &step = path.front();
    if (step.index >= 0) {
        QJsonArray array = value.toArray();
        array.replace(step.index, replaced(array.at(step.index), path.subspan(1), text));
        return array;
    }
    QJsonObject object = value.toObject();
    object.insert(step.key, replaced(object.value(step.key), path.subspan(1), text));
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
    return result;
}

std::vector<TextLocation> PayloadText::collect(const QJsonObject &body, ApiFlavor api, Direction direction)
{
    std::vector<TextLocation> locations;
    Collector collector(locations);
    for (const QString &root : roots(api, direction)) {
        const auto it = body.constFind(root);
        if (it == body.constEnd())
            continue;
        collector.path().push_back(PathSegment{root, -1});
        collector.visit(it.value());
        collector.path().pop_back();
    }
    return locations;
}

QJsonObject PayloadText::replace(const QJsonObject &body,
                                 const std::vector<std::pair<const TextLocation *, QString>> &texts)
{
    QJsonValue result(body);
    for (const auto &[location, text] : texts)
        result = replaced(result, location->segments, text);
    return result.toObject();
}

} // namespace custos
