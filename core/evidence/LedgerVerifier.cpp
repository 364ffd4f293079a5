#include "LedgerVerifier.h"

#include "CheckpointSigner.h"
#include "LedgerHash.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace custos {

LedgerVerifier::LedgerVerifier(QByteArray publicKey, const QList<Checkpoint> &checkpoints,
                               qint64 recordedHeadSeq, const std::optional<CheckpointExport> &external,
                               int chainFormula)
    : m_publicKey(std::move(publicKey))
    , m_checkpoints(checkpoints)
    , m_external(external)
    , m_recordedHeadSeq(recordedHeadSeq)
    , m_lastGood(ledger::genesisHash())
    , m_beforeLastGood(ledger::genesisHash())
    , m_formula(chainFormula)
{
    m_report.chainFormula = chainFormula;
}

QByteArray LedgerVerifier::hashOf(const QByteArray &prevHash, qint64 seq, const ChainRow &row) const
{
    if (m_formula == 1)
        return ledger::chainHashV1(prevHash, seq, row.kind, row.payloadDigest);
    return ledger::chainHash(prevHash, {seq, row.timeMs, row.kind, row.actor, row.policyHash,
                                        row.payloadDigest, ledger::sha256(row.facts)});
}

bool LedgerVerifier::damage(Damage kind, qint64 seq, QString detail)
{
    if (m_report.damage == Damage::None) {
        m_report.damage = kind;
        m_report.firstBadSeq = seq;
        m_report.detail = std::move(detail);
    }
    return false;
}

bool LedgerVerifier::checkSignatures()
{
    for (const Checkpoint &checkpoint : std::as_const(m_checkpoints)) {
        if (!CheckpointSigner::verifyCheckpoint(m_publicKey, checkpoint))
            return damage(Damage::BadSignature, checkpoint.seq,
                          u"the checkpoint's signature does not verify with the store's key"_s);
        m_vouched.insert(checkpoint.seq, checkpoint.hash);
        ++m_report.checkpointsChecked;
    }
    if (!m_external)
        return true;
    if (m_external->publicKey != m_publicKey)
        return damage(Damage::BadSignature, 0,
                      u"the external checkpoints were signed by another store's key"_s);
    for (const Checkpoint &checkpoint : std::as_const(m_external->checkpoints)) {
        if (!CheckpointSigner::verifyCheckpoint(m_publicKey, checkpoint))
            return damage(Damage::BadSignature, checkpoint.seq,
                          u"an external checkpoint's signature does not verify"_s);
        const auto known = m_vouched.constFind(checkpoint.seq);
        if (known != m_vouched.constEnd() && *known != checkpoint.hash)
            return damage(Damage::RolledBack, checkpoint.seq,
                          u"the store's checkpoint differs from the external one at the same seq"_s);
        m_vouched.insert(checkpoint.seq, checkpoint.hash);
        m_vouchedExternally.insert(checkpoint.seq, true);
        ++m_report.externalCheckpointsChecked;
    }
    return true;
}

bool LedgerVerifier::feed(const ChainRow &row)
{
    if (m_report.damage != Damage::None)
        return false;
    if (m_pending && !check(*m_pending, &row))
        return false;
    m_pending = row;
    return true;
}

VerifyReport LedgerVerifier::finish()
{
    if (m_report.damage == Damage::None && m_pending)
        check(*m_pending, nullptr);
    m_pending.reset();
    if (m_report.damage == Damage::None && m_formula >= 2) {
        if (const auto uncovered = m_tombstones.finish())
            damage(Damage::BadTombstone, uncovered->seq, uncovered->detail);
    }
    if (m_report.damage == Damage::None)
        checkTail();
    m_report.headSeq = m_expectedSeq - 1;
    return m_report;
}

VerifyReport LedgerVerifier::finishPrefix(qint64 upToSeq)
{
    if (m_report.damage == Damage::None && m_pending)
        check(*m_pending, nullptr);
    m_pending.reset();
    if (m_report.damage == Damage::None && m_expectedSeq <= upToSeq)
        damage(Damage::Deleted, m_expectedSeq,
               u"the ledger has no event %1 (checked up to seq %2)"_s.arg(m_expectedSeq).arg(upToSeq));
    m_report.headSeq = m_expectedSeq - 1;
    return m_report;
}

