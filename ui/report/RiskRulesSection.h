#pragma once

#include "core/audit/RiskReportFacts.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 6: every rule of the active policy with how often it fired, what monitor-only rules
// would have enforced, the dead rules and the rules ready to move from monitor to enforce (with
// the criterion stated).
class RiskRulesSection
{
public:
    RiskRulesSection(PageFlow &flow, const audit::RiskReportFacts &facts);

    void write();

private:
    void writeTable();
    void writeDead();
    void writeReady();

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::RiskReportFacts &m_facts;
};

} // namespace custos::report
