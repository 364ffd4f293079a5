#include "core/audit/ChainTables.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/AuditTables.h"
#include "core/audit/GapLog.h"
#include "core/audit/RowSpool.h"
#include "core/audit/TableStream.h"
#include "core/evidence/CheckpointSigner.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

QString tombstoneReason(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object().value("tombstone"_L1).toString();
}

} // namespace

ChainTables::ChainTables(AuditContext &context)
    : m_context(context)
{}

QString ChainTables::messageFile(qint64 seq)
{
    return u"checkpoints/seq-%1.msg"_s.arg(seq, 12, 10, QChar(u'0'));
}

QString ChainTables::signatureFile(qint64 seq)
{
    return u"checkpoints/seq-%1.sig"_s.arg(seq, 12, 10, QChar(u'0'));
}

ledger::ChainHeader ChainTables::headerOf(const LedgerRow &row)
{
    const ChainRow &chain = row.chain;
    return {chain.seq,
            row.timeMs,
            chain.kind,
            row.actor,
            row.policyHash,
            chain.payloadDigest,
            ledger::sha256(chain.facts)};
}

QStringList ChainTables::rowProblems(const LedgerRow &row, const QByteArray &expectedPrev) const
{
    QStringList problems;
    const ChainRow &chain = row.chain;
    if (!eventKindFromName(chain.kind))
        problems.append(u"unknown event kind '%1'"_s.arg(chain.kind));
    if (chain.prevHash != expectedPrev)
        problems.append(
            u"prev_hash does not match the hash of the event before it (this event or the one before "
            "was changed)"_s);
    if (chain.facts.isNull())
        problems.append(
            u"the event has no projection record (the store was not migrated to chain formula 2)"_s);
    if (ledger::chainHash(chain.prevHash, headerOf(row)) != chain.hash)
        problems.append(u"hash does not match SHA-256(prev_hash || header_digest)"_s);
    if (!chain.tombstoned && ledger::sha256(chain.payload) != chain.payloadDigest)
        problems.append(u"the payload does not match its digest (the payload was changed)"_s);
    return problems;
}

Result<void> ChainTables::breakAt(GapLog &gaps, qint64 seq, qint64 timeMs, const QString &kind,
                                  const QString &detail)
{
    if (m_check.breaks++ == 0) {
        m_check.firstBreakSeq = seq;
        m_check.firstBreak = u"seq %1: %2"_s.arg(seq).arg(detail);
    }
    m_check.intact = false;
    return gaps.addChainGap(kind, seq, timeMs, detail);
}

