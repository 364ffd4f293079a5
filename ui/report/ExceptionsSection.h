#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 5: every exception, first as an index, then one block each: who asked and why, what it
// covered, every approval step with its time, the four-eyes check, uses, expiry and revocation,
// and the anomalies in red.
class ExceptionsSection
{
public:
    ExceptionsSection(PageFlow &flow, const audit::AuditReport &report);

    void write();

    // "revoked by carol at 2026-..." from the revocation step, or "not revoked".
    static QString revocationText(const audit::ExceptionRow &exception);

private:
    void writeIndex();
    void writeException(const audit::ExceptionRow &exception);
    void writeSteps(const audit::ExceptionRow &exception);

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::AuditReport &m_report;
};

} // namespace custos::report
