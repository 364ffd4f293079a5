#pragma once

#include "core/policy/InteractionPayload.h"

#include <QString>
#include <QStringList>

namespace custos {

struct Decision;
struct EvidenceEvent;

// One interaction as the drift watchers see it: where it went, which value classes its request
// carried, which rules fired and how long its prompt was.
struct DriftObservation
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString user;
    QString service;
    QString model;
    QString route; // the upstream the request went to: the provider, for "who received which class"
    QString policyHash;
    QStringList classes; // distinct value classes of the request's hits (ValueFingerprinter::valueClassOf)
    QStringList rules;   // distinct rules that fired, monitor-mode ones included
    // The request reached the provider unredacted, so the provider received its classes.
    bool reachedProvider = false;
    qint64 promptLength = -1; // code points of the request's texts; -1 when the request is not recorded
    bool replayed = false;    // rules and classes are another version's re-decision (DriftService)

    static DriftObservation fromEvent(const EvidenceEvent &event, const InteractionPayload &payload);
    // The rules and request classes of a re-decision replace the recorded ones.
    void applyRedecision(const QStringList &redecidedRules, const Decision &onRequest);
};

} // namespace custos
