#pragma once

#include "core/audit/RiskReportFacts.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 8: the watchers' alerts of the period (and older ones still open) and how each was
// resolved: dismissed or confirmed, by whom, when and why.
class RiskAlertsSection
{
public:
    RiskAlertsSection(PageFlow &flow, const audit::RiskReportFacts &facts);

    void write();

private:
    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::RiskReportFacts &m_facts;
};

} // namespace custos::report
