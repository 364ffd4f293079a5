#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace custos {

// What one user sent of one value class, day by day: when each fingerprint was last seen (to tell
// novel values and to count distinct values in windows), the novel values of each day, and the
// watchers' running state for the pair. Days are UTC day numbers since the epoch. Memory is bounded
// by forget(): a value not seen within the look-back is dropped.
class ValueHistory
{
public:
    struct DayTally
    {
        int novel = 0;
        QList<qint64> novelSeqs;   // the interactions that sent them
        QList<qint64> coveredSeqs; // those of them an exception covered
    };

    // Records one value; true when it is novel (not sent by this user in the `lookbackDays` before).
    bool record(int day, const QString &fingerprint, qint64 seq, bool covered, int lookbackDays);
    int novelOn(int day) const;
    const DayTally *tally(int day) const;
    using Days = std::vector<std::pair<int, DayTally>>; // sorted by day
    const Days &days() const { return m_days; }
    // Distinct values last sent within the `days` ending with `day`.
    int distinctWithin(int day, int days) const;
    // The last interaction that sent each of those values, oldest first, and the covered ones.
    QList<qint64> seqsWithin(int day, int days, QList<qint64> *covered = nullptr) const;
    // Drops what is older than `firstKeptDay`.
    void forget(int firstKeptDay);

    // The novel-values CUSUM and its current run (the days since it last stood at zero).
    double cusum = 0.0;
    QList<int> runDays;
    // Days whose counts stay out of the baseline: those of alerts still open or confirmed.
    QSet<int> excludedDays;
    // Alerts raised for the pair so far (the next alert's ordinal) and the open one's id.
    int alertCount = 0;
    QString openAlertId;
    QList<int> openAlertDays; // its run, to feed back into the baseline when dismissed
    // A dismissed budget alert re-arms at this distinct count.
    int budgetRearmAt = 0;

private:
    struct Seen
    {
        int lastDay = 0;
        qint64 lastSeq = 0;
        bool covered = false;
    };

    // Keyed by the fingerprint's first 64 bits: fingerprints are HMAC output, so a collision
    // among one user's values of one class is out of reach, and the key is cheap to hash.
    static quint64 keyOf(const QString &fingerprint);

    QHash<quint64, Seen> m_seen;
    // Sorted by day, at most look-back + 1 entries each. Vectors, not maps: every counted value
    // and every day close touches them, and contiguous memory keeps that to a cache line or two.
    std::vector<std::pair<int, int>> m_lastSeenCounts; // day -> values whose last sighting is that day
    Days m_days;
};

} // namespace custos
