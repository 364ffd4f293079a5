#pragma once

#include "core/exceptions/ExceptionRecord.h"
#include "core/policy/InteractionPayload.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace custos {

// The policy version an interaction was decided under, as its policy_publish event records it.
struct ExplainedPolicy
{
    QString hash; // as the interaction recorded it
    bool found = false;
    qint64 seq = 0; // the policy_publish event
    QString author;
    QDateTime publishedAt;
    QString comment;
    QString title;
    QString problem; // why the version could not be resolved, when !found

    QJsonObject toJson() const;
};

// One ledger event about an exception: requested, approved, used, revoked, ...
struct ExceptionStep
{
    qint64 seq = 0;
    QString event;
    QString actor;
    QDateTime time;
    QString interactionId; // for "used": the interaction it let through
    int useNumber = 0;     // for "used"
    bool thisUse = false;  // the use by the explained interaction

    QJsonObject toJson() const;
};

// An exception the interaction used: the record folded from the ledger and every step.
struct ExplainedException
{
    QString id;
    bool found = false;
    ExceptionRecord record;
    QList<ExceptionStep> steps; // oldest first
    QString problem;            // when !found

    // The approvals and rejections: who decided, and when.
    QList<ExceptionStep> decisions() const;
    const ExceptionStep *thisUse() const;
    QJsonObject toJson() const;
};

// Where the event sits in the hash chain, and whether the chain verifies up to it.
struct ExplainedChain
{
    qint64 seq = 0;
    QByteArray prevHash;
    QByteArray hash;
    QByteArray payloadDigest;
    // The typed record re-encodes to exactly the stored digest (false for an erased payload).
    bool digestReproduced = false;
    bool verified = false;
    QString verifyDetail; // the verifier's summary
    qint64 eventsChecked = 0;
    int checkpointsChecked = 0;

    QJsonObject toJson() const;
};

// Everything `custosctl explain` and the console's Explain dialog show about one interaction.
struct InteractionExplanation
{
    QDateTime time; // recorded, UTC
    QString actor;
    bool tombstoned = false; // the payload was erased by retention; its digest stays
    InteractionPayload payload;
    ExplainedPolicy policy;
    QList<ExplainedException> exceptions;
    ExplainedChain chain;

    QJsonObject toJson() const;
};

} // namespace custos
