#pragma once

#include "core/policy/PolicyTypes.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace custos {

// One step into a JSON tree: a key of an object, or an index of an array (key empty).
struct PathSegment
{
    QString key;
    qsizetype index = -1;
};

// A string in a request or response body that a person or a model wrote.
struct TextLocation
{
    std::vector<PathSegment> segments;
    QString text;

    QString path() const; // "$.messages[0].content"
};

// Finds every text of an OpenAI or Anthropic body (all messages and content parts, system prompts,
// tool-call arguments and tool results, inputs, prompts and outputs), and writes replacements
// back. Structural strings (roles, ids, types, model names, URLs of images) are not text.
class PayloadText
{
public:
    static std::vector<TextLocation> collect(const QJsonObject &body, ApiFlavor api, Direction direction);
    static QJsonObject replace(const QJsonObject &body,
                               const std::vector<std::pair<const TextLocation *, QString>> &texts);
};

} // namespace custos
