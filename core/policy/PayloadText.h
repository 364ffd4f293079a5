#pragma once

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

// How a text is stored in the body, so that a replacement is written back in the same form.
enum class TextEncoding {
    Plain,   // the JSON string itself
    Base64,  // UTF-8 text in base64 (an Anthropic `source` of a text media type)
    DataUrl, // UTF-8 text in a base64 `data:` URL; `prefix` is "data:MEDIA;base64,"
};

// A string in a request or response body: a value, or (isKey) the name of a member of an object
// whose names the caller chooses (metadata, tool inputs, JSON schemas).
struct TextLocation
{
    TextLocation() = default;
    TextLocation(std::vector<PathSegment> at, QString value)
        : segments(std::move(at))
        , text(std::move(value))
    {}

    std::vector<PathSegment> segments;
    QString text; // decoded: offsets of hits count within this text
    bool isKey = false;
    TextEncoding encoding = TextEncoding::Plain;
    QString prefix;

    QString path() const; // "$.messages[0].content"; a member name ends in '~': "$.metadata.team~"
};

// A part of a body that holds content Custos cannot read as text (a PDF in base64, base64 that does
// not decode): with failure_mode closed it stops the interaction.
struct UnreadablePart
{
    QString path;
    QString why; // "application/pdf is not a text media type"
};

struct PayloadScan
{
    std::vector<TextLocation> texts;
    std::vector<UnreadablePart> unreadable;
};

// Finds every string of an OpenAI or Anthropic body, request or response alike: the whole body is
// walked, unknown fields included, and only the values of a short list of structural fields with
// the shape that field always has (a role name, a type tag, a model name) are left out. Base64 text
// documents and text `data:` URLs are decoded; images and audio are media, not text, and are not
// read; any other embedded content is unreadable. replace() writes replacements back, in the
// encoding each text came in.
class PayloadText
{
public:
    // The walk is the same for both APIs and both directions: a field is scanned wherever it is.
    static PayloadScan scan(const QJsonObject &body);
    static std::vector<TextLocation> collect(const QJsonObject &body);
    // `texts` in the order scan() returned them.
    static QJsonObject replace(const QJsonObject &body,
                               const std::vector<std::pair<const TextLocation *, QString>> &texts);
};

} // namespace custos
