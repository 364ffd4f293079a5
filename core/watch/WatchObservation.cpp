#include "core/watch/WatchObservation.h"

#include "core/watch/ValueFingerprinter.h"

namespace custos {

WatchObservation WatchObservation::fromPayload(qint64 seq, qint64 timeMs, const InteractionPayload &payload)
{
    WatchObservation observation;
    observation.seq = seq;
    observation.timeMs = timeMs;
    observation.user = payload.user;
    observation.service = payload.service;
    observation.covered = !payload.exceptionIds.isEmpty();
    for (const InteractionDecision &decision : payload.decisions) {
        if (decision.isResponse())
            continue;
        for (const InteractionHit &hit : decision.hits)
            if (!hit.fingerprint.isEmpty())
                observation.addValue(ValueFingerprinter::valueClassOf(hit.detector, hit.dataClass),
                                     hit.fingerprint);
    }
    return observation;
}

void WatchObservation::addValue(const QString &valueClass, const QString &fingerprint)
{
    for (const ObservedValue &value : std::as_const(values))
        if (value.fingerprint == fingerprint && value.valueClass == valueClass)
            return;
    values.append(ObservedValue{valueClass, fingerprint});
}

} // namespace custos
