#include "ui/report/RiskAlertsSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskAlertsSection::RiskAlertsSection(PageFlow &flow, const audit::RiskReportFacts &facts)
    : m_flow(flow)
    , m_blocks(flow)
    , m_facts(facts)
{}

void RiskAlertsSection::write()
{
    m_blocks.heading(8, QStringLiteral("Alerts and their resolution"));
    if (m_facts.alerts.isEmpty()) {
        m_blocks.note(QStringLiteral("No alert was raised in the period and none is open."));
        return;
    }
    qsizetype open = 0;
    for (const audit::AlertResolution &alert : m_facts.alerts)
        open += alert.state == u"open" ? 1 : 0;
    m_blocks.note(
        QStringLiteral("%1 alerts, %2 still open. Dismissed alerts feed the baseline; confirmed ones set "
                       "a risk level for the user and class.")
            .arg(m_facts.alerts.size())
            .arg(open));
    TableWriter table(m_flow, {{QStringLiteral("Alert"), 1.3, true},
                               {QStringLiteral("Watcher"), 1.1},
                               {QStringLiteral("User"), 1.2},
                               {QStringLiteral("Class"), 1},
                               {QStringLiteral("Raised (UTC)"), 0, false, false, kTimeSample},
                               {QStringLiteral("Resolution"), 2.6}});
    for (const audit::AlertResolution &alert : m_facts.alerts) {
        QString resolution = alert.state;
        if (alert.state != u"open")
            resolution = QStringLiteral("%1 by %2 at %3")
                             .arg(alert.state, alert.decidedBy, ReportBlocks::utc(alert.decidedAt));
        if (!alert.reason.isEmpty())
            resolution += QStringLiteral(": ") + alert.reason;
        table.addRow({alert.id, QStringLiteral("%1 (%2)").arg(alert.watcher, alert.severity), alert.user,
                      alert.valueClass, ReportBlocks::utc(alert.raisedAt), resolution},
                     alert.state == u"open" ? RowTone::Bad : RowTone::Plain);
    }
    table.finish();
}

} // namespace custos::report
