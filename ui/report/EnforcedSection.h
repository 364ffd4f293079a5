#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 6: the blocked, redacted and rerouted interactions, as a table that runs over as many
// pages as it needs. When the collector sampled them, the section says so and points to
// interactions.csv, which holds them all.
class EnforcedSection
{
public:
    EnforcedSection(PageFlow &flow, const audit::AuditReport &report);

    void write();

private:
    void writeIntro();

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::AuditReport &m_report;
};

} // namespace custos::report
