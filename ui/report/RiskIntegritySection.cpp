#include "ui/report/RiskIntegritySection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskIntegritySection::RiskIntegritySection(PageFlow &flow, const audit::RiskReportFacts &facts)
    : m_flow(flow)
    , m_blocks(flow)
    , m_facts(facts)
{}

void RiskIntegritySection::write()
{
    const audit::IntegrityFacts &integrity = m_facts.integrity;
    m_blocks.heading(2, QStringLiteral("Integrity"));
    if (integrity.ok)
        m_blocks.callout(
            QStringLiteral("The chain verifies: every event from seq 1 to %1 recomputes to the signed "
                           "checkpoints, and the query tables match the chain.")
                .arg(integrity.headSeq),
            false);
    else
        m_blocks.callout(QStringLiteral("The chain does NOT verify: %1").arg(integrity.summary), true);
    m_blocks.field(QStringLiteral("Verdict"), integrity.summary);
    m_blocks.field(QStringLiteral("Events checked"), ReportBlocks::number(integrity.eventsChecked));
    m_blocks.field(QStringLiteral("Head sequence number"), QString::number(integrity.headSeq));
    m_blocks.field(QStringLiteral("Checkpoints checked"), QString::number(integrity.checkpointsChecked));
    m_blocks.field(QStringLiteral("Witness checkpoints"),
                   QString::number(integrity.witnessCheckpointsChecked));
    m_blocks.field(QStringLiteral("Query-table rows re-derived"),
                   ReportBlocks::number(integrity.projectionsChecked));
    if (!integrity.damage.isEmpty())
        m_blocks.field(QStringLiteral("Damage"), QStringLiteral("%1 at seq %2: %3")
                                                     .arg(integrity.damage)
                                                     .arg(integrity.firstBadSeq)
                                                     .arg(integrity.detail));
    if (!integrity.witnessWarning.isEmpty())
        m_blocks.callout(QStringLiteral("Witness: ") + integrity.witnessWarning, true);
    m_blocks.note(QStringLiteral("The figures below are drawn from this ledger; `custosctl evidence verify` "
                                 "repeats the check."));
}

} // namespace custos::report
