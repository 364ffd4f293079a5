// The streamed half of ProxyExchange: server-sent events relayed frame by frame through the policy's
// stream guards, with the final event held until the interaction is durable in the ledger.
#include "gateway/ProxyExchange.h"

#include "gateway/StreamRelay.h"

namespace custos {

void ProxyExchange::startStream()
{
    m_streaming = true;
    m_services.metrics->streamOpened();
    const auto enforcer = m_services.enforcer;
    const EnforcementContext streamContext = context(Direction::Response);
    m_relay = std::make_unique<StreamRelay>(
        m_api, [enforcer, streamContext] { return enforcer->streamGuard(streamContext); });
    if (!m_exchange)
        return;
    auto headers = baseHeaders("text/event-stream");
    headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
    m_exchange->beginChunked(200, headers);
}

void ProxyExchange::relayStreamBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_committed || !m_relay)
        return;
    if (m_record.interactionId().isEmpty())
        return;
    const StreamRelay::Output out = m_relay->feed(bytes);
    if (m_exchange)
        m_exchange->writeChunk(out.frames);
    if (out.blocked) {
        dropUpstream();
        ApiError error =
            policyError(QStringLiteral("response"), out.blockVerdict.rules, out.blockVerdict.message);
        error.code = QStringLiteral("response_blocked_by_policy");
        respondError(error);
    } else if (!out.upstreamFault.isEmpty()) {
        dropUpstream();
        m_services.metrics->countUpstreamError(QStringLiteral("garbage"));
        respondError(ApiError::badGateway(
            QStringLiteral("Upstream route '%1' failed mid-stream: %2").arg(m_routeName, out.upstreamFault),
            QStringLiteral("upstream_invalid_response")));
    }
}

void ProxyExchange::dropUpstream()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ProxyExchange::endStream(const QByteArray &tail, const QString &fault)
{
    if (m_committed)
        return;
    dropUpstream();
    QByteArray finalBytes = tail;
    if (tail.isEmpty()) {
        const StreamRelay::Output out = m_relay->finish();
        if (m_exchange)
            m_exchange->writeChunk(out.frames);
        if (out.blocked) {
            ApiError error =
                policyError(QStringLiteral("response"), out.blockVerdict.rules, out.blockVerdict.message);
            error.code = QStringLiteral("response_blocked_by_policy");
            error.interactionId = m_record.interactionId();
            finalBytes = error.sseEvent(m_api, m_relay->lastSequenceNumber() + 1);
            m_record.setOutcome(error.status, error.message);
        } else if (!fault.isEmpty() || !m_relay->sawTerminal()) {
            m_services.metrics->countUpstreamError(QStringLiteral("stream_cut"));
            ApiError error = ApiError::badGateway(
                QStringLiteral("The upstream of route '%1' closed the stream before it finished%2")
                    .arg(m_routeName, fault.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(fault)),
                QStringLiteral("upstream_stream_incomplete"));
            error.interactionId = m_record.interactionId();
            finalBytes = error.sseEvent(m_api, m_relay->lastSequenceNumber() + 1);
            m_record.setOutcome(error.status, error.message);
        } else {
            finalBytes = m_relay->takeTerminal();
            m_record.setOutcome(200, {});
        }
    }
    const ChannelGuards &channels = m_relay->channels();
    for (const auto &[channel, verdict] : channels.decisions())
        m_record.addStreamDecision(channel, verdict);
    m_record.setResponse(channels.receivedText(), channels.returnedText());
    m_record.markLatency(QStringLiteral("upstream_done"));
    commit([this, finalBytes](bool recorded, const QString &failure) {
        QByteArray last = finalBytes;
        if (!recorded && m_failureMode == FailureMode::Closed) {
            ApiError error = ApiError::unavailable(
                QStringLiteral(
                    "Custos could not record this interaction in the evidence store, so it ends the "
                    "stream (fail closed): %1")
                    .arg(failure),
                QStringLiteral("evidence_unavailable"));
            error.interactionId = m_record.interactionId();
            last = error.sseEvent(m_api, m_relay->lastSequenceNumber() + 1);
        }
        if (m_exchange) {
            m_exchange->writeChunk(last);
            m_exchange->endChunked();
        }
        m_services.metrics->streamClosed();
        done(200);
    });
}

void ProxyExchange::onClientGone()
{
    dropUpstream();
    if (m_committed)
        return;
    m_record.setOutcome(499, QStringLiteral("the client disconnected before the response was complete"));
    if (m_relay) {
        const ChannelGuards &channels = m_relay->channels();
        m_record.setResponse(channels.receivedText(), channels.returnedText());
    }
    const bool streaming = m_streaming;
    commit([this, streaming](bool, const QString &) {
        if (streaming)
            m_services.metrics->streamClosed();
        done(499);
    });
}

} // namespace custos
