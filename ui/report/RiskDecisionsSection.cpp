#include "ui/report/RiskDecisionsSection.h"

#include "ui/report/DailyChart.h"
#include "ui/report/TableWriter.h"

namespace custos::report {

RiskDecisionsSection::RiskDecisionsSection(PageFlow &flow, const RiskReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

void RiskDecisionsSection::write()
{
    m_blocks.heading(5, QStringLiteral("Decisions"));
    const auto &decisions = m_report.surface.decisions;
    if (decisions.isEmpty()) {
        m_blocks.note(QStringLiteral("No decision in the period."));
    } else {
        TableWriter table(m_flow,
                          {{QStringLiteral("Action"), 2},
                           {QStringLiteral("Interactions"), 0, false, true, QStringLiteral("00000000")}});
        for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
            table.addRow({it.key(), QString::number(it.value())});
        table.finish();
        DailyChart chart(m_flow, m_report.facts.perDay);
        chart.draw();
    }
    writeWouldHave();
}

void RiskDecisionsSection::writeWouldHave()
{
    m_blocks.subheading(QStringLiteral("What monitor-mode rules would have done"));
    const RiskSurface &surface = m_report.surface;
    if (surface.wouldHave.isEmpty()) {
        m_blocks.note(QStringLiteral("No monitor-mode rule with a stronger action fired in the period."));
        return;
    }
    m_blocks.field(
        QStringLiteral("Would have blocked"),
        QStringLiteral("%1 interactions (block or require_exception)").arg(surface.wouldHaveBlocked));
    TableWriter table(m_flow, {{QStringLiteral("Rule"), 2.4, true},
                               {QStringLiteral("Would have"), 1.4},
                               {QStringLiteral("Interactions"), 0, false, true, QStringLiteral("00000000")}});
    for (const SurfaceWouldHave &row : surface.wouldHave)
        table.addRow({row.rule, row.action, QString::number(row.interactions)});
    table.finish();
}

} // namespace custos::report
