#pragma once

#include "core/audit/RiskReportFacts.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 10: budgets of distinct values per user recommended from the observed 99th percentile,
// beside the budgets the active policy sets.
class RiskBudgetsSection
{
public:
    RiskBudgetsSection(PageFlow &flow, const audit::RiskReportFacts &facts);

    void write();

private:
    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::RiskReportFacts &m_facts;
};

} // namespace custos::report
