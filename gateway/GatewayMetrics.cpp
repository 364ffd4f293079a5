#include "gateway/GatewayMetrics.h"

namespace custos {

void GatewayMetrics::countRequest(const QString &endpoint, int status)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests[{endpoint, status}];
}

void GatewayMetrics::countDecision(const QString &direction, const QString &action)
{
    QMutexLocker lock(&m_mutex);
    ++m_decisions[{direction, action}];
}

void GatewayMetrics::countEvidenceFailure()
{
    QMutexLocker lock(&m_mutex);
    ++m_evidenceFailures;
}

void GatewayMetrics::countUpstreamError(const QString &kind)
{
    QMutexLocker lock(&m_mutex);
    ++m_upstreamErrors[kind];
}

void GatewayMetrics::observeLatency(double seconds)
{
    QMutexLocker lock(&m_mutex);
    std::size_t bucket = 0;
    while (bucket < bucketBounds.size() && seconds > bucketBounds[bucket])
        ++bucket;
    ++m_buckets[bucket];
    m_latencySum += seconds;
    ++m_latencyCount;
}

QByteArray GatewayMetrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP custos_gateway_requests_total Requests answered, by endpoint and HTTP status.\n"
           "# TYPE custos_gateway_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "custos_gateway_requests_total{endpoint=\"" + it.key().first.toUtf8() + "\",status=\"" +
               QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    out += "# HELP custos_gateway_decisions_total Policy decisions, by direction and action.\n"
           "# TYPE custos_gateway_decisions_total counter\n";
    for (auto it = m_decisions.cbegin(); it != m_decisions.cend(); ++it)
        out += "custos_gateway_decisions_total{direction=\"" + it.key().first.toUtf8() + "\",action=\"" +
               it.key().second.toUtf8() + "\"} " + QByteArray::number(it.value()) + '\n';
    out += "# HELP custos_gateway_upstream_errors_total Upstream failures, by kind.\n"
           "# TYPE custos_gateway_upstream_errors_total counter\n";
    for (auto it = m_upstreamErrors.cbegin(); it != m_upstreamErrors.cend(); ++it)
        out += "custos_gateway_upstream_errors_total{kind=\"" + it.key().toUtf8() + "\"} " +
               QByteArray::number(it.value()) + '\n';
    out += "# HELP custos_gateway_evidence_failures_total Interactions the evidence store could not record.\n"
           "# TYPE custos_gateway_evidence_failures_total counter\n"
           "custos_gateway_evidence_failures_total " +
           QByteArray::number(m_evidenceFailures) + '\n';
    out += "# HELP custos_gateway_open_streams Streamed responses in progress.\n"
           "# TYPE custos_gateway_open_streams gauge\n"
           "custos_gateway_open_streams " +
           QByteArray::number(m_openStreams.load()) + '\n';
    out += "# HELP custos_gateway_request_duration_seconds Time from request to last byte.\n"
           "# TYPE custos_gateway_request_duration_seconds histogram\n";
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        cumulative += m_buckets[i];
        const QByteArray bound = i < bucketBounds.size() ? QByteArray::number(bucketBounds[i]) : "+Inf";
        out += "custos_gateway_request_duration_seconds_bucket{le=\"" + bound + "\"} " +
               QByteArray::number(cumulative) + '\n';
    }
    out += "custos_gateway_request_duration_seconds_sum " + QByteArray::number(m_latencySum, 'f', 6) + '\n';
    out += "custos_gateway_request_duration_seconds_count " + QByteArray::number(m_latencyCount) + '\n';
    return out;
}

} // namespace custos
