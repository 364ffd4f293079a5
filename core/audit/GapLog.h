#pragma once

#include "core/audit/AuditReport.h"
#include "core/audit/RowSpool.h"
#include "core/audit/TableStream.h"
#include "core/evidence/EvidenceBackend.h"

#include <map>

namespace custos::audit {

// Gaps and health problems found by the passes over the ledger, streamed as gaps.csv in seq
// order. The passes find them in seq order each, so each pass spools its own and the table is a
// merge. The PDF gets every gap but the fail-open decisions, which can be every interaction of a
// fail-open policy and are summed per day instead.
class GapLog
{
public:
    static constexpr int kReportRows = 300;

    Result<void> addInteractionGap(const QString &kind, qint64 seq, qint64 timeMs, const QString &detail);
    Result<void> addChainGap(const QString &kind, qint64 seq, qint64 timeMs, const QString &detail);
    void addOther(const GapRow &gap); // few, any order (unknown policies, a missing checkpoint)
    // From the chain pass, for every event of the period: a `logging_failure` admin event (the
    // gateway's record of interactions it could not write) becomes a logging_failure gap.
    Result<void> noteLoggingFailure(const LedgerRow &row);

    qint64 count() const { return m_interactionGaps.size() + m_chainGaps.size() + m_other.size(); }
    const std::map<QString, qint64> &countsByKind() const { return m_byKind; }

    Result<CsvTable> write(TableSink &sink, AuditReport &report);

private:
    struct DaySpan
    {
        qint64 count = 0;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        qint64 firstMs = 0;
    };
    void noteForReport(const QStringList &cells, AuditReport &report, qint64 &listed);

    RowSpool m_interactionGaps;
    RowSpool m_chainGaps;
    QList<GapRow> m_other;
    std::map<QString, qint64> m_byKind;
    std::map<QDate, DaySpan> m_failOpenDays;
};

} // namespace custos::audit
