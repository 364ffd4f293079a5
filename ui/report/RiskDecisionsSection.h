#pragma once

#include "ui/report/ReportBlocks.h"
#include "ui/report/RiskReport.h"

namespace custos::report {

// Section 5: what the gateway decided (interactions by their strongest action, per day as a chart)
// and what monitor-mode rules would have done.
class RiskDecisionsSection
{
public:
    RiskDecisionsSection(PageFlow &flow, const RiskReport &report);

    void write();

private:
    void writeWouldHave();

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const RiskReport &m_report;
};

} // namespace custos::report
