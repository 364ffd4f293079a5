#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Sections 1 and 2: what the pack covers and who exported it, then the verdict box that tells the
// auditor at a glance whether every check passed.
class CoverSection
{
public:
    CoverSection(PageFlow &flow, const audit::AuditReport &report);

    void write();

    static QString servicesText(const QStringList &services);
    static QString periodText(const audit::ReportScope &scope);

private:
    void writeCover();
    void writeVerdict();

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::AuditReport &m_report;
};

} // namespace custos::report
