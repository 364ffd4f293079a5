#pragma once

#include "ui/report/ReportBlocks.h"
#include "ui/report/RiskReport.h"

namespace custos::report {

// Section 3: how much traffic the gateway saw, per day, and how much of it carried sensitive data:
// hits per 1,000 interactions by data class and distinct values by value class.
class RiskVolumeSection
{
public:
    RiskVolumeSection(PageFlow &flow, const RiskReport &report);

    void write();

private:
    void writeClasses();
    void writeValueClasses();

    PageFlow &m_flow;
    ReportBlocks m_blocks;
    const RiskReport &m_report;
};

} // namespace custos::report