bool LedgerVerifier::check(const ChainRow &row, const ChainRow *next)
{
    const qint64 expected = m_expectedSeq;
    if (row.seq > expected) {
        return damage(Damage::Deleted, expected,
                      row.seq - expected == 1
                          ? u"event %1 is missing"_s.arg(expected)
                          : u"events %1 to %2 are missing"_s.arg(expected).arg(row.seq - 1));
    }
    if (row.seq < expected)
        return damage(Damage::Inserted, row.seq, u"an event repeats an earlier seq"_s);
    if (!row.tombstoned && ledger::sha256(row.payload) != row.payloadDigest)
        return damage(Damage::Modified, expected, u"the payload does not match its digest"_s);
    if (m_formula >= 2 && row.facts.isNull())
        return damage(Damage::Modified, expected, u"the event has no projection record"_s);
    if (row.prevHash != m_lastGood)
        return judgeBrokenLink(row, next);
    if (hashOf(m_lastGood, expected, row) != row.hash)
        return damage(Damage::Modified, expected,
                      m_formula == 1
                          ? u"the event's hash does not match its content"_s
                          : u"the event's hash does not match its content (time, kind, actor, policy"
                            " hash, payload digest or projection record)"_s);
    if (m_formula >= 2) {
        if (const auto problem = m_tombstones.feed(row))
            return damage(Damage::BadTombstone, problem->seq, problem->detail);
    }
    return accept(row);
}

// The row does not link to the last good hash: find out what happened around it.
bool LedgerVerifier::judgeBrokenLink(const ChainRow &row, const ChainRow *next)
{
    const qint64 seq = m_expectedSeq;
    if (next && next->prevHash == m_lastGood && row.prevHash == next->hash)
        return damage(Damage::Reordered, seq, u"events %1 and %2 swapped places"_s.arg(seq).arg(seq + 1));
    if (next && next->prevHash == m_lastGood)
        return damage(Damage::Inserted, seq, u"event %1 was spliced in; the next event skips it"_s.arg(seq));
    if (seq > 1 && row.prevHash == m_beforeLastGood)
        return damage(Damage::Inserted, seq - 1,
                      u"event %1 was spliced in; event %2 links past it"_s.arg(seq - 1).arg(seq));
    if (hashOf(row.prevHash, seq + 1, row) == row.hash)
        return damage(Damage::Deleted, seq,
                      u"an event before this one was removed and later events renumbered"_s);
    if (seq > 1 && hashOf(row.prevHash, seq, row) == row.hash)
        return damage(
            Damage::Modified, seq - 1,
            u"event %1 was rewritten: its hash no longer links to event %2"_s.arg(seq - 1).arg(seq));
    return damage(Damage::Modified, seq, u"the event does not link to the previous event"_s);
}

bool LedgerVerifier::accept(const ChainRow &row)
{
    const auto vouched = m_vouched.constFind(row.seq);
    if (vouched != m_vouched.constEnd() && *vouched != row.hash)
        return damage(Damage::RolledBack, row.seq,
                      u"the chain differs from a signed checkpoint at this seq (history was rewritten)"_s);
    m_beforeLastGood = m_lastGood;
    m_lastGood = row.hash;
    ++m_expectedSeq;
    ++m_report.eventsChecked;
    return true;
}

void LedgerVerifier::checkTail()
{
    const qint64 head = m_expectedSeq - 1;
    qint64 internalMax = m_recordedHeadSeq;
    qint64 externalMax = 0;
    for (auto it = m_vouched.constBegin(); it != m_vouched.constEnd(); ++it) {
        if (m_vouchedExternally.contains(it.key()))
            externalMax = std::max(externalMax, it.key());
        else
            internalMax = std::max(internalMax, it.key());
    }
    if (internalMax > head) {
        damage(Damage::Truncated, head + 1,
               u"the ledger ends at seq %1 but the store recorded seq %2"_s.arg(head).arg(internalMax));
    } else if (externalMax > head) {
        damage(
            Damage::RolledBack, head + 1,
            u"the ledger ends at seq %1 but an external checkpoint vouches for seq %2: the store was rolled"
            " back to an older copy (or truncated)"_s.arg(head)
                .arg(externalMax));
    } else if (m_external) {
        checkNoneDeleted();
    }
}

// The store never deletes a checkpoint: one the witness (or an export) holds and the store lacks
// was taken out of it.
void LedgerVerifier::checkNoneDeleted()
{
    QSet<qint64> inStore;
    for (const Checkpoint &checkpoint : std::as_const(m_checkpoints))
        inStore.insert(checkpoint.seq);
    qint64 firstMissing = 0;
    int missing = 0;
    for (const Checkpoint &checkpoint : std::as_const(m_external->checkpoints)) {
        if (inStore.contains(checkpoint.seq))
            continue;
        ++missing;
        if (firstMissing == 0 || checkpoint.seq < firstMissing)
            firstMissing = checkpoint.seq;
    }
    if (missing > 0)
        damage(
            Damage::Deleted, firstMissing,
            u"%1 signed checkpoints that the witness holds are missing from the store, the first at seq %2:"
            " checkpoints were deleted"_s.arg(missing)
                .arg(firstMissing));
}

} // namespace custos
