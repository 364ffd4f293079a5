#include "gateway/StreamRelay.h"

#include "gateway/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custos {

namespace {

QJsonObject parseObject(const QByteArray &data, bool &ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QString choiceChannel(int index)
{
    return QStringLiteral("c%1").arg(index);
}

} // namespace

StreamRelay::StreamRelay(ApiFlavor api, ChannelGuards::GuardFactory factory)
    : m_api(api)
    , m_channels(std::move(factory))
{}

StreamRelay::Output StreamRelay::feed(QByteArrayView bytes)
{
    Output out;
    for (const SseEvent &event : m_parser.feed(bytes)) {
        if (m_stopped)
            break;
        relay(event, out);
        if (out.blocked || !out.upstreamFault.isEmpty())
            m_stopped = true;
    }
    return out;
}

StreamRelay::Output StreamRelay::finish()
{
    Output out;
    if (m_stopped)
        return out;
    if (isAnthropic(m_api)) {
        for (const QString &channel : m_channels.openChannels()) {
            if (!flushAnthropicBlock(channel, out))
                break;
        }
    } else if (m_api == ApiFlavor::OpenAIResponses) {
        for (const QString &channel : m_channels.openChannels()) {
            if (!flushResponsesChannel(channel, out))
                break;
        }
    } else {
        flushAllOpenAi(out);
    }
    m_stopped = true;
    return out;
}

void StreamRelay::relay(const SseEvent &event, Output &out)
{
    if (!isAnthropic(m_api) && event.data.startsWith("[DONE]")) {
        if (flushAllOpenAi(out))
            m_terminal += "data: [DONE]\n\n";
        return;
    }
    bool ok = false;
    QJsonObject object = parseObject(event.data, ok);
    if (!ok) {
        out.upstreamFault = QStringLiteral("the upstream sent a stream event that is not JSON");
        return;
    }
    if (isAnthropic(m_api))
        relayAnthropic(event, std::move(object), out);
    else if (m_api == ApiFlavor::OpenAIResponses)
        relayResponses(event, std::move(object), out);
    else
        relayOpenAiChoices(event, std::move(object), out);
}

bool StreamRelay::release(const QString &channel, bool finishing, QString &text, Output &out)
{
    const StreamVerdict verdict = finishing ? m_channels.finish(channel) : m_channels.push(channel, text);
    if (verdict.blocked) {
        out.blocked = true;
        out.blockVerdict = verdict;
        return false;
    }
    text = verdict.text;
    return true;
}

bool StreamRelay::scan(const QString &channel, QJsonValueRef target, Output &out)
{
    QString text = target.toString();
    if (!release(channel, false, text, out))
        return false;
    target = text;
    return true;
}

void StreamRelay::emitFrame(const QByteArray &eventName, const QJsonObject &object, Output &out)
{
    if (!eventName.isEmpty())
        out.frames += "event: " + eventName + '\n';
    out.frames += "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

void StreamRelay::relayOpenAiChoices(const SseEvent &event, QJsonObject object, Output &out)
{
    if (object.contains(u"error")) {
        out.upstreamError = true;
        emitFrame(event.event, object, out);
        return;
    }
    const bool chat = m_api == ApiFlavor::OpenAIChat;
    QJsonArray choices = object.value(u"choices").toArray();
    bool hadText = false;
    bool releasedText = false;
    bool otherSignal = choices.isEmpty() || !object.value(u"usage").isNull();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        QJsonObject choice = choices.at(i).toObject();
        const int index = choice.value(u"index").toInt(static_cast<int>(i));
        QJsonObject delta = chat ? choice.value(u"delta").toObject() : choice;
        const QString textKey = chat ? QStringLiteral("content") : QStringLiteral("text");
        if (delta.value(textKey).isString()) {
            hadText = hadText || !delta.value(textKey).toString().isEmpty();
            if (!scan(choiceChannel(index), delta[textKey], out))
                return;
            releasedText = releasedText || !delta.value(textKey).toString().isEmpty();
        }
        QJsonArray toolCalls = delta.value(u"tool_calls").toArray();
        for (qsizetype t = 0; t < toolCalls.size(); ++t) {
            QJsonObject call = toolCalls.at(t).toObject();
            QJsonObject function = call.value(u"function").toObject();
            const QString channel =
                choiceChannel(index) + QStringLiteral(".t%1").arg(call.value(u"index").toInt(int(t)));
            if (function.value(u"arguments").isString() && !scan(channel, function[u"arguments"], out))
                return;
            call.insert(QStringLiteral("function"), function);
            toolCalls[t] = call;
            otherSignal = true;
        }
        if (!toolCalls.isEmpty())
            delta.insert(QStringLiteral("tool_calls"), toolCalls);
        for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
            if (it.key() != textKey && it.key() != u"index" && it.key() != u"logprobs" &&
                it.key() != u"finish_reason" && !it.value().isNull())
                otherSignal = otherSignal || chat;
        }
        if (!choice.value(u"finish_reason").isNull()) {
            otherSignal = true;
            m_lastChoiceFrame = object;
            if (!flushChoice(index, out))
                return;
        }
        if (chat)
            choice.insert(QStringLiteral("delta"), delta);
        else
            choice = delta;
        choices[i] = choice;
    }
    object.insert(QStringLiteral("choices"), choices);
    m_lastChoiceFrame = object;
    if (hadText && !releasedText && !otherSignal)
        return; // everything in this frame is held back for now
    emitFrame(event.event, object, out);
}

bool StreamRelay::flushChoice(int index, Output &out)
{
    const QString prefix = choiceChannel(index);
    for (const QString &channel : m_channels.openChannels()) {
        if (channel != prefix && !channel.startsWith(prefix + u'.'))
            continue;
        QString rest;
        if (!release(channel, true, rest, out))
            return false;
        if (rest.isEmpty())
            continue;
        QJsonObject choice{{QStringLiteral("index"), index}, {QStringLiteral("finish_reason"), QJsonValue()}};
        if (m_api != ApiFlavor::OpenAIChat) {
            choice.insert(QStringLiteral("text"), rest);
        } else if (channel == prefix) {
            choice.insert(QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), rest}});
        } else {
            const int tool = channel.mid(prefix.size() + 2).toInt();
            const QJsonObject call{
                {QStringLiteral("index"), tool},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), rest}}}};
            choice.insert(QStringLiteral("delta"),
                          QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{call}}});
        }
        QJsonObject frame = m_lastChoiceFrame;
        frame.insert(QStringLiteral("choices"), QJsonArray{choice});
        frame.remove(QStringLiteral("usage"));
        emitFrame({}, frame, out);
    }
    return true;
}

bool StreamRelay::flushAllOpenAi(Output &out)
{
    QList<int> indexes;
    for (const QString &channel : m_channels.openChannels()) {
        const int index = channel.mid(1).section(u'.', 0, 0).toInt();
        if (!indexes.contains(index))
            indexes.append(index);
    }
    for (const int index : indexes) {
        if (!flushChoice(index, out))
            return false;
    }
    return true;
}

} // namespace custos
