#include "gateway/DemoReplies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr int kPieceSize = 12; // characters per streamed delta: several events even for a short answer

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray dataEvent(const QJsonObject &object)
{
    return "data: " + compact(object) + "\n\n";
}

QByteArray namedEvent(const QString &type, QJsonObject object)
{
    object.insert(u"type"_s, type);
    return "event: " + type.toUtf8() + "\ndata: " + compact(object) + "\n\n";
}

QStringList piecesOf(const QString &text)
{
    QStringList pieces;
    for (qsizetype at = 0; at < text.size(); at += kPieceSize)
        pieces << text.mid(at, kPieceSize);
    return pieces;
}

QString newId(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(24);
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// A message's content: a plain string, or parts with a "text" each (text, input_text, ...).
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList texts;
    for (const QJsonValue &part : content.toArray())
        if (const QString text = part.toObject().value(u"text").toString(); !text.isEmpty())
            texts << text;
    return texts.join(u' ');
}

QString lastUserText(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(u"role").toString(u"user"_s) == u"user")
            return contentText(message.value(u"content"));
    }
    return {};
}

QString promptOf(ApiFlavor api, const QJsonObject &body)
{
    if (api != ApiFlavor::OpenAIResponses)
        return lastUserText(body.value(u"messages").toArray());
    const QJsonValue input = body.value(u"input");
    return input.isString() ? input.toString() : lastUserText(input.toArray());
}

QJsonObject chatChunk(const QString &id, const QString &model, const QJsonObject &delta,
                      const QJsonValue &finish)
{
    const QJsonObject choice{
        {u"index"_s, 0}, {u"delta"_s, delta}, {u"logprobs"_s, QJsonValue()}, {u"finish_reason"_s, finish}};
    return {{u"id"_s, id},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"created"_s, now()},
            {u"model"_s, model},
            {u"choices"_s, QJsonArray{choice}}};
}

QList<QByteArray> chatFrames(const QString &model, const QString &text)
{
    const QString id = newId(u"chatcmpl-demo-"_s);
    QList<QByteArray> frames{
        dataEvent(chatChunk(id, model, {{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue()))};
    for (const QString &piece : piecesOf(text))
        frames << dataEvent(chatChunk(id, model, {{u"content"_s, piece}}, QJsonValue()));
    frames << dataEvent(chatChunk(id, model, {}, u"stop"_s)) << QByteArrayLiteral("data: [DONE]\n\n");
    return frames;
}

QJsonObject outputMessage(const QString &id, const QString &text, const QString &status)
{
    QJsonArray content;
    if (status == u"completed")
        content << QJsonObject{
            {u"type"_s, u"output_text"_s}, {u"text"_s, text}, {u"annotations"_s, QJsonArray()}};
    return {{u"type"_s, u"message"_s},
            {u"id"_s, id},
            {u"status"_s, status},
            {u"role"_s, u"assistant"_s},
            {u"content"_s, content}};
}

QJsonObject responseObject(const QString &id, const QString &messageId, const QString &model,
                           const QString &text, bool completed)
{
    const int words = int(text.split(u' ', Qt::SkipEmptyParts).size());
    return {
        {u"id"_s, id},
        {u"object"_s, u"response"_s},
        {u"created_at"_s, now()},
        {u"status"_s, completed ? u"completed"_s : u"in_progress"_s},
        {u"model"_s, model},
        {u"output"_s, completed ? QJsonArray{outputMessage(messageId, text, u"completed"_s)} : QJsonArray()},
        {u"error"_s, QJsonValue()},
        {u"incomplete_details"_s, QJsonValue()},
        {u"instructions"_s, QJsonValue()},
        {u"tools"_s, QJsonArray()},
        {u"parallel_tool_calls"_s, true},
        {u"usage"_s,
         QJsonObject{{u"input_tokens"_s, 0}, {u"output_tokens"_s, words}, {u"total_tokens"_s, words}}}};
}

QList<QByteArray> responsesFrames(const QString &model, const QString &text)
{
    const QString id = newId(u"resp_demo_"_s);
    const QString messageId = newId(u"msg_demo_"_s);
    QList<QByteArray> frames;
    int sequence = 0;
    auto add = [&](const QString &type, QJsonObject event) {
        event.insert(u"sequence_number"_s, sequence++);
        frames << namedEvent(type, std::move(event));
    };
    const QJsonObject location{{u"item_id"_s, messageId}, {u"output_index"_s, 0}, {u"content_index"_s, 0}};
    auto at = [&location](QJsonObject event) {
        for (auto it = location.begin(); it != location.end(); ++it)
            event.insert(it.key(), it.value());
        return event;
    };
    const QJsonObject emptyPart{
        {u"type"_s, u"output_text"_s}, {u"text"_s, u""_s}, {u"annotations"_s, QJsonArray()}};
    QJsonObject fullPart = emptyPart;
    fullPart.insert(u"text"_s, text);
    add(u"response.created"_s, {{u"response"_s, responseObject(id, messageId, model, text, false)}});
    add(u"response.output_item.added"_s,
        {{u"output_index"_s, 0}, {u"item"_s, outputMessage(messageId, text, u"in_progress"_s)}});
    add(u"response.content_part.added"_s, at({{u"part"_s, emptyPart}}));
    for (const QString &piece : piecesOf(text))
        add(u"response.output_text.delta"_s, at({{u"delta"_s, piece}, {u"logprobs"_s, QJsonArray()}}));
    add(u"response.output_text.done"_s, at({{u"text"_s, text}, {u"logprobs"_s, QJsonArray()}}));
    add(u"response.content_part.done"_s, at({{u"part"_s, fullPart}}));
    add(u"response.output_item.done"_s,
        {{u"output_index"_s, 0}, {u"item"_s, outputMessage(messageId, text, u"completed"_s)}});
    add(u"response.completed"_s, {{u"response"_s, responseObject(id, messageId, model, text, true)}});
    return frames;
}

QJsonObject anthropicMessage(const QString &id, const QString &model, const QJsonArray &content,
                             const QJsonValue &stopReason, int outputTokens)
{
    return {{u"id"_s, id},
            {u"type"_s, u"message"_s},
            {u"role"_s, u"assistant"_s},
            {u"model"_s, model},
            {u"content"_s, content},
            {u"stop_reason"_s, stopReason},
            {u"stop_sequence"_s, QJsonValue()},
            {u"usage"_s, QJsonObject{{u"input_tokens"_s, 0}, {u"output_tokens"_s, outputTokens}}}};
}

QList<QByteArray> messagesFrames(const QString &model, const QString &text)
{
    QList<QByteArray> frames;
    frames << namedEvent(u"message_start"_s, {{u"message"_s, anthropicMessage(newId(u"msg_demo_"_s), model,
                                                                              {}, QJsonValue(), 0)}});
    frames << namedEvent(
        u"content_block_start"_s,
        {{u"index"_s, 0}, {u"content_block"_s, QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u""_s}}}});
    frames << namedEvent(u"ping"_s, {});
    for (const QString &piece : piecesOf(text))
        frames << namedEvent(
            u"content_block_delta"_s,
            {{u"index"_s, 0}, {u"delta"_s, QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, piece}}}});
    frames << namedEvent(u"content_block_stop"_s, {{u"index"_s, 0}});
    frames << namedEvent(
        u"message_delta"_s,
        {{u"delta"_s, QJsonObject{{u"stop_reason"_s, u"end_turn"_s}, {u"stop_sequence"_s, QJsonValue()}}},
         {u"usage"_s, QJsonObject{{u"output_tokens"_s, int(piecesOf(text).size())}}}});
    frames << namedEvent(u"message_stop"_s, {});
    return frames;
}

} // namespace

