#include "ui/report/RiskReportComposer.h"

#include "ui/report/RiskAlertsSection.h"
#include "ui/report/RiskBudgetsSection.h"
#include "ui/report/RiskCoverSection.h"
#include "ui/report/RiskDecisionsSection.h"
#include "ui/report/RiskExceptionsSection.h"
#include "ui/report/RiskIntegritySection.h"
#include "ui/report/RiskRulesSection.h"
#include "ui/report/RiskTrendsSection.h"
#include "ui/report/RiskVolumeSection.h"
#include "ui/report/RiskWhoWhereSection.h"

namespace custos::report {

RiskReportComposer::RiskReportComposer(const ReportStyle &style, const QPaintDevice *device)
    : m_style(style)
    , m_device(device)
{}

QList<Page> RiskReportComposer::compose(const RiskReport &report) const
{
    PageFlow flow(m_style, m_device);
    RiskCoverSection(flow, report.facts).write();
    RiskIntegritySection(flow, report.facts).write();
    RiskVolumeSection(flow, report).write();
    RiskWhoWhereSection(flow, report).write();
    RiskDecisionsSection(flow, report).write();
    RiskRulesSection(flow, report.facts).write();
    RiskExceptionsSection(flow, report).write();
    RiskAlertsSection(flow, report.facts).write();
    RiskTrendsSection(flow, report.facts).write();
    RiskBudgetsSection(flow, report.facts).write();
    return flow.pages();
}

} // namespace custos::report
