#pragma once

#include "EvidenceBackend.h"

#include <QJsonObject>

namespace custos {

// Moves a store from chain formula 1 (seq, kind and payload digest only) to formula 2 (every field,
// ledger::encodeHeader), inside the caller's write transaction: it verifies the whole chain and
// every checkpoint under formula 1 first and refuses (changing nothing) if anything is wrong; then
// gives every event its projection record (EventFacts, from the query tables as they are), re-chains
// it under formula 2, re-signs every checkpoint over the new hash at its seq (keeping its time), and
// records the formula. The caller appends the migration event this returns.
class ChainMigration
{
public:
    struct Outcome
    {
        ChainHead newHead;
        QJsonObject eventPayload; // the "chain_migration" admin event: old head, counts, dropped seqs
    };
    static Result<Outcome> run(EvidenceBackend &backend, const QByteArray &signingKey);

private:
    static Result<void> verifyUnderFormula1(EvidenceBackend &backend, const StoreMeta &meta,
                                            const QList<Checkpoint> &checkpoints);
};

} // namespace custos
