#include "core/watch/DriftObservation.h"

#include "core/evidence/EvidenceEvent.h"
#include "core/policy/Decision.h"
#include "core/policy/PayloadText.h"
#include "core/watch/ValueFingerprinter.h"

namespace custos {

namespace {

void appendUnique(QStringList &into, const QString &name)
{
    if (!name.isEmpty() && !into.contains(name))
        into.append(name);
}

qint64 promptLengthOf(const InteractionPayload &payload)
{
    if (!payload.hasRequest || !payload.requestReceived.isObject())
        return -1;
    qint64 length = 0;
    for (const TextLocation &text : PayloadText::collect(payload.requestReceived.toObject())) {
        if (!text.isKey)
            length += text.text.size();
    }
    return length;
}

} // namespace

DriftObservation DriftObservation::fromEvent(const EvidenceEvent &event, const InteractionPayload &payload)
{
    DriftObservation observation;
    observation.seq = event.seq;
    observation.timeMs = event.time.toMSecsSinceEpoch();
    observation.user = payload.user;
    observation.service = payload.service;
    observation.model = payload.model;
    observation.route = payload.route;
    observation.policyHash = payload.policyHash;
    observation.rules = payload.firedRules();
    bool redacted = false;
    for (const InteractionDecision &decision : payload.decisions) {
        if (decision.isResponse())
            continue;
        redacted = redacted || decision.action == Action::Redact;
        for (const InteractionHit &hit : decision.hits)
            appendUnique(observation.classes, ValueFingerprinter::valueClassOf(hit.detector, hit.dataClass));
    }
    observation.reachedProvider = payload.wasForwarded() && !redacted;
    observation.promptLength = promptLengthOf(payload);
    return observation;
}

void DriftObservation::applyRedecision(const QStringList &redecidedRules, const Decision &onRequest)
{
    rules = redecidedRules;
    classes.clear();
    for (const PolicyHit &hit : onRequest.hits)
        appendUnique(classes, ValueFingerprinter::valueClassOf(hit.hit.detectorId, hit.hit.dataClass));
    replayed = true;
}

} // namespace custos
