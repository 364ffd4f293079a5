#include "ui/report/CoverSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

CoverSection::CoverSection(PageFlow &flow, const audit::AuditReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

QString CoverSection::servicesText(const QStringList &services)
{
    return services.isEmpty() ? QStringLiteral("all services") : services.join(QStringLiteral(", "));
}

QString CoverSection::periodText(const audit::ReportScope &scope)
{
    return QStringLiteral("%1 to %2").arg(ReportBlocks::utc(scope.from), ReportBlocks::utc(scope.to));
}

void CoverSection::write()
{
    writeCover();
    writeVerdict();
}

void CoverSection::writeCover()
{
    const ReportStyle &style = m_flow.style();
    const audit::ReportScope &scope = m_report.scope;
    m_flow.paragraph(QStringLiteral("Audit pack"), style.title(), style.accent());
    m_flow.paragraph(
        QStringLiteral("Evidence of what the AI gateway did, under which policy, and who approved each "
                       "exception: store %1, %2.")
            .arg(scope.storeName, periodText(scope)),
        style.text(), style.muted());
    m_blocks.gap(10);

    m_blocks.heading(1, QStringLiteral("Scope and export"));
    m_blocks.field(QStringLiteral("Store"), scope.storeName);
    m_blocks.field(QStringLiteral("Store id"), scope.storeId, true);
    m_blocks.field(QStringLiteral("Services"), servicesText(scope.services));
    m_blocks.field(QStringLiteral("Period (UTC)"),
                   periodText(scope) + QStringLiteral(", from inclusive, to exclusive"));
    m_blocks.field(QStringLiteral("Pack id"), scope.packId, true);
    m_blocks.field(QStringLiteral("Pack fingerprint"), scope.packFingerprint, true);
    m_blocks.field(QStringLiteral("Exported by"), scope.exportedBy);
    m_blocks.field(QStringLiteral("Exporter's role"), scope.exporterRole);
    m_blocks.field(QStringLiteral("Exported at (UTC)"), ReportBlocks::utc(scope.exportedAt));
    m_blocks.field(QStringLiteral("Payload mode"), scope.payloadMode);
    m_blocks.field(QStringLiteral("Export key fingerprint"), scope.exportKeyFingerprint, true);
    m_blocks.field(QStringLiteral("Checkpoint key fingerprint"), scope.checkpointKeyFingerprint, true);
    m_blocks.field(QStringLiteral("Custos version"), scope.custosVersion);
    m_blocks.gap(4);
    if (m_report.chain.eventsInPeriod == 0)
        m_blocks.callout(
            QStringLiteral("Empty period: the ledger holds no events between these times, so this pack "
                           "records no decisions and no exception use."),
            false);
    m_blocks.note(
        QStringLiteral("The export key's fingerprint must reach you by another channel than this pack: "
                       "compare it before trusting SHA256SUMS.sig. README.txt in the pack says how to "
                       "verify every file with coreutils, OpenSSL and python3."));
}

void CoverSection::writeVerdict()
{
    m_blocks.heading(2, QStringLiteral("Verdict"));
    const QList<audit::VerdictLine> &lines = m_report.verdict;
    const qsizetype failed =
        std::count_if(lines.cbegin(), lines.cend(), [](const auto &line) { return !line.ok; });
    if (lines.isEmpty())
        m_blocks.callout(QStringLiteral("No checks were recorded for this pack."), true);
    else if (failed == 0)
        m_blocks.callout(QStringLiteral("All %1 checks passed.").arg(lines.size()), false);
    else
        m_blocks.callout(
            QStringLiteral("%1 of %2 checks FAILED: see the red lines below.").arg(failed).arg(lines.size()),
            true);

    TableWriter table(m_flow, {{QStringLiteral("Result"), 0, false, false, QStringLiteral("FAIL")},
                               {QStringLiteral("Check"), 2.2},
                               {QStringLiteral("Detail"), 4}});
    for (const audit::VerdictLine &line : lines)
        table.addRow({line.ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"), line.check, line.detail},
                     line.ok ? RowTone::Good : RowTone::Bad);
    table.finish();
}

} // namespace custos::report