std::optional<ApiFlavor> DemoReplies::apiForPath(QByteArrayView path)
{
    if (path == "/v1/chat/completions")
        return ApiFlavor::OpenAIChat;
    if (path == "/v1/responses")
        return ApiFlavor::OpenAIResponses;
    if (path == "/v1/messages")
        return ApiFlavor::AnthropicMessages;
    return std::nullopt;
}

QString DemoReplies::answerText(ApiFlavor api, const QJsonObject &body)
{
    const QString prompt = promptOf(api, body).simplified();
    return u"[Custos demo] This is a demo answer from Custos's built-in demo route, not from a model. "
           "Custos let your request through and the demo received: \"%1\". Replace the demo route with "
           "a real provider by running the quickstart again with OPENAI_API_KEY or ANTHROPIC_API_KEY set."_s
               .arg(prompt.left(400));
}

QByteArray DemoReplies::wholeBody(ApiFlavor api, const QString &model, const QString &text)
{
    const int tokens = int(piecesOf(text).size());
    if (api == ApiFlavor::AnthropicMessages)
        return compact(anthropicMessage(newId(u"msg_demo_"_s), model,
                                        QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}},
                                        u"end_turn"_s, tokens));
    if (api == ApiFlavor::OpenAIResponses)
        return compact(responseObject(newId(u"resp_demo_"_s), newId(u"msg_demo_"_s), model, text, true));
    const QJsonObject message{
        {u"role"_s, u"assistant"_s}, {u"content"_s, text}, {u"refusal"_s, QJsonValue()}};
    const QJsonObject choice{{u"index"_s, 0},
                             {u"message"_s, message},
                             {u"logprobs"_s, QJsonValue()},
                             {u"finish_reason"_s, u"stop"_s}};
    return compact({{u"id"_s, newId(u"chatcmpl-demo-"_s)},
                    {u"object"_s, u"chat.completion"_s},
                    {u"created"_s, now()},
                    {u"model"_s, model},
                    {u"choices"_s, QJsonArray{choice}},
                    {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 0},
                                             {u"completion_tokens"_s, tokens},
                                             {u"total_tokens"_s, tokens}}}});
}

QList<QByteArray> DemoReplies::streamFrames(ApiFlavor api, const QString &model, const QString &text)
{
    if (api == ApiFlavor::AnthropicMessages)
        return messagesFrames(model, text);
    if (api == ApiFlavor::OpenAIResponses)
        return responsesFrames(model, text);
    return chatFrames(model, text);
}

QByteArray DemoReplies::errorBody(ApiFlavor api, const QString &message)
{
    const QJsonObject error{{u"type"_s, u"invalid_request_error"_s}, {u"message"_s, message}};
    if (api == ApiFlavor::AnthropicMessages)
        return compact({{u"type"_s, u"error"_s}, {u"error"_s, error}});
    QJsonObject openai = error;
    openai.insert(u"code"_s, QJsonValue());
    openai.insert(u"param"_s, QJsonValue());
    return compact({{u"error"_s, openai}});
}

} // namespace custos
