#include "core/watch/ValueHistory.h"

#include <algorithm>

namespace custos {

quint64 ValueHistory::keyOf(const QString &fingerprint)
{
    bool hex = false;
    const quint64 key = QStringView(fingerprint).left(16).toULongLong(&hex, 16);
    return hex && fingerprint.size() >= 16 ? key : quint64(qHash(fingerprint, 0x5eed)) << 1 | 1;
}

bool ValueHistory::record(int day, const QString &fingerprint, qint64 seq, bool covered, int lookbackDays)
{
    const quint64 key = keyOf(fingerprint);
    auto found = m_seen.find(key);
    const bool known = found != m_seen.end();
    const bool novel = !known || found->lastDay < day - lookbackDays;
    if (known && found->lastDay == day) {
        found->lastSeq = seq;
        found->covered = covered;
        return false;
    }
    if (known) {
        if (--m_lastSeenCounts[found->lastDay] == 0)
            m_lastSeenCounts.erase(found->lastDay);
        *found = Seen{day, seq, covered};
    } else {
        m_seen.insert(key, Seen{day, seq, covered});
    }
    ++m_lastSeenCounts[day];
    if (novel) {
        DayTally &today = m_days[day];
        ++today.novel;
        today.novelSeqs.append(seq);
        if (covered)
            today.coveredSeqs.append(seq);
    }
    return novel;
}

int ValueHistory::novelOn(int day) const
{
    const auto found = m_days.find(day);
    return found == m_days.end() ? 0 : found->second.novel;
}

const ValueHistory::DayTally *ValueHistory::tally(int day) const
{
    const auto found = m_days.find(day);
    return found == m_days.end() ? nullptr : &found->second;
}

int ValueHistory::distinctWithin(int day, int days) const
{
    int count = 0;
    for (auto it = m_lastSeenCounts.lower_bound(day - days + 1);
         it != m_lastSeenCounts.end() && it->first <= day; ++it)
        count += it->second;
    return count;
}

QList<qint64> ValueHistory::seqsWithin(int day, int days, QList<qint64> *covered) const
{
    QList<qint64> seqs;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (it->lastDay < day - days + 1 || it->lastDay > day)
            continue;
        seqs.append(it->lastSeq);
        if (covered && it->covered)
            covered->append(it->lastSeq);
    }
    std::sort(seqs.begin(), seqs.end());
    seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
    if (covered) {
        std::sort(covered->begin(), covered->end());
        covered->erase(std::unique(covered->begin(), covered->end()), covered->end());
    }
    return seqs;
}

void ValueHistory::forget(int firstKeptDay)
{
    if (m_lastSeenCounts.empty() || m_lastSeenCounts.begin()->first >= firstKeptDay)
        return;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (it->lastDay < firstKeptDay)
            it = m_seen.erase(it);
        else
            ++it;
    }
    m_lastSeenCounts.erase(m_lastSeenCounts.begin(), m_lastSeenCounts.lower_bound(firstKeptDay));
    m_days.erase(m_days.begin(), m_days.lower_bound(firstKeptDay));
    for (auto it = excludedDays.begin(); it != excludedDays.end();) {
        if (*it < firstKeptDay)
            it = excludedDays.erase(it);
        else
            ++it;
    }
}

} // namespace custos
