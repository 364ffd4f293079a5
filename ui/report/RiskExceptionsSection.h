#pragma once

#include "ui/report/ReportBlocks.h"
#include "ui/report/RiskReport.h"

namespace custos::report {

// Section 7: the exception funnel of the period (requested, approved or rejected, used) and every
// request made in it.
class RiskExceptionsSection
{
public:
    RiskExceptionsSection(PageFlow &flow, const RiskReport &report);

    void write();

private:
    void writeRequests();

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const RiskReport &m_report;
};

} // namespace custos::report
