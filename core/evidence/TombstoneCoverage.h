#pragma once

#include "EvidenceBackend.h"

#include <QMap>

#include <optional>

namespace custos {

// Every dropped payload must be accounted for by a ledger event: a retention "drop" event that
// names its seq (written in the same transaction as the tombstone), or the chain migration that
// found it already dropped. Verify feeds it every row and asks at the end which tombstone no event
// covers, or covers for another reason or too early.
class TombstoneCoverage
{
public:
    struct Problem
    {
        qint64 seq = 0;
        QString detail;
    };

    // Checks one row; a problem that the row alone shows (a tombstone on a record that never
    // expires, or one that is not a bare tombstone) comes back at once.
    std::optional<Problem> feed(const ChainRow &row);
    // The first tombstone without a fitting cover, once every row was fed.
    std::optional<Problem> finish() const;

    // The payload of the drop event that covers `seqs` (sorted) for `reason` as of `asOf`.
    static QJsonObject dropPayload(const QList<qint64> &seqs, const QString &reason, qint64 asOfMs,
                                   int minDays);
    static QJsonArray ranges(const QList<qint64> &sortedSeqs);

private:
    struct Cover
    {
        qint64 last = 0; // the range is [key, last]
        QString reason;
        qint64 coverSeq = 0;
        qint64 asOfMs = 0;
        int minDays = 0;
        bool migrated = false;
    };
    struct Dropped
    {
        qint64 seq = 0;
        qint64 timeMs = 0;
        QString reason;
    };
    void addCovers(const QJsonArray &ranges, const Cover &cover);
    std::optional<Problem> judge(const Dropped &dropped) const;

    QMap<qint64, Cover> m_covers; // by first seq of the range
    QList<Dropped> m_dropped;
};

} // namespace custos
