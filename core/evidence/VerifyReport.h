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
    BadTombstone, // a payload was dropped without a retention event covering it for that reason and time
    Projection,   // a query table or the full-text index disagrees with the chain
    CorruptPage,  // a page of the file fails SQLCipher's HMAC or SQLite's integrity check
};

// One named disagreement beyond the first damage: a query-table row or a page.
struct VerifyFinding
{
    Damage damage = Damage::None;
    qint64 seq = 0;  // the event concerned; 0 when none
    qint64 page = 0; // the page concerned; 0 when none
    QString detail;
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
    int chainFormula = 0;
    // Projection and page findings, each named (the first also fills damage/firstBadSeq/detail).
    QList<VerifyFinding> findings;
    qint64 projectionsChecked = 0;
    qint64 pagesChecked = 0;
    // The witness: the file of checkpoints kept outside the store.
    QString witnessPath;
    int witnessCheckpointsChecked = 0;
    QString witnessWarning; // set, loudly, when there is no witness to compare with
    bool cancelled = false;
    QString error; // the store could not be read at all

    bool ok() const { return damage == Damage::None && findings.isEmpty() && !cancelled && error.isEmpty(); }
    void addFinding(VerifyFinding finding); // also the first damage, if none yet
    QString summary() const;                // one line for people
    QJsonObject toJson() const;
};

} // namespace custos
