#include "ui/report/RiskTrendsSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskTrendsSection::RiskTrendsSection(PageFlow &flow, const audit::RiskReportFacts &facts)
    : m_flow(flow)
    , m_blocks(flow)
    , m_facts(facts)
{}

void RiskTrendsSection::write()
{
    m_blocks.heading(9, QStringLiteral("Weekly trends"));
    m_blocks.note(
        QStringLiteral("ISO weeks (Monday to Sunday, UTC), the first and last clipped to the period. "
                       "Hits are detector hits in requests; distinct values are distinct fingerprints "
                       "over all users and classes."));
    const QString count = QStringLiteral("0000000");
    TableWriter table(m_flow, {{QStringLiteral("Week"), 2.2},
                               {QStringLiteral("Interactions"), 0, false, true, count},
                               {QStringLiteral("Hits"), 0, false, true, count},
                               {QStringLiteral("Distinct values"), 0, false, true, count},
                               {QStringLiteral("Enforced"), 0, false, true, count},
                               {QStringLiteral("Would have"), 0, false, true, count},
                               {QStringLiteral("Alerts"), 0, false, true, QStringLiteral("0000")},
                               {QStringLiteral("Exceptions"), 0, false, true, QStringLiteral("0000")}});
    for (const audit::WeekTrend &week : m_facts.weeks)
        table.addRow({QStringLiteral("%1 to %2")
                          .arg(week.first.toString(Qt::ISODate), week.last.toString(Qt::ISODate)),
                      QString::number(week.interactions), QString::number(week.hits),
                      QString::number(week.distinctValues), QString::number(week.enforced),
                      QString::number(week.wouldHave), QString::number(week.alerts),
                      QString::number(week.exceptionsRequested)});
    table.finish();
}

} // namespace custos::report
