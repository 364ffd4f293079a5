#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/PageFlow.h"

namespace custos::report {

// The layout pass over the whole report: the ten sections, in order, into one flow of pages.
// Nothing is painted here, so the page count is known before the headers and footers are.
class ReportComposer
{
public:
    ReportComposer(const ReportStyle &style, const QPaintDevice *device);

    QList<Page> compose(const audit::AuditReport &report) const;

private:
    const ReportStyle &m_style;
    const QPaintDevice *m_device;
};

} // namespace custos::report
