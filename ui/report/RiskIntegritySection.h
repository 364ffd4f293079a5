#pragma once

#include "core/audit/RiskReportFacts.h"
#include "ui/report/ReportBlocks.h"

namespace custos::report {

// Section 2: whether the ledger the report is drawn from is whole, as LedgerVerifier judged the
// whole chain (checkpoints, witness, query tables) when the report was made.
class RiskIntegritySection
{
public:
    RiskIntegritySection(PageFlow &flow, const audit::RiskReportFacts &facts);

    void write();

private:
    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const audit::RiskReportFacts &m_facts;
};

} // namespace custos::report
