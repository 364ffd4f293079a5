#include "StubWireFormats.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stub {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray dataFrame(const QJsonObject &object)
{
    return "data: " + json(object) + "\n\n";
}

QByteArray namedFrame(const QString &name, const QJsonObject &object)
{
    return "event: " + name.toUtf8() + "\ndata: " + json(object) + "\n\n";
}

QStringList pieces(const QString &text, int size)
{
    QStringList out;
    for (qsizetype i = 0; i < text.size(); i += size)
        out.append(text.mid(i, size));
    return out;
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject object = part.toObject();
        text += object.value(u"text").toString() + object.value(u"content").toString() + u' ';
    }
    return text;
}

QJsonObject chatChunk(const Reply &reply, const QJsonObject &delta, const QJsonValue &finish)
{
    const QJsonObject choice{
        {"index", 0}, {"delta", delta}, {"logprobs", QJsonValue()}, {"finish_reason", finish}};
    return {{"id", "chatcmpl-stub"},
            {"object", "chat.completion.chunk"},
            {"created", 1700000000},
            {"model", reply.model},
            {"choices", QJsonArray{choice}}};
}

QList<QByteArray> chatFrames(const Reply &reply)
{
    QList<QByteArray> frames{
        dataFrame(chatChunk(reply, {{"role", "assistant"}, {"content", ""}}, QJsonValue()))};
    if (reply.tool) {
        const QJsonObject start{{"index", 0},
                                {"id", "call_stub"},
                                {"type", "function"},
                                {"function", QJsonObject{{"name", reply.toolName}, {"arguments", ""}}}};
        frames.append(dataFrame(chatChunk(reply, {{"tool_calls", QJsonArray{start}}}, QJsonValue())));
        for (const QString &piece : pieces(reply.toolArguments, reply.chunkSize)) {
            const QJsonObject call{{"index", 0}, {"function", QJsonObject{{"arguments", piece}}}};
            frames.append(dataFrame(chatChunk(reply, {{"tool_calls", QJsonArray{call}}}, QJsonValue())));
        }
        frames.append(dataFrame(chatChunk(reply, {}, QStringLiteral("tool_calls"))));
    } else {
        for (const QString &piece : pieces(reply.text, reply.chunkSize))
            frames.append(dataFrame(chatChunk(reply, {{"content", piece}}, QJsonValue())));
        frames.append(dataFrame(chatChunk(reply, {}, QStringLiteral("stop"))));
    }
    frames.append("data: [DONE]\n\n");
    return frames;
}

QList<QByteArray> completionFrames(const Reply &reply)
{
    QList<QByteArray> frames;
    auto chunk = [&](const QString &text, const QJsonValue &finish) {
        const QJsonObject choice{
            {"text", text}, {"index", 0}, {"logprobs", QJsonValue()}, {"finish_reason", finish}};
        return dataFrame({{"id", "cmpl-stub"},
                          {"object", "text_completion"},
                          {"created", 1700000000},
                          {"model", reply.model},
                          {"choices", QJsonArray{choice}}});
    };
    for (const QString &piece : pieces(reply.text, reply.chunkSize))
        frames.append(chunk(piece, QJsonValue()));
    frames.append(chunk(QString(), QStringLiteral("stop")));
    frames.append("data: [DONE]\n\n");
    return frames;
}

QJsonObject responseObject(const Reply &reply, const QString &status, bool withOutput)
{
    QJsonArray output;
    if (withOutput) {
        if (reply.tool)
            output.append(QJsonObject{{"type", "function_call"},
                                      {"id", "fc_stub"},
                                      {"call_id", "call_stub"},
                                      {"name", reply.toolName},
                                      {"arguments", reply.toolArguments},
                                      {"status", "completed"}});
        else
            output.append(QJsonObject{{"type", "message"},
                                      {"id", "msg_stub"},
                                      {"status", "completed"},
                                      {"role", "assistant"},
                                      {"content", QJsonArray{QJsonObject{{"type", "output_text"},
                                                                         {"text", reply.text},
                                                                         {"annotations", QJsonArray()}}}}});
    }
    return {{"id", "resp_stub"},
            {"object", "response"},
            {"created_at", 1700000000},
            {"status", status},
            {"model", reply.model},
            {"output", output},
            {"error", QJsonValue()},
            {"incomplete_details", QJsonValue()},
            {"instructions", QJsonValue()},
            {"tools", QJsonArray()},
            {"parallel_tool_calls", true},
            {"usage", QJsonObject{{"input_tokens", 1}, {"output_tokens", 1}, {"total_tokens", 2}}}};
}

