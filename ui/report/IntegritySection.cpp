#include "ui/report/IntegritySection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

IntegritySection::IntegritySection(PageFlow &flow, const audit::AuditReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

void IntegritySection::write()
{
    writeChain();
    writeRetention();
    writeGaps();
}

void IntegritySection::writeChain()
{
    const audit::ChainSummary &chain = m_report.chain;
    m_blocks.heading(7, QStringLiteral("Chain integrity"));
    if (chain.eventsInPeriod == 0)
        m_blocks.note(QStringLiteral("No events in the period: the chain below is the store's around it."));
    m_blocks.field(QStringLiteral("First sequence number"), QString::number(chain.firstSeq));
    m_blocks.field(QStringLiteral("Last sequence number"), QString::number(chain.lastSeq));
    m_blocks.field(QStringLiteral("Events in the period"), ReportBlocks::number(chain.eventsInPeriod));
    m_blocks.field(QStringLiteral("Checkpoint before"),
                   chain.checkpointBefore.isEmpty() ? QStringLiteral("none") : chain.checkpointBefore, true);
    m_blocks.field(QStringLiteral("Checkpoint after"),
                   chain.checkpointAfter.isEmpty() ? QStringLiteral("none") : chain.checkpointAfter, true);
    m_blocks.field(QStringLiteral("Recomputed head"), chain.recomputedHead, true);
    m_blocks.field(QStringLiteral("Signed head"), chain.signedHead, true);
    if (chain.headsMatch)
        m_blocks.callout(QStringLiteral("The recomputed head matches the signed checkpoint."), false);
    else
        m_blocks.callout(QStringLiteral("The recomputed head does NOT match the signed checkpoint."), true);
    m_blocks.note(
        QStringLiteral("tools/verify_chain.py recomputes the chain from data/chain.csv and checks it "
                       "against checkpoints/ with python3 alone."));
}

void IntegritySection::writeRetention()
{
    m_blocks.heading(8, QStringLiteral("Retention and legal holds"));
    if (m_report.retention.isEmpty()) {
        m_blocks.note(QStringLiteral("No retention rule or legal hold recorded."));
        return;
    }
    TableWriter table(m_flow, {{QStringLiteral("Item"), 1.6}, {QStringLiteral("Detail"), 4.4}});
    for (const audit::RetentionRow &row : m_report.retention)
        table.addRow({row.item, row.detail});
    table.finish();
}

void IntegritySection::writeGaps()
{
    m_blocks.heading(9, QStringLiteral("Gaps and health"));
    if (m_report.gaps.isEmpty()) {
        m_blocks.callout(
            QStringLiteral("None detected: no logging failure, fail-open decision, clock step or chain gap "
                           "in the period."),
            false);
        return;
    }
    m_blocks.callout(
        QStringLiteral("%1 gap or health events in the period: each is listed below and in gaps.csv.")
            .arg(m_report.gaps.size()),
        true);
    TableWriter table(m_flow, {{QStringLiteral("Kind"), 1.3},
                               {QStringLiteral("Seq"), 0, false, true, QStringLiteral("000000000")},
                               {QStringLiteral("Time (UTC)"), 0, false, false, kTimeSample},
                               {QStringLiteral("Detail"), 4}});
    for (const audit::GapRow &gap : m_report.gaps)
        table.addRow({gap.kind, QString::number(gap.seq), ReportBlocks::utc(gap.time), gap.detail});
    table.finish();
}

} // namespace custos::report
