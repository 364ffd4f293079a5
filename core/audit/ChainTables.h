#pragma once

#include "core/evidence/LedgerHash.h"

#include "core/audit/AuditContext.h"

namespace custos::audit {

class GapLog;
class RowSpool;

// What the collector's own recomputation of the chain found.
struct ChainCheck
{
    bool intact = true;
    qint64 breaks = 0;
    qint64 firstBreakSeq = 0;
    QString firstBreak;        // "seq 4711: payload does not match its digest"
    QByteArray recomputedHead; // recomputed from the anchor at chain.csv's last seq
    bool headMatchesClosing = false;
    int checkpointsValid = 0;
    int checkpointsTotal = 0;
    qint64 eventsInPeriod = 0;
};

// chain.csv and checkpoints.csv. The chain pass recomputes every hash from the anchor as the
// auditor's verify_chain.py will, checks each payload against its digest (which the pack
// cannot), and names each break by seq; a broken chain still streams in full.
class ChainTables
{
public:
    explicit ChainTables(AuditContext &context);

    // Dropped payloads in scope go to `tombstones` as (seq, time, kind, reason).
    Result<CsvTable> writeChain(GapLog &gaps, RowSpool &tombstones);
    Result<CsvTable> writeCheckpoints();
    const ChainCheck &check() const { return m_check; }

    static QString messageFile(qint64 seq);
    static QString signatureFile(qint64 seq);

private:
    static ledger::ChainHeader headerOf(const LedgerRow &row);
    QStringList rowProblems(const LedgerRow &row, const QByteArray &expectedPrev) const;
    Result<void> breakAt(GapLog &gaps, qint64 seq, qint64 timeMs, const QString &kind, const QString &detail);
    void verifySignatures(GapLog &gaps);

    AuditContext &m_context;
    ChainCheck m_check;
};

} // namespace custos::audit