QList<QByteArray> responsesFrames(const Reply &reply)
{
    QList<QByteArray> frames;
    int sequence = 0;
    auto add = [&](const QString &type, QJsonObject object) {
        object.insert("type", type);
        object.insert("sequence_number", sequence++);
        frames.append(namedFrame(type, object));
    };
    add("response.created", {{"response", responseObject(reply, "in_progress", false)}});
    const QJsonObject part{{"type", "output_text"}, {"text", ""}, {"annotations", QJsonArray()}};
    add("response.output_item.added", {{"output_index", 0},
                                       {"item", QJsonObject{{"type", "message"},
                                                            {"id", "msg_stub"},
                                                            {"status", "in_progress"},
                                                            {"role", "assistant"},
                                                            {"content", QJsonArray()}}}});
    add("response.content_part.added",
        {{"item_id", "msg_stub"}, {"output_index", 0}, {"content_index", 0}, {"part", part}});
    for (const QString &piece : pieces(reply.text, reply.chunkSize))
        add("response.output_text.delta", {{"item_id", "msg_stub"},
                                           {"output_index", 0},
                                           {"content_index", 0},
                                           {"delta", piece},
                                           {"logprobs", QJsonArray()}});
    add("response.output_text.done", {{"item_id", "msg_stub"},
                                      {"output_index", 0},
                                      {"content_index", 0},
                                      {"text", reply.text},
                                      {"logprobs", QJsonArray()}});
    QJsonObject donePart = part;
    donePart.insert("text", reply.text);
    add("response.content_part.done",
        {{"item_id", "msg_stub"}, {"output_index", 0}, {"content_index", 0}, {"part", donePart}});
    const QJsonObject completed = responseObject(reply, "completed", true);
    add("response.output_item.done",
        {{"output_index", 0}, {"item", completed.value("output").toArray().first()}});
    add("response.completed", {{"response", completed}});
    return frames;
}

QList<QByteArray> messagesFrames(const Reply &reply)
{
    QList<QByteArray> frames;
    auto add = [&](const QString &type, QJsonObject object) {
        object.insert("type", type);
        frames.append(namedFrame(type, object));
    };
    add("message_start",
        {{"message", QJsonObject{{"id", "msg_stub"},
                                 {"type", "message"},
                                 {"role", "assistant"},
                                 {"model", reply.model},
                                 {"content", QJsonArray()},
                                 {"stop_reason", QJsonValue()},
                                 {"stop_sequence", QJsonValue()},
                                 {"usage", QJsonObject{{"input_tokens", 1}, {"output_tokens", 1}}}}}});
    const QJsonObject block = reply.tool ? QJsonObject{{"type", "tool_use"},
                                                       {"id", "toolu_stub"},
                                                       {"name", reply.toolName},
                                                       {"input", QJsonObject()}}
                                         : QJsonObject{{"type", "text"}, {"text", ""}};
    add("content_block_start", {{"index", 0}, {"content_block", block}});
    add("ping", {});
    const QString text = reply.tool ? reply.toolArguments : reply.text;
    for (const QString &piece : pieces(text, reply.chunkSize)) {
        const QJsonObject delta = reply.tool
                                      ? QJsonObject{{"type", "input_json_delta"}, {"partial_json", piece}}
                                      : QJsonObject{{"type", "text_delta"}, {"text", piece}};
        add("content_block_delta", {{"index", 0}, {"delta", delta}});
    }
    add("content_block_stop", {{"index", 0}});
    add("message_delta", {{"delta", QJsonObject{{"stop_reason", reply.tool ? "tool_use" : "end_turn"},
                                                {"stop_sequence", QJsonValue()}}},
                          {"usage", QJsonObject{{"output_tokens", 1}}}});
    add("message_stop", {});
    return frames;
}

} // namespace

