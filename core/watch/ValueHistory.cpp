#include "core/watch/ValueHistory.h"

#include <algorithm>

namespace custos {

namespace {

// The first entry of a day-sorted vector at or after `day`.
template <typename Entries> auto firstFrom(Entries &entries, int day)
{
    return std::lower_bound(entries.begin(), entries.end(), day,
                            [](const auto &entry, int wanted) { return entry.first < wanted; });
}

// The entry of `day`, made (in its place) when missing. Almost always the last one.
template <typename Value> Value &entryOf(std::vector<std::pair<int, Value>> &entries, int day)
{
    if (entries.empty() || entries.back().first < day)
        return entries.emplace_back(day, Value{}).second;
    if (entries.back().first == day)
        return entries.back().second;
    auto at = firstFrom(entries, day);
    if (at == entries.end() || at->first != day)
        at = entries.emplace(at, day, Value{});
    return at->second;
}

} // namespace

quint64 ValueHistory::keyOf(const QString &fingerprint)
{
    // The first 16 hex digits, read by hand: this runs for every counted value, and the generic
    // string-to-number conversion costs several times more.
    if (fingerprint.size() < 16)
        return quint64(qHash(fingerprint, 0x5eed)) << 1 | 1;
    quint64 key = 0;
    for (qsizetype i = 0; i < 16; ++i) {
        const char16_t c = fingerprint.at(i).unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            return quint64(qHash(fingerprint, 0x5eed)) << 1 | 1;
        key = key << 4 | quint64(digit);
    }
    return key;
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
        const auto last = firstFrom(m_lastSeenCounts, found->lastDay);
        if (last != m_lastSeenCounts.end() && last->first == found->lastDay && --last->second == 0)
            m_lastSeenCounts.erase(last);
        *found = Seen{day, seq, covered};
    } else {
        m_seen.insert(key, Seen{day, seq, covered});
    }
    ++entryOf(m_lastSeenCounts, day);
    if (novel) {
        DayTally &today = entryOf(m_days, day);
        ++today.novel;
        today.novelSeqs.append(seq);
        if (covered)
            today.coveredSeqs.append(seq);
    }
    return novel;
}

int ValueHistory::novelOn(int day) const
{
    const DayTally *found = tally(day);
    return found ? found->novel : 0;
}

const ValueHistory::DayTally *ValueHistory::tally(int day) const
{
    const auto found = firstFrom(m_days, day);
    return found == m_days.end() || found->first != day ? nullptr : &found->second;
}

int ValueHistory::distinctWithin(int day, int days) const
{
    int count = 0;
    for (auto it = firstFrom(m_lastSeenCounts, day - days + 1);
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
    if (m_lastSeenCounts.empty() || m_lastSeenCounts.front().first >= firstKeptDay)
        return;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (it->lastDay < firstKeptDay)
            it = m_seen.erase(it);
        else
            ++it;
    }
    m_lastSeenCounts.erase(m_lastSeenCounts.begin(), firstFrom(m_lastSeenCounts, firstKeptDay));
    m_days.erase(m_days.begin(), firstFrom(m_days, firstKeptDay));
    for (auto it = excludedDays.begin(); it != excludedDays.end();) {
        if (*it < firstKeptDay)
            it = excludedDays.erase(it);
        else
            ++it;
    }
}

} // namespace custos
