#pragma once

#include <QJsonObject>
#include <QString>

namespace custos {

// The kinds of damage verify can name.
enum class Damage {
    None,
    Modified,     // an event's payload or header no longer matches its digest or hash
    Deleted,      // events are missing from the middle of the chain
    Inserted,     // an event was spliced into the chain
    Reordered,    // events swapped places
    Truncated,    // events are missing from the end
    RolledBack,   // the store is an older or rewritten copy of what a checkpoint vouched for
    BadSignature, // a checkpoint's signature does not verify with the store's key
};

QString damageName(Damage damage); // "modified", "deleted", ...

struct VerifyReport
{
    Damage damage = Damage::None;
    qint64 firstBadSeq = 0;
    QString detail;
    qint64 eventsChecked = 0;
    qint64 headSeq = 0;
    int checkpointsChecked = 0;
    int externalCheckpointsChecked = 0;
    bool cancelled = false;
    QString error; // the store could not be read at all

    bool ok() const { return damage == Damage::None && !cancelled && error.isEmpty(); }
    QString summary() const; // one line for people
    QJsonObject toJson() const;
};

} // namespace custos