QString promptText(Api api, const QJsonObject &body)
{
    QString text;
    switch (api) {
    case Api::Chat:
    case Api::Messages:
        text = contentText(body.value("system"));
        for (const QJsonValue &message : body.value("messages").toArray())
            text += contentText(message.toObject().value("content")) + u' ';
        return text;
    case Api::Responses: {
        const QJsonValue input = body.value("input");
        if (input.isString())
            return input.toString();
        for (const QJsonValue &item : input.toArray())
            text += contentText(item.toObject().value("content")) + u' ';
        return text;
    }
    case Api::Completions:
        return body.value("prompt").toString();
    case Api::Embeddings:
        return body.value("input").isString() ? body.value("input").toString()
                                              : contentText(body.value("input"));
    }
    return text;
}

QByteArray wholeBody(Api api, const Reply &reply)
{
    const QJsonObject usage{{"prompt_tokens", 1}, {"completion_tokens", 1}, {"total_tokens", 2}};
    switch (api) {
    case Api::Chat: {
        QJsonObject message{{"role", "assistant"}, {"content", reply.text}, {"refusal", QJsonValue()}};
        if (reply.tool) {
            message.insert("content", QJsonValue());
            message.insert("tool_calls", QJsonArray{QJsonObject{
                                             {"id", "call_stub"},
                                             {"type", "function"},
                                             {"function", QJsonObject{{"name", reply.toolName},
                                                                      {"arguments", reply.toolArguments}}}}});
        }
        const QJsonObject choice{{"index", 0},
                                 {"message", message},
                                 {"logprobs", QJsonValue()},
                                 {"finish_reason", reply.tool ? "tool_calls" : "stop"}};
        return json({{"id", "chatcmpl-stub"},
                     {"object", "chat.completion"},
                     {"created", 1700000000},
                     {"model", reply.model},
                     {"choices", QJsonArray{choice}},
                     {"usage", usage}});
    }
    case Api::Completions: {
        const QJsonObject choice{
            {"text", reply.text}, {"index", 0}, {"logprobs", QJsonValue()}, {"finish_reason", "stop"}};
        return json({{"id", "cmpl-stub"},
                     {"object", "text_completion"},
                     {"created", 1700000000},
                     {"model", reply.model},
                     {"choices", QJsonArray{choice}},
                     {"usage", usage}});
    }
    case Api::Embeddings: {
        const QJsonObject embedding{
            {"object", "embedding"}, {"index", 0}, {"embedding", QJsonArray{0.25, -0.5, 0.125}}};
        return json({{"object", "list"},
                     {"data", QJsonArray{embedding}},
                     {"model", reply.model},
                     {"usage", QJsonObject{{"prompt_tokens", 1}, {"total_tokens", 1}}}});
    }
    case Api::Responses:
        return json(responseObject(reply, "completed", true));
    case Api::Messages: {
        const QJsonObject block =
            reply.tool
                ? QJsonObject{{"type", "tool_use"},
                              {"id", "toolu_stub"},
                              {"name", reply.toolName},
                              {"input", QJsonDocument::fromJson(reply.toolArguments.toUtf8()).object()}}
                : QJsonObject{{"type", "text"}, {"text", reply.text}};
        return json({{"id", "msg_stub"},
                     {"type", "message"},
                     {"role", "assistant"},
                     {"model", reply.model},
                     {"content", QJsonArray{block}},
                     {"stop_reason", reply.tool ? "tool_use" : "end_turn"},
                     {"stop_sequence", QJsonValue()},
                     {"usage", QJsonObject{{"input_tokens", 1}, {"output_tokens", 1}}}});
    }
    }
    return {};
}

QList<QByteArray> streamFrames(Api api, const Reply &reply)
{
    switch (api) {
    case Api::Chat:
        return chatFrames(reply);
    case Api::Completions:
        return completionFrames(reply);
    case Api::Responses:
        return responsesFrames(reply);
    case Api::Messages:
        return messagesFrames(reply);
    case Api::Embeddings:
        return {};
    }
    return {};
}

QByteArray errorBody(Api api, int status, const QString &message)
{
    if (api == Api::Messages)
        return json({{"type", "error"},
                     {"error", QJsonObject{{"type", status >= 500 ? "api_error" : "invalid_request_error"},
                                           {"message", message}}}});
    return json({{"error", QJsonObject{{"message", message},
                                       {"type", status >= 500 ? "server_error" : "invalid_request_error"},
                                       {"code", QJsonValue()},
                                       {"param", QJsonValue()}}}});
}

} // namespace stub
