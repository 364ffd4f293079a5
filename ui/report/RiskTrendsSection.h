#pragma once

#include "core/audit/RiskReportFacts.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 9: the period week by week (ISO weeks, clipped to the period).
class RiskTrendsSection
{
public:
    RiskTrendsSection(PageFlow &flow, const audit::RiskReportFacts &facts);

    void write();

private:
    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::RiskReportFacts &m_facts;
};

} // namespace custos::report