Result<CsvTable> ChainTables::writeChain(GapLog &gaps, RowSpool &tombstones)
{
    const LedgerWindow &window = m_context.window();
    TableStream table(m_context.sink(), AuditTables::chain());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    QHash<qint64, QByteArray> vouched;
    for (const Checkpoint &checkpoint : window.checkpoints)
        vouched.insert(checkpoint.seq, checkpoint.hash);
    QByteArray linked = window.anchorHash;     // the stored hash of the row before
    QByteArray recomputed = window.anchorHash; // the chain recomputed from the anchor alone
    qint64 expectedSeq = window.anchorSeq + 1;
    qint64 latestMs = 0;
    Result<void> outcome;
    auto scanned = m_context.store().scanLedger(window.anchorSeq, window.endSeq, [&](const LedgerRow &row) {
        const qint64 seq = row.chain.seq;
        outcome = m_context.tick(seq, window.anchorSeq, window.endSeq);
        if (outcome && seq != expectedSeq)
            outcome = breakAt(gaps, expectedSeq, row.timeMs, u"sequence_gap"_s,
                              u"events %1 to %2 are missing from the ledger"_s.arg(expectedSeq).arg(seq - 1));
        const QStringList problems = rowProblems(row, linked);
        if (outcome && !problems.isEmpty())
            outcome = breakAt(gaps, seq, row.timeMs, u"chain_break"_s, problems.join(u"; "_s));
        const ledger::ChainHeader header = headerOf(row);
        const QByteArray headerDigest = ledger::headerDigest(header);
        recomputed = ledger::chainHashOfDigest(recomputed, headerDigest);
        if (outcome && vouched.contains(seq) && vouched.value(seq) != row.chain.hash)
            outcome = breakAt(
                gaps, seq, row.timeMs, u"chain_break"_s,
                u"the signed checkpoint at seq %1 vouches for hash %2, the ledger holds %3"_s.arg(seq).arg(
                    format::hex(vouched.value(seq)), format::hex(row.chain.hash)));
        if (outcome && row.timeMs < latestMs)
            outcome = gaps.addChainGap(
                u"clock_step"_s, seq, row.timeMs,
                u"the ledger's time goes back by %1 ms from the event before"_s.arg(latestMs - row.timeMs));
        if (outcome && window.inPeriod(seq))
            outcome = gaps.noteLoggingFailure(row);
        latestMs = std::max(latestMs, row.timeMs);
        linked = row.chain.hash;
        expectedSeq = seq + 1;
        const bool inScope = m_context.inScope(row);
        if (window.inPeriod(seq))
            ++m_check.eventsInPeriod;
        if (inScope)
            m_context.see(row.actor, u"actor"_s);
        if (outcome && inScope && row.chain.tombstoned)
            outcome = tombstones.append({format::number(seq), format::utcMs(row.timeMs), row.chain.kind,
                                         tombstoneReason(row.chain.payload)});
        if (outcome)
            outcome = table.row(
                {format::number(seq), format::utcMs(row.timeMs), format::number(row.timeMs), row.chain.kind,
                 inScope ? row.actor : QString(), inScope ? row.policyHash : QString(),
                 inScope ? row.service : QString(), format::flag(inScope), format::flag(row.chain.tombstoned),
                 format::hex(row.chain.payloadDigest), format::hex(header.factsDigest),
                 format::hex(headerDigest), format::hex(row.chain.prevHash), format::hex(row.chain.hash)});
        return bool(outcome);
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (!outcome)
        return std::unexpected(outcome.error());
    if (expectedSeq <= window.endSeq)
        if (auto noted = breakAt(gaps, expectedSeq, 0, u"sequence_gap"_s,
                                 u"events %1 to %2 are missing from the end of the ledger"_s.arg(expectedSeq)
                                     .arg(window.endSeq));
            !noted)
            return std::unexpected(noted.error());
    m_check.recomputedHead = recomputed;
    m_check.headMatchesClosing = window.closing && recomputed == window.closing->hash && m_check.intact;
    verifySignatures(gaps);
    return table.finish();
}

void ChainTables::verifySignatures(GapLog &gaps)
{
    const QByteArray publicKey = m_context.store().publicKey();
    for (const Checkpoint &checkpoint : m_context.window().checkpoints) {
        ++m_check.checkpointsTotal;
        if (CheckpointSigner::verifyCheckpoint(publicKey, checkpoint)) {
            ++m_check.checkpointsValid;
            continue;
        }
        const QString detail = u"the checkpoint's signature does not verify with the store's public key"_s;
        if (m_check.breaks++ == 0) {
            m_check.firstBreakSeq = checkpoint.seq;
            m_check.firstBreak = u"seq %1: %2"_s.arg(checkpoint.seq).arg(detail);
        }
        m_check.intact = false;
        gaps.addOther(GapRow{u"chain_break"_s, checkpoint.seq, checkpoint.time, detail});
    }
}

Result<CsvTable> ChainTables::writeCheckpoints()
{
    TableStream table(m_context.sink(), AuditTables::checkpoints());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    for (const Checkpoint &checkpoint : m_context.window().checkpoints) {
        const QStringList cells{
            format::number(checkpoint.seq),    format::hex(checkpoint.hash),
            format::utc(checkpoint.time),      format::number(checkpoint.time.toMSecsSinceEpoch()),
            format::hex(checkpoint.signature), messageFile(checkpoint.seq),
            signatureFile(checkpoint.seq)};
        if (auto written = table.row(cells); !written)
            return std::unexpected(written.error());
    }
    return table.finish();
}

} // namespace custos::audit
