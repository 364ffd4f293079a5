#include "ui/report/EnforcedSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

namespace {

const QString kInteractionsCsv = QStringLiteral("interactions.csv");

} // namespace

EnforcedSection::EnforcedSection(PageFlow &flow, const audit::AuditReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

void EnforcedSection::writeIntro()
{
    const qint64 total = std::max<qint64>(m_report.enforcedTotal, m_report.enforced.size());
    if (m_report.enforcedSampled) {
        const QString rows =
            m_report.csvRowCounts.contains(kInteractionsCsv)
                ? QStringLiteral(" (%1 rows)").arg(m_report.csvRowCounts.value(kInteractionsCsv))
                : QString();
        m_blocks.callout(
            QStringLiteral("Sampled: %1 of %2 blocked, redacted or rerouted interactions are listed here, "
                           "the 200 most recent plus a stratified sample of the rest. data/%3%4 holds "
                           "every interaction of the period.")
                .arg(m_report.enforced.size())
                .arg(total)
                .arg(kInteractionsCsv, rows),
            true);
    } else {
        m_blocks.note(
            QStringLiteral("All %1 blocked, redacted or rerouted interactions of the period, oldest first; "
                           "data/%2 holds every interaction.")
                .arg(total)
                .arg(kInteractionsCsv));
    }
}

void EnforcedSection::write()
{
    m_blocks.heading(6, QStringLiteral("Blocked, redacted and rerouted interactions"));
    if (m_report.enforced.isEmpty()) {
        m_blocks.note(
            QStringLiteral("None: no interaction was blocked, redacted or rerouted in the period."));
        return;
    }
    writeIntro();
    // Five columns fit A4 portrait, each holding up to two facts. The interaction id (a UUID) stays
    // on one line, so a reader's search for it finds it.
    TableWriter table(
        m_flow, {{QStringLiteral("Seq / time (UTC)"), 0, false, false, kTimeSample},
                 {QStringLiteral("Interaction / service · user"), 0, true, false,
                  QStringLiteral("00000000-0000-0000-0000-000000000000")},
                 {QStringLiteral("Decision"), 0, false, false, QStringLiteral("Decision")},
                 {QStringLiteral("Rules / data classes"), 1},
                 {QStringLiteral("Policy / exception"), 0, true, false, QStringLiteral("EXC-000000000000")}});
    for (const audit::InteractionRow &row : m_report.enforced) {
        QString rules = row.rules.join(QStringLiteral(", "));
        if (!row.dataClasses.isEmpty())
            rules += QStringLiteral("\ndata: ") + row.dataClasses.join(QStringLiteral(", "));
        QString policy = row.policyHash.left(12);
        if (!row.exceptionId.isEmpty())
            policy += u'\n' + row.exceptionId;
        table.addRow({QString::number(row.seq) + u'\n' + ReportBlocks::utc(row.time),
                      row.interactionId + u'\n' + row.service + QStringLiteral(" · ") + row.user,
                      row.decision, rules, policy});
    }
    table.finish();
    m_blocks.note(
        QStringLiteral("Policy shows the first 12 hex digits of the version hash (section 3 and "
                       "policy_versions.csv give it in full), and below it the exception that let the "
                       "interaction through, if any."));
}

} // namespace custos::report
