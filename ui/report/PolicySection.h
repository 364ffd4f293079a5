#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Sections 3 and 4: the policy versions in force, then what was decided under them: by action
// and version, by rule, and per day as a chart.
class PolicySection
{
public:
    PolicySection(PageFlow &flow, const audit::AuditReport &report);

    void write();

private:
    void writeVersions();
    void writeSummary();
    void writeCounts(const QString &title, const QString &what, const QList<audit::CountRow> &rows);

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::AuditReport &m_report;
};

} // namespace custos::report
