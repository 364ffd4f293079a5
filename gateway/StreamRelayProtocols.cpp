// The Responses API and Anthropic Messages halves of StreamRelay (chat and completions are in
// StreamRelay.cpp).
#include "gateway/StreamRelay.h"

#include "gateway/ApiError.h"

#include <QJsonArray>

namespace custos {

namespace {

bool isResponsesTerminal(QStringView type)
{
    return type == u"response.completed" || type == u"response.incomplete" || type == u"response.failed";
}

} // namespace

void StreamRelay::relayResponses(const SseEvent &event, QJsonObject object, Output &out)
{
    const QString type = object.value(u"type").toString();
    m_lastSequence = qMax<qint64>(m_lastSequence, object.value(u"sequence_number").toInteger());
    const QString item = object.value(u"item_id").toString();
    if (type == u"response.output_text.delta" || type == u"response.function_call_arguments.delta") {
        const QString channel =
            type == u"response.output_text.delta"
                ? QStringLiteral("text:%1:%2").arg(item).arg(object.value(u"content_index").toInt())
                : QStringLiteral("args:%1").arg(item);
        m_lastDelta.insert(channel, {event.event, object});
        if (!scan(channel, object[u"delta"], out))
            return;
        if (!object.value(u"delta").toString().isEmpty())
            emitFrame(event.event, object, out);
        return;
    }
    if (type == u"response.output_text.done" || type == u"response.function_call_arguments.done") {
        const bool text = type == u"response.output_text.done";
        const QString channel =
            text ? QStringLiteral("text:%1:%2").arg(item).arg(object.value(u"content_index").toInt())
                 : QStringLiteral("args:%1").arg(item);
        if (!flushResponsesChannel(channel, out))
            return;
        const QString field = text ? QStringLiteral("text") : QStringLiteral("arguments");
        object.insert(field, m_channels.returned(channel));
        emitFrame(event.event, object, out);
        return;
    }
    if (type == u"error") {
        out.upstreamError = true;
        emitFrame(event.event, object, out);
        return;
    }
    if (isResponsesTerminal(type)) {
        for (const QString &channel : m_channels.openChannels()) {
            if (!flushResponsesChannel(channel, out))
                return;
        }
        Output terminal;
        emitFrame(event.event, m_channels.substituteFullTexts(object).toObject(), terminal);
        m_terminal += terminal.frames;
        return;
    }
    emitFrame(event.event, m_channels.substituteFullTexts(object).toObject(), out);
}

bool StreamRelay::flushResponsesChannel(const QString &channel, Output &out)
{
    QString rest;
    if (!release(channel, true, rest, out))
        return false;
    if (rest.isEmpty())
        return true;
    auto [eventName, frame] = m_lastDelta.value(channel);
    frame.insert(QStringLiteral("delta"), rest);
    emitFrame(eventName, frame, out);
    return true;
}

void StreamRelay::relayAnthropic(const SseEvent &event, QJsonObject object, Output &out)
{
    const QString type = object.value(u"type").toString();
    const QString channel = QStringLiteral("block%1").arg(object.value(u"index").toInt());
    if (type == u"content_block_delta") {
        QJsonObject delta = object.value(u"delta").toObject();
        const QString deltaType = delta.value(u"type").toString();
        const QString field = deltaType == u"input_json_delta" ? QStringLiteral("partial_json")
                              : deltaType == u"thinking_delta" ? QStringLiteral("thinking")
                                                               : QStringLiteral("text");
        if (!delta.value(field).isString()) {
            emitFrame(event.event, object, out); // signatures and other non-text deltas
            return;
        }
        m_lastDelta.insert(channel, {event.event, object});
        if (!scan(channel, delta[field], out))
            return;
        object.insert(QStringLiteral("delta"), delta);
        if (!delta.value(field).toString().isEmpty())
            emitFrame(event.event, object, out);
        return;
    }
    if (type == u"content_block_start") {
        QJsonObject block = object.value(u"content_block").toObject();
        if (block.value(u"type").toString() == u"text" && !block.value(u"text").toString().isEmpty()) {
            if (!scan(channel, block[u"text"], out))
                return;
            object.insert(QStringLiteral("content_block"), block);
        }
        emitFrame(event.event, object, out);
        return;
    }
    if (type == u"content_block_stop") {
        if (flushAnthropicBlock(channel, out))
            emitFrame(event.event, object, out);
        return;
    }
    if (type == u"error") {
        out.upstreamError = true;
        emitFrame(event.event, object, out);
        return;
    }
    if (type == u"message_stop") {
        for (const QString &open : m_channels.openChannels()) {
            if (!flushAnthropicBlock(open, out))
                return;
        }
        Output terminal;
        emitFrame(event.event, object, terminal);
        m_terminal += terminal.frames;
        return;
    }
    emitFrame(event.event, object, out);
}

bool StreamRelay::flushAnthropicBlock(const QString &channel, Output &out)
{
    QString rest;
    if (!release(channel, true, rest, out))
        return false;
    if (rest.isEmpty())
        return true;
    auto [eventName, frame] = m_lastDelta.value(channel);
    QJsonObject delta = frame.value(u"delta").toObject();
    const QString deltaType = delta.value(u"type").toString();
    const QString field = deltaType == u"input_json_delta" ? QStringLiteral("partial_json")
                          : deltaType == u"thinking_delta" ? QStringLiteral("thinking")
                                                           : QStringLiteral("text");
    delta.insert(field, rest);
    frame.insert(QStringLiteral("delta"), delta);
    emitFrame(eventName, frame, out);
    return true;
}

} // namespace custos
