#include "core/audit/EnforcedSample.h"

#include <QTimeZone>

#include <algorithm>

namespace custos::audit {

namespace {

// splitmix64: a fixed, well-mixed rank per seq, the same on every run.
quint64 sampleRank(qint64 seq)
{
    quint64 z = quint64(seq) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

bool rankBelow(const auto &a, const auto &b)
{
    return a.rank < b.rank;
}

} // namespace

void EnforcedSample::add(const InteractionRow &row)
{
    ++m_total;
    if (m_total <= kAllUpTo)
        m_all.append(row);
    else
        m_all.clear();
    m_recent.push_back(row);
    if (m_recent.size() > size_t(kRecent))
        m_recent.pop_front();
    Stratum &stratum = m_strata[{row.time.toUTC().date(), row.decision}];
    const Candidate candidate{sampleRank(row.seq), row};
    if (stratum.size() < size_t(kPerStratum)) {
        stratum.push_back(candidate);
        std::push_heap(stratum.begin(), stratum.end(), rankBelow<Candidate, Candidate>);
    } else if (candidate.rank < stratum.front().rank) {
        std::pop_heap(stratum.begin(), stratum.end(), rankBelow<Candidate, Candidate>);
        stratum.back() = candidate;
        std::push_heap(stratum.begin(), stratum.end(), rankBelow<Candidate, Candidate>);
    }
}

QList<InteractionRow> EnforcedSample::rows() const
{
    if (!sampled())
        return m_all;
    QList<InteractionRow> rows(m_recent.begin(), m_recent.end());
    QSet<qint64> chosen;
    for (const InteractionRow &row : rows)
        chosen.insert(row.seq);
    const int strata = int(m_strata.size());
    // An even share per stratum, at least one, never past the budget (so the list stays within
    // kRecent + kSampleBudget rows; with more strata than the budget, the earliest days get one each).
    const int quota = std::clamp(kSampleBudget / std::max(strata, 1), 1, kPerStratum);
    int budget = kSampleBudget;
    for (const auto &[key, heap] : m_strata) {
        Stratum lowest = heap;
        std::sort(lowest.begin(), lowest.end(), rankBelow<Candidate, Candidate>);
        int taken = 0;
        for (const Candidate &candidate : lowest) {
            if (taken == quota || budget == 0)
                break;
            if (chosen.contains(candidate.row.seq))
                continue;
            chosen.insert(candidate.row.seq);
            rows.append(candidate.row);
            ++taken;
            --budget;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    return rows;
}

} // namespace custos::audit
