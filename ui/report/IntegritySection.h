#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Sections 7 to 9: whether the evidence is whole. The chain's span and the checkpoints around
// it, retention and legal holds, and every gap or health event (or an explicit "none detected").
class IntegritySection
{
public:
    IntegritySection(PageFlow &flow, const audit::AuditReport &report);

    void write();

private:
    void writeChain();
    void writeRetention();
    void writeGaps();

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::AuditReport &m_report;
};

} // namespace custos::report
