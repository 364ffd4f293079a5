#include "ui/report/RiskExceptionsSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskExceptionsSection::RiskExceptionsSection(PageFlow &flow, const RiskReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

void RiskExceptionsSection::write()
{
    const SurfaceExceptionFunnel &funnel = m_report.surface.exceptions;
    m_blocks.heading(7, QStringLiteral("Exceptions"));
    m_blocks.field(QStringLiteral("Requested"), QString::number(funnel.requested));
    m_blocks.field(QStringLiteral("Approved"), QString::number(funnel.approved));
    m_blocks.field(QStringLiteral("Rejected"), QString::number(funnel.rejected));
    m_blocks.field(QStringLiteral("Pending"), QString::number(funnel.pending));
    m_blocks.field(QStringLiteral("Used"), QString::number(funnel.used));
    m_blocks.field(QStringLiteral("Interactions under an exception"),
                   QString::number(funnel.interactionsUnderException));
    writeRequests();
}

void RiskExceptionsSection::writeRequests()
{
    const auto &requests = m_report.facts.exceptions;
    if (requests.isEmpty()) {
        m_blocks.note(QStringLiteral("No exception was requested in the period."));
        return;
    }
    TableWriter table(m_flow, {{QStringLiteral("Exception"), 1.2, true},
                               {QStringLiteral("Requester"), 1.3},
                               {QStringLiteral("Rules"), 2, true},
                               {QStringLiteral("Status"), 1},
                               {QStringLiteral("Requested (UTC)"), 0, false, false, kTimeSample},
                               {QStringLiteral("Uses"), 0, false, true, QStringLiteral("00000")}});
    for (const audit::ExceptionRequestRow &row : requests)
        table.addRow({row.id, row.requester, row.rules.join(QStringLiteral(", ")), row.status,
                      ReportBlocks::utc(row.requestedAt), QString::number(row.uses)});
    table.finish();
}

} // namespace custos::report
