#pragma once

#include "core/audit/AuditDataset.h"

#include <optional>

namespace custos {
class EvidenceStore;
}

namespace custos::audit {

// Which stretch of the ledger a pack covers. The period's events are the seqs whose time falls in
// [from, to) (ledger time never decreases with seq, so they are one run). chain.csv runs from the
// anchor (the last signed checkpoint before the period, or genesis) to the closing checkpoint (the
// first signed checkpoint at or after the period's last event), so every event of the period
// sits between two signatures.
struct LedgerWindow
{
    qint64 firstSeq = 0; // first event of the period; 0 when the period is empty
    qint64 lastSeq = 0;  // last event of the period; 0 when the period is empty
    qint64 headSeq = 0;  // the ledger's head when collecting began
    qint64 anchorSeq = 0;
    QByteArray anchorHash; // genesis: 32 zero bytes
    std::optional<Checkpoint> anchor;
    std::optional<Checkpoint>
        closing;                   // nullopt: no checkpoint covers the period (chain.csv ends at the head)
    qint64 endSeq = 0;             // chain.csv's last seq
    QList<Checkpoint> checkpoints; // anchor .. closing, in seq order

    bool periodEmpty() const { return firstSeq == 0; }
    bool inPeriod(qint64 seq) const { return firstSeq != 0 && seq >= firstSeq && seq <= lastSeq; }

    static Result<LedgerWindow> resolve(const EvidenceStore &store, const AuditScope &scope);
};

} // namespace custos::audit
