#include "ui/report/RiskVolumeSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskVolumeSection::RiskVolumeSection(PageFlow &flow, const RiskReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

void RiskVolumeSection::write()
{
    const RiskSurface &surface = m_report.surface;
    m_blocks.heading(3, QStringLiteral("Volume"));
    m_blocks.field(QStringLiteral("Interactions"), ReportBlocks::number(surface.interactions));
    m_blocks.field(QStringLiteral("Days"), QString::number(m_report.facts.scope.days));
    m_blocks.field(
        QStringLiteral("Per day on average"),
        QString::number(double(surface.interactions) / std::max(1, m_report.facts.scope.days), 'f', 1));
    if (!surface.hasTraffic())
        return;
    writeClasses();
    writeValueClasses();
}

void RiskVolumeSection::writeClasses()
{
    m_blocks.subheading(QStringLiteral("Hits per 1,000 interactions by data class"));
    if (m_report.surface.classes.isEmpty()) {
        m_blocks.note(QStringLiteral("No detector hit in the period."));
        return;
    }
    const QString count = QStringLiteral("00000000");
    TableWriter table(m_flow, {{QStringLiteral("Data class"), 2, true},
                               {QStringLiteral("Hits"), 0, false, true, count},
                               {QStringLiteral("Interactions with hits"), 0, false, true, count},
                               {QStringLiteral("Hits per 1,000"), 0, false, true, count}});
    for (const SurfaceClass &row : m_report.surface.classes)
        table.addRow({row.dataClass, QString::number(row.hits), QString::number(row.interactions),
                      QString::number(row.hitsPerThousand, 'f', 1)});
    table.finish();
}

void RiskVolumeSection::writeValueClasses()
{
    m_blocks.subheading(QStringLiteral("Distinct values by value class"));
    if (m_report.surface.valueClasses.isEmpty()) {
        m_blocks.note(QStringLiteral("No validated value was sent in the period."));
        return;
    }
    TableWriter table(m_flow,
                      {{QStringLiteral("Value class"), 2, true},
                       {QStringLiteral("Distinct values"), 0, false, true, QStringLiteral("00000000")}});
    for (const SurfaceValueClass &row : m_report.surface.valueClasses)
        table.addRow({row.valueClass, QString::number(row.distinctValues)});
    table.finish();
    m_blocks.note(
        QStringLiteral("Distinct values are distinct fingerprints (keyed HMACs) of validated values; the "
                       "values themselves are never recorded."));
}

} // namespace custos::report
