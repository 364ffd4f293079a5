#pragma once

#include "core/policy/InteractionPayload.h"

#include <QList>
#include <QString>

namespace custos {

// One fingerprinted value in a request.
struct ObservedValue
{
    QString valueClass; // ValueFingerprinter::valueClassOf
    QString fingerprint;
};

// One interaction as the watchers see it: who sent which fingerprinted values when, and whether an
// exception covered it (covered interactions still count; alerts name them).
struct WatchObservation
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString user;
    QString service;
    bool covered = false;
    QList<ObservedValue> values; // distinct within the interaction

    // The request hits of a recorded interaction that carry a fingerprint. No user (a refusal
    // before the key resolved) gives an observation with an empty user, which the engine skips.
    static WatchObservation fromPayload(qint64 seq, qint64 timeMs, const InteractionPayload &payload);
    void addValue(const QString &valueClass, const QString &fingerprint);
};

} // namespace custos
