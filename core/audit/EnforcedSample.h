#pragma once

#include "core/audit/AuditReport.h"

#include <QSet>

#include <deque>
#include <map>
#include <vector>

namespace custos::audit {

// The blocked, redacted and rerouted interactions the PDF lists, kept in bounded memory while
// millions of rows stream past: all of them up to kAllUpTo; beyond that the kRecent most recent
// plus a sample stratified by day and action. The sample is deterministic (the lowest ranks of a
// fixed hash of the seq), so two exports of one scope list the same rows.
class EnforcedSample
{
public:
    static constexpr int kAllUpTo = 500;
    static constexpr int kRecent = 200;
    static constexpr int kSampleBudget = 300;
    static constexpr int kPerStratum = 100;

    void add(const InteractionRow &row);
    qint64 total() const { return m_total; }
    bool sampled() const { return m_total > kAllUpTo; }
    QList<InteractionRow> rows() const; // in seq order

private:
    struct Candidate
    {
        quint64 rank = 0;
        InteractionRow row;
    };
    using Stratum = std::vector<Candidate>; // a max-heap on rank, at most kPerStratum

    qint64 m_total = 0;
    QList<InteractionRow> m_all; // while m_total <= kAllUpTo
    std::deque<InteractionRow> m_recent;
    std::map<std::pair<QDate, QString>, Stratum> m_strata;
};

} // namespace custos::audit
