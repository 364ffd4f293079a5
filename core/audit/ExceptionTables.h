#pragma once

#include "core/audit/AuditContext.h"
#include "core/audit/ExceptionTrail.h"

#include <vector>

namespace custos {
class UserDirectory;
}

namespace custos::audit {

class PolicyVersionTable;

// exceptions.csv and exception_events.csv: every exception touching the period (a step in it,
// active or pending across it, or used by one of its interactions), each with its whole trail
// from the request on, judged by ExceptionTrail.
class ExceptionTables
{
public:
    // Reads every exception and approval event up to `uptoSeq` (the pack's closing checkpoint),
    // so the pack states each exception as of that point.
    Result<void> load(const EvidenceStore &store, qint64 uptoSeq);
    void judge(const AuditContext &context, const PolicyVersionTable &versions, const UserDirectory &users,
               const ExceptionUses &uses);

    Result<CsvTable> writeExceptions(AuditContext &context, AuditReport &report) const;
    Result<CsvTable> writeEvents(AuditContext &context) const;
    int anomalyCount() const;
    int selectedCount() const { return int(m_selected.size()); }

private:
    QStringList exceptionCells(const ExceptionTrail &trail) const;
    ExceptionRow reportRow(const ExceptionTrail &trail) const;
    bool touchesServices(const ExceptionTrail &trail, const AuditContext &context) const;

    QList<EvidenceEvent> m_events; // seq order; the trails point into it, so it never changes after load
    std::vector<ExceptionTrail> m_trails;
    QList<const ExceptionTrail *> m_selected;
    QList<const EvidenceEvent *> m_refusedRequests; // refused requests in the period (no exception id)
};

} // namespace custos::audit
