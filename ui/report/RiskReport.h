#pragma once

#include "core/audit/RiskReportFacts.h"
#include "core/surface/RiskSurface.h"

namespace custos::report {

// Everything the risk-surface PDF shows: the shared figures of the period as the dashboard charts
// them (core/surface's RiskSurface) and what only the report needs (RiskReportFacts).
struct RiskReport
{
    RiskSurface surface;
    audit::RiskReportFacts facts;
};

} // namespace custos::report
