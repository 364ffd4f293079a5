#include "ui/report/ReportComposer.h"

#include "ui/report/ColumnDictionarySection.h"
#include "ui/report/CoverSection.h"
#include "ui/report/EnforcedSection.h"
#include "ui/report/ExceptionsSection.h"
#include "ui/report/IntegritySection.h"
#include "ui/report/PolicySection.h"

namespace custos::report {

ReportComposer::ReportComposer(const ReportStyle &style, const QPaintDevice *device)
    : m_style(style)
    , m_device(device)
{}

QList<Page> ReportComposer::compose(const audit::AuditReport &report) const
{
    PageFlow flow(m_style, m_device);
    CoverSection(flow, report).write();
    PolicySection(flow, report).write();
    ExceptionsSection(flow, report).write();
    EnforcedSection(flow, report).write();
    IntegritySection(flow, report).write();
    ColumnDictionarySection(flow, report).write();
    return flow.pages();
}

} // namespace custos::report
