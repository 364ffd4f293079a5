#include "ui/report/PolicySection.h"

#include "ui/report/DailyChart.h"
#include "ui/report/TableWriter.h"

namespace custos::report {

PolicySection::PolicySection(PageFlow &flow, const audit::AuditReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

void PolicySection::write()
{
    writeVersions();
    writeSummary();
}

void PolicySection::writeVersions()
{
    m_blocks.heading(3, QStringLiteral("Policy versions in force"));
    if (m_report.policyVersions.isEmpty()) {
        m_blocks.note(QStringLiteral("No policy version was in force in the period."));
        return;
    }
    m_blocks.note(
        QStringLiteral("A version is the SHA-256 of the policy's canonical form; every decision carries it. "
                       "policy_versions.csv lists the same versions."));
    // One block per version rather than a table: the full hash stays on one line, so it can be
    // searched for and compared with policy_versions.csv.
    for (const audit::PolicyVersionRow &version : m_report.policyVersions) {
        m_blocks.subheading(version.title.isEmpty() ? version.hash.left(12) : version.title);
        m_blocks.field(QStringLiteral("Version hash"), version.hash, true);
        m_blocks.field(QStringLiteral("Published by"), version.publisher);
        m_blocks.field(QStringLiteral("Effective from (UTC)"), ReportBlocks::utc(version.effectiveFrom));
        m_blocks.field(QStringLiteral("Effective to (UTC)"), version.effectiveTo.isValid()
                                                                 ? ReportBlocks::utc(version.effectiveTo)
                                                                 : QStringLiteral("still in force"));
        m_blocks.field(QStringLiteral("Decisions in scope"), ReportBlocks::number(version.decisions));
        if (!version.comment.isEmpty())
            m_blocks.field(QStringLiteral("Comment"), version.comment);
    }
}

void PolicySection::writeCounts(const QString &title, const QString &what, const QList<audit::CountRow> &rows)
{
    m_blocks.subheading(title);
    if (rows.isEmpty()) {
        m_blocks.note(QStringLiteral("None in the period."));
        return;
    }
    qint64 total = 0;
    for (const audit::CountRow &row : rows)
        total += row.count;
    TableWriter table(m_flow, {{what, 1},
                               {QStringLiteral("Count"), 0, false, true, QStringLiteral("0000000000")},
                               {QStringLiteral("Share"), 0, false, true, QStringLiteral("100.0%")}});
    for (const audit::CountRow &row : rows) {
        const double share = total > 0 ? 100.0 * double(row.count) / double(total) : 0;
        table.addRow({row.label, ReportBlocks::number(row.count), QString::number(share, 'f', 1) + u'%'});
    }
    table.addRow({QStringLiteral("Total"), ReportBlocks::number(total), QString()});
    table.finish();
}

void PolicySection::writeSummary()
{
    m_blocks.heading(4, QStringLiteral("Decision summary"));
    writeCounts(QStringLiteral("By action"), QStringLiteral("Action"), m_report.byAction);
    writeCounts(QStringLiteral("By action and policy version"), QStringLiteral("Action @ policy version"),
                m_report.byActionAndVersion);
    writeCounts(QStringLiteral("By rule"), QStringLiteral("Rule (hits; one interaction can fire several)"),
                m_report.byRule);
    if (m_report.perDay.isEmpty()) {
        m_blocks.subheading(QStringLiteral("Per day"));
        m_blocks.note(QStringLiteral("No interactions in the period, so there is nothing to chart."));
        return;
    }
    DailyChart chart(m_flow, m_report.perDay);
    m_flow.ensureSpace(m_flow.style().pt(7) + m_flow.lineHeight(m_flow.style().subheading()) +
                       chart.height());
    m_blocks.subheading(QStringLiteral("Per day"));
    chart.draw();
}

} // namespace custos::report
