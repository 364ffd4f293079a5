#include "core/policy/PayloadWalker.h"

#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace custos {
namespace {

using namespace Qt::StringLiterals;

// The allowlist: fields whose values are a fixed vocabulary of the API. A value is left out only
// when it has the shape the field always has; anything else found there is scanned like any
// other text, so a secret put in `role` still does not leave unseen.
//   role: the speaker (system, developer, user, assistant, tool, function); providers refuse any other.
//   type: a block, part, tool or JSON-schema type tag ("text", "image_url", "tool_use", "object"):
//         lower-case snake_case names.
//   object: what an OpenAI response is ("chat.completion", "list"), set by the provider.
//   model: checked against the policy's routes before the policy runs (a model no route lists is
//          refused and never forwarded); in responses, the provider's own model name.
//   finish_reason, stop_reason, status: the provider's state tags ("stop", "end_turn", "completed").
bool isRoleName(const QString &value)
{
    static const QSet<QString> roles{u"system"_s,    u"developer"_s, u"user"_s,
                                     u"assistant"_s, u"tool"_s,      u"function"_s};
    return roles.contains(value);
}

// Hand-written rather than QRegularExpression: these run for every structural field of every body.
bool isLowerAscii(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A first character, then up to `maxTail` characters each of which passes `tail`.
template <typename First, typename Tail>
bool hasTokenShape(const QString &value, qsizetype maxTail, First first, Tail tail)
{
    if (value.isEmpty() || value.size() > maxTail + 1 || !first(value.front()))
        return false;
    return std::all_of(value.begin() + 1, value.end(), tail);
}

bool isTag(const QString &value) // [a-z][a-z0-9_]{0,63}
{
    return hasTokenShape(value, 63, isLowerAscii,
                         [](QChar c) { return isLowerAscii(c) || isAsciiDigit(c) || c == u'_'; });
}

bool isObjectName(const QString &value) // [a-z][a-z0-9_.]{0,63}
{
    return hasTokenShape(value, 63, isLowerAscii, [](QChar c) {
        return isLowerAscii(c) || isAsciiDigit(c) || c == u'_' || c == u'.';
    });
}

bool isModelName(const QString &value) // [A-Za-z0-9][A-Za-z0-9._:/-]{0,127}
{
    const auto alphanumeric = [](QChar c) {
        return isLowerAscii(c) || (c >= u'A' && c <= u'Z') || isAsciiDigit(c);
    };
    return hasTokenShape(value, 127, alphanumeric, [&](QChar c) {
        return alphanumeric(c) || c == u'.' || c == u'_' || c == u':' || c == u'/' || c == u'-';
    });
}

bool isStructuralValue(const QString &key, const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (key == u"role")
        return isRoleName(text);
    if (key == u"type" || key == u"finish_reason" || key == u"stop_reason" || key == u"status")
        return isTag(text);
    if (key == u"object")
        return isObjectName(text);
    if (key == u"model")
        return isModelName(text);
    return false;
}

// Members whose contents the caller names freely: a tool's input and JSON schema, metadata.
bool opensFreeForm(const QString &key, bool topLevel)
{
    static const QSet<QString> keys{u"metadata"_s, u"arguments"_s, u"parameters"_s, u"input_schema"_s,
                                    u"schema"_s};
    // The top-level `input` of the Responses and Embeddings APIs is the prompt, not a tool input.
    return keys.contains(key) || (key == u"input" && !topLevel);
}

enum class MediaKind { Text, Media, Unreadable };

// Text media are decoded and scanned. Images, audio and video are not text: Custos does not read
// text inside them (no OCR, no transcription). Anything else (a PDF, a Word file) is unreadable.
MediaKind mediaKind(const QString &mediaType)
{
    const QString type = mediaType.section(u';', 0, 0).trimmed().toLower();
    static const QSet<QString> textApplications{u"application/json"_s, u"application/xml"_s,
                                                u"application/yaml"_s, u"application/x-yaml"_s};
    if (type.startsWith(u"text/") || textApplications.contains(type))
        return MediaKind::Text;
    if (type.startsWith(u"image/") || type.startsWith(u"audio/") || type.startsWith(u"video/"))
        return MediaKind::Media;
    return MediaKind::Unreadable;
}

} // namespace

void PayloadWalker::walk(const QJsonObject &body)
{
    m_path.clear();
    visitObject(body, false);
}

void PayloadWalker::visit(const QJsonValue &value, bool freeForm)
{
    if (value.isString()) {
        visitString(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            m_path.push_back(PathSegment{{}, i});
            visit(array.at(i), freeForm);
            m_path.pop_back();
        }
    } else if (value.isObject()) {
        visitObject(value.toObject(), freeForm);
    }
    // Numbers, booleans and null carry no text.
}

void PayloadWalker::visitObject(const QJsonObject &object, bool freeForm)
{
    if (object.value(u"type").toString() == u"base64" && object.value(u"media_type").isString() &&
        object.value(u"data").isString()) {
        visitBase64Source(object);
        return;
    }
    const bool topLevel = m_path.empty();
    for (auto it = object.begin(); it != object.end(); ++it) {
        m_path.push_back(PathSegment{it.key(), -1});
        if (freeForm && !it.key().isEmpty()) {
            TextLocation name{m_path, it.key()};
            name.isKey = true;
            m_out.texts.push_back(std::move(name));
        }
        if (!freeForm && it.key() == u"input_audio" && it.value().isObject()) {
            // OpenAI audio input: `data` is base64 audio (media, not read); `format` is scanned.
            QJsonObject audio = it.value().toObject();
            audio.remove(u"data");
            visitObject(audio, false);
        } else if (freeForm || !isStructuralValue(it.key(), it.value())) {
            visit(it.value(), freeForm || opensFreeForm(it.key(), topLevel));
        }
        m_path.pop_back();
    }
}

void PayloadWalker::visitString(const QString &text)
{
    if (text.isEmpty())
        return;
    // data:[media type][;parameters][;base64],data (RFC 2397)
    if (text.startsWith(u"data:", Qt::CaseInsensitive)) {
        const qsizetype comma = text.indexOf(u',');
        const QString header = comma > 0 ? text.mid(5, comma - 5) : QString();
        if (comma > 0 && header.endsWith(u";base64", Qt::CaseInsensitive)) {
            const QString mediaType = header.chopped(7);
            addEmbedded(mediaType.isEmpty() ? QStringLiteral("text/plain") : mediaType, text.mid(comma + 1),
                        TextEncoding::DataUrl, text.left(comma + 1));
            return;
        }
    }
    addText(text);
}

void PayloadWalker::visitBase64Source(const QJsonObject &source)
{
    // An Anthropic image or document source: {"type": "base64", "media_type": ..., "data": ...}.
    for (auto it = source.begin(); it != source.end(); ++it) {
        m_path.push_back(PathSegment{it.key(), -1});
        if (it.key() == u"data")
            addEmbedded(source.value(u"media_type").toString(), it.value().toString(), TextEncoding::Base64,
                        {});
        else if (!isStructuralValue(it.key(), it.value()))
            visit(it.value(), false);
        m_path.pop_back();
    }
}

void PayloadWalker::addText(QString text, TextEncoding encoding, QString prefix)
{
    if (text.isEmpty())
        return;
    TextLocation location{m_path, std::move(text)};
    location.encoding = encoding;
    location.prefix = std::move(prefix);
    m_out.texts.push_back(std::move(location));
}

void PayloadWalker::addEmbedded(const QString &mediaType, const QString &base64, TextEncoding encoding,
                                const QString &prefix)
{
    switch (mediaKind(mediaType)) {
    case MediaKind::Media:
        return;
    case MediaKind::Unreadable:
        addUnreadable(QStringLiteral("%1 is not a text media type").arg(mediaType));
        return;
    case MediaKind::Text:
        break;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        addUnreadable(QStringLiteral("its %1 content is not valid base64").arg(mediaType));
        return;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(*decoded);
    if (utf8.hasError()) {
        addUnreadable(QStringLiteral("its %1 content is not UTF-8 text").arg(mediaType));
        return;
    }
    addText(std::move(text), encoding, prefix);
}

void PayloadWalker::addUnreadable(QString why)
{
    TextLocation at{m_path, {}};
    m_out.unreadable.push_back(UnreadablePart{at.path(), std::move(why)});
}

} // namespace custos
