#include "ChainMigration.h"

#include "CheckpointSigner.h"
#include "EventFacts.h"
#include "LedgerHash.h"
#include "LedgerVerifier.h"
#include "SqlCipherEvidenceBackend.h"
#include "TombstoneCoverage.h"
#include "core/common/Logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

// What the full-text index was given for an event written under formula 1, when it holds one: the
// stores of that time indexed a policy version's title and comment, every other event's strings.
QString formerIndexedText(const EvidenceEvent &event, bool indexed)
{
    if (!indexed || event.tombstoned)
        return {};
    if (event.kind == EventKind::PolicyPublish)
        return event.payload.value(u"title").toString() + u' ' + event.payload.value(u"comment").toString();
    return ledger::payloadText(event.payload);
}

} // namespace

Result<void> ChainMigration::verifyUnderFormula1(EvidenceBackend &backend, const StoreMeta &meta,
                                                 const QList<Checkpoint> &checkpoints)
{
    LedgerVerifier verifier(meta.publicKey, checkpoints, meta.recordedHeadSeq, std::nullopt, 1);
    if (verifier.checkSignatures()) {
        auto scanned = backend.scanChain(0, [&](const ChainRow &row) { return verifier.feed(row); });
        if (!scanned)
            return scanned;
    }
    const VerifyReport report = verifier.finish();
    if (!report.ok())
        return fail(
            u"the store does not verify under chain formula 1, so it was not migrated to formula 2 and"
            " nothing was changed: %1"_s.arg(report.summary()));
    return {};
}

Result<ChainMigration::Outcome> ChainMigration::run(EvidenceBackend &backend, const QByteArray &signingKey)
{
    auto meta = backend.readMeta();
    auto checkpoints = meta ? backend.checkpoints() : Result<QList<Checkpoint>>{};
    auto oldHead = checkpoints ? backend.head() : Result<ChainHead>{};
    if (!meta || !checkpoints || !oldHead)
        return std::unexpected(!meta ? meta.error() : (!checkpoints ? checkpoints.error() : oldHead.error()));
    if (auto verified = verifyUnderFormula1(backend, *meta, *checkpoints); !verified)
        return std::unexpected(verified.error());
    if (auto added = backend.addFactsColumn(); !added)
        return std::unexpected(added.error());

    QSet<qint64> indexed;
    auto projections = backend.scanProjections([&](const ProjectionRow &row) {
        if (row.hasText)
            indexed.insert(row.seq);
        return true;
    });
    if (!projections)
        return std::unexpected(projections.error());

    QHash<qint64, QByteArray> newHashAt;
    QHash<QString, QList<qint64>> dropped;
    QByteArray prev = ledger::genesisHash();
    for (qint64 seq = 1; seq <= oldHead->seq; ++seq) {
        auto event = backend.event(seq);
        if (!event)
            return std::unexpected(event.error());
        if (!*event)
            return fail(u"event %1 vanished during the migration"_s.arg(seq));
        EvidenceEvent &row = **event;
        const QString text = formerIndexedText(row, indexed.contains(seq));
        row.facts = QJsonDocument(EventFacts::of(row, text)).toJson(QJsonDocument::Compact);
        const QByteArray hash = ledger::chainHash(prev, ledger::headerOf(row));
        if (auto rewritten = backend.rewriteChainFields(seq, row.facts, prev, hash); !rewritten)
            return std::unexpected(rewritten.error());
        if (row.tombstoned)
            dropped[row.payload.value(u"tombstone").toString()].append(seq);
        newHashAt.insert(seq, hash);
        prev = hash;
    }
    for (Checkpoint checkpoint : std::as_const(*checkpoints)) {
        checkpoint.hash = newHashAt.value(checkpoint.seq);
        if (auto resigned = CheckpointSigner::signCheckpoint(signingKey, checkpoint); !resigned)
            return std::unexpected(resigned.error());
        if (auto stored = backend.insertCheckpoint(checkpoint); !stored)
            return std::unexpected(stored.error());
    }
    if (auto recorded =
            backend.recordChainFormula(SqlCipherEvidenceBackend::kFormatVersion, ledger::kChainFormula);
        !recorded)
        return std::unexpected(recorded.error());

    QJsonObject tombstoned;
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it)
        tombstoned.insert(it.key(), TombstoneCoverage::ranges(it.value()));
    Outcome outcome;
    outcome.newHead = {oldHead->seq,
                       oldHead->seq > 0 ? newHashAt.value(oldHead->seq) : ledger::genesisHash()};
    outcome.eventPayload = {{u"action"_s, u"chain_migration"_s},
                            {u"fromFormula"_s, 1},
                            {u"toFormula"_s, ledger::kChainFormula},
                            {u"oldHeadSeq"_s, oldHead->seq},
                            {u"oldHeadHash"_s, QString::fromLatin1(oldHead->hash.toHex())},
                            {u"newHeadHash"_s, QString::fromLatin1(outcome.newHead.hash.toHex())},
                            {u"checkpointsResigned"_s, checkpoints->size()},
                            {u"tombstoned"_s, tombstoned}};
    qCInfo(lcEvidence) << "migrated the chain to formula" << ledger::kChainFormula << "over" << oldHead->seq
                       << "events";
    return outcome;
}

} // namespace custos
