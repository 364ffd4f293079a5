#pragma once

#include "ui/report/ReportBlocks.h"
#include "ui/report/RiskReport.h"

namespace custos::report {

// Section 4: who sent the sensitive values (top users and services by distinct values) and where
// they went (providers and models by data class).
class RiskWhoWhereSection
{
public:
    RiskWhoWhereSection(PageFlow &flow, const RiskReport &report);

    void write();

private:
    void writeRecipients();
    void writeSenders(const QString &title, const QList<SurfaceSender> &senders, const QString &who);

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const RiskReport &m_report;
};

} // namespace custos::report
