#pragma once

#include "gateway/ChannelGuards.h"
#include "gateway/SseParser.h"

#include <QJsonObject>

namespace custos {

// Re-emits an upstream server-sent event stream frame by frame, with every piece of text passed through
// the channel guards first: frames carry the scanned (possibly redacted) text, text still held back is
// dropped from its frame and released in a synthetic frame of the same shape before the channel closes.
// The stream's final event is held apart, so the caller can release it once the evidence is durable.
class StreamRelay
{
public:
    struct Output
    {
        QByteArray frames; // safe to send now
        bool blocked = false;
        StreamVerdict blockVerdict;
        QString upstreamFault;      // the upstream sent something that is not its API's stream
        bool upstreamError = false; // the upstream itself sent an error event (passed on in frames)
    };

    StreamRelay(ApiFlavor api, ChannelGuards::GuardFactory factory);

    Output feed(QByteArrayView bytes);
    // The upstream finished: releases held-back text. Call before taking the terminal frames.
    Output finish();

    bool sawTerminal() const { return !m_terminal.isEmpty(); }
    QByteArray takeTerminal() { return std::exchange(m_terminal, {}); }
    qint64 lastSequenceNumber() const { return m_lastSequence; }
    const ChannelGuards &channels() const { return m_channels; }

private:
    void relay(const SseEvent &event, Output &out);
    void relayOpenAiChoices(const SseEvent &event, QJsonObject object, Output &out);
    void relayResponses(const SseEvent &event, QJsonObject object, Output &out);
    void relayAnthropic(const SseEvent &event, QJsonObject object, Output &out);
    bool flushChoice(int index, Output &out);
    bool flushAllOpenAi(Output &out);
    bool flushResponsesChannel(const QString &channel, Output &out);
    bool flushAnthropicBlock(const QString &channel, Output &out);
    bool scan(const QString &channel, QJsonValueRef target, Output &out);
    bool release(const QString &channel, bool finishing, QString &text, Output &out);
    void emitFrame(const QByteArray &eventName, const QJsonObject &object, Output &out);

    ApiFlavor m_api;
    SseParser m_parser;
    ChannelGuards m_channels;
    QByteArray m_terminal;
    QJsonObject m_lastChoiceFrame;                              // shape for synthetic chat/completions frames
    QHash<QString, QPair<QByteArray, QJsonObject>> m_lastDelta; // channel -> (event name, last delta event)
    qint64 m_lastSequence = 0;
    bool m_stopped = false;
};

} // namespace custos
