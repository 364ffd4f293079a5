#pragma once

#include "gateway/EvidenceSink.h"

#include <QList>
#include <QMutex>

namespace custos {

// Keeps events in memory. For tests; can be told to fail, to exercise the fail-closed path.
class MemoryEvidenceSink : public EvidenceSink
{
public:
    void append(EvidenceEvent event, Durable durable) override;

    QList<EvidenceEvent> events() const;
    void clear();
    void setFailing(bool failing);

private:
    mutable QMutex m_mutex;
    QList<EvidenceEvent> m_events;
    bool m_failing = false;
};

} // namespace custos
