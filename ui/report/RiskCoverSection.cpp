#include "ui/report/RiskCoverSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskCoverSection::RiskCoverSection(PageFlow &flow, const audit::RiskReportFacts &facts)
    : m_flow(flow)
    , m_blocks(flow)
    , m_facts(facts)
{}

void RiskCoverSection::write()
{
    const ReportStyle &style = m_flow.style();
    const audit::RiskReportScope &scope = m_facts.scope;
    const QString period =
        QStringLiteral("%1 to %2").arg(ReportBlocks::utc(scope.from), ReportBlocks::utc(scope.to));
    m_flow.paragraph(QStringLiteral("Risk-surface report"), style.title(), style.accent());
    m_flow.paragraph(
        QStringLiteral("What the AI gateway saw and decided over %1 days, what the watchers raised, "
                       "and what to tighten next: store %2, %3.")
            .arg(scope.days)
            .arg(scope.storeName, period),
        style.text(), style.muted());
    m_blocks.gap(10);
    m_blocks.heading(1, QStringLiteral("Scope"));
    m_blocks.field(QStringLiteral("Store"), scope.storeName);
    m_blocks.field(QStringLiteral("Store id"), scope.storeId, true);
    m_blocks.field(QStringLiteral("Period (UTC)"),
                   QStringLiteral("%1, %2 days, from inclusive, to exclusive").arg(period).arg(scope.days));
    m_blocks.field(QStringLiteral("Report id"), scope.reportId, true);
    m_blocks.field(QStringLiteral("Active policy"),
                   scope.policyHash.isEmpty()
                       ? QStringLiteral("none published")
                       : QStringLiteral("%1 (%2)").arg(scope.policyTitle, scope.policyHash));
    m_blocks.field(QStringLiteral("Exported by"), scope.exportedBy);
    m_blocks.field(QStringLiteral("Exporter's role"), scope.exporterRole);
    m_blocks.field(QStringLiteral("Exported at (UTC)"), ReportBlocks::utc(scope.exportedAt));
    m_blocks.field(QStringLiteral("People"),
                   scope.pseudonymised
                       ? QStringLiteral("pseudonymised: users and services appear as stable "
                                        "keyed pseudonyms, the same in every report of this store")
                       : QStringLiteral("named"));
    m_blocks.field(QStringLiteral("Custos version"), scope.custosVersion);
    if (m_facts.interactions == 0)
        m_blocks.callout(
            QStringLiteral("No interactions in the period: the gateway recorded no traffic, so the "
                           "figures below are empty."),
            false);
}

} // namespace custos::report
