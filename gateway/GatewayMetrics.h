#pragma once

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>

namespace custos {

// Counters and a latency histogram, rendered in the Prometheus text format at /custos/v1/metrics.
class GatewayMetrics
{
public:
    void countRequest(const QString &endpoint, int status);
    void countDecision(const QString &direction, const QString &action);
    void countEvidenceFailure();
    void countUpstreamError(const QString &kind);
    void observeLatency(double seconds);
    void streamOpened() { ++m_openStreams; }
    void streamClosed() { --m_openStreams; }

    QByteArray render() const;

private:
    static constexpr std::array<double, 12> bucketBounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                         0.05,   0.1,   0.25,   0.5,   1.0,  5.0};
    mutable QMutex m_mutex;
    QMap<QPair<QString, int>, quint64> m_requests;
    QMap<QPair<QString, QString>, quint64> m_decisions;
    QMap<QString, quint64> m_upstreamErrors;
    std::array<quint64, bucketBounds.size() + 1> m_buckets{};
    double m_latencySum = 0;
    quint64 m_latencyCount = 0;
    quint64 m_evidenceFailures = 0;
    std::atomic<int> m_openStreams{0};
};

} // namespace custos
