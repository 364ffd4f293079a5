#include "gateway/MemoryEvidenceSink.h"

namespace custos {

void MemoryEvidenceSink::append(EvidenceEvent event, Durable durable)
{
    QMutexLocker lock(&m_mutex);
    if (m_failing) {
        lock.unlock();
        durable(fail(QStringLiteral("the evidence store is unavailable (simulated failure)")));
        return;
    }
    event.seq = m_events.size() + 1;
    m_events.append(std::move(event));
    const qint64 seq = m_events.size();
    lock.unlock();
    durable(seq);
}

QList<EvidenceEvent> MemoryEvidenceSink::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

void MemoryEvidenceSink::clear()
{
    QMutexLocker lock(&m_mutex);
    m_events.clear();
}

void MemoryEvidenceSink::setFailing(bool failing)
{
    QMutexLocker lock(&m_mutex);
    m_failing = failing;
}

} // namespace custos
