#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 10: the pack's CSV files with their row counts, and what each column means.
class ColumnDictionarySection
{
public:
    ColumnDictionarySection(PageFlow &flow, const audit::AuditReport &report);

    void write();

private:
    void writeFiles();
    QStringList filesInOrder() const;

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::AuditReport &m_report;
};

} // namespace custos::report
