#pragma once

#include "ui/report/PageFlow.h"
#include "ui/report/RiskReport.h"

namespace custos::report {

// The layout pass over the risk-surface report: its ten sections, in order, into one flow of pages.
class RiskReportComposer
{
public:
    RiskReportComposer(const ReportStyle &style, const QPaintDevice *device);

    QList<Page> compose(const RiskReport &report) const;

private:
    const ReportStyle &m_style;
    const QPaintDevice *m_device;
};

} // namespace custos::report
