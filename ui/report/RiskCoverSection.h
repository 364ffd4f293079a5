#pragma once

#include "core/audit/RiskReportFacts.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 1 of the risk-surface report: what it covers, who made it, under which policy.
class RiskCoverSection
{
public:
    RiskCoverSection(PageFlow &flow, const audit::RiskReportFacts &facts);

    void write();

private:
    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::RiskReportFacts &m_facts;
};

} // namespace custos::report
