#include "core/audit/LedgerWindow.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"

namespace custos::audit {

namespace {

// The seq of the first event at or after `from` (oldest first), or of the last one before `to`.
Result<qint64> boundarySeq(const EvidenceStore &store, const QDateTime &from, const QDateTime &to)
{
    EvidenceQuery query;
    query.from = from;
    query.to = to;
    query.limit = 1;
    query.newestFirst = to.isValid();
    auto page = store.query(query);
    if (!page)
        return std::unexpected(page.error());
    return page->events.isEmpty() ? 0 : page->events.constFirst().seq;
}

} // namespace

Result<LedgerWindow> LedgerWindow::resolve(const EvidenceStore &store, const AuditScope &scope)
{
    auto head = store.head();
    if (!head)
        return std::unexpected(head.error());
    auto first = boundarySeq(store, scope.from, {});
    if (!first)
        return std::unexpected(first.error());
    auto last = boundarySeq(store, {}, scope.to);
    if (!last)
        return std::unexpected(last.error());
    auto checkpoints = store.checkpoints();
    if (!checkpoints)
        return std::unexpected(checkpoints.error());

    LedgerWindow window;
    window.headSeq = head->seq;
    if (*first != 0 && *last >= *first) {
        window.firstSeq = *first;
        window.lastSeq = *last;
    }
    // Events from `lowSeq` on are at or after the period's start; those up to `highSeq` before its end.
    const qint64 lowSeq = *first != 0 ? *first : head->seq + 1;
    const qint64 highSeq = *last;
    window.anchorHash = ledger::genesisHash();
    for (const Checkpoint &checkpoint : std::as_const(*checkpoints)) {
        if (checkpoint.seq < lowSeq) {
            window.anchor = checkpoint;
            window.anchorSeq = checkpoint.seq;
            window.anchorHash = checkpoint.hash;
        }
    }
    for (const Checkpoint &checkpoint : std::as_const(*checkpoints)) {
        if (checkpoint.seq >= std::max(highSeq, window.anchorSeq)) {
            window.closing = checkpoint;
            break;
        }
    }
    window.endSeq = window.closing ? window.closing->seq : head->seq;
    for (const Checkpoint &checkpoint : std::as_const(*checkpoints))
        if (checkpoint.seq >= window.anchorSeq && checkpoint.seq <= window.endSeq && checkpoint.seq > 0)
            window.checkpoints.append(checkpoint);
    return window;
}

} // namespace custos::audit
