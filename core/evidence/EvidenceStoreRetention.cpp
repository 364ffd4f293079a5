// Retention, legal holds and erasure of EvidenceStore.
#include "EvidenceStore.h"

#include "LedgerHash.h"
#include "TombstoneCoverage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr int kChunk = 1000; // tombstones per transaction, so appenders never wait long

bool heldBy(const QList<LegalHold> &holds, const RetentionCandidate &candidate)
{
    return std::any_of(holds.begin(), holds.end(), [&](const LegalHold &hold) {
        return hold.covers(candidate.service, candidate.user, candidate.caseId);
    });
}

QJsonObject describeQuery(const EvidenceQuery &query)
{
    QJsonObject json;
    const auto putIfSet = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    putIfSet(u"service"_s, query.service);
    putIfSet(u"user"_s, query.user);
    putIfSet(u"decision"_s, query.decision);
    putIfSet(u"rule"_s, query.rule);
    putIfSet(u"dataClass"_s, query.dataClass);
    putIfSet(u"exceptionId"_s, query.exceptionId);
    putIfSet(u"caseId"_s, query.caseId);
    if (query.from.isValid())
        json.insert(u"from"_s, query.from.toUTC().toString(Qt::ISODateWithMs));
    if (query.to.isValid())
        json.insert(u"to"_s, query.to.toUTC().toString(Qt::ISODateWithMs));
    // The search text may itself name the subject: record only its digest.
    if (!query.text.isEmpty())
        json.insert(u"textDigest"_s, QString::fromLatin1(ledger::sha256(query.text.toUtf8()).toHex()));
    return json;
}

} // namespace

// Drops the payloads of `candidates` that no hold keeps, and in the same transaction appends the
// retention "drop" event naming every seq it dropped, why and as of when: verify accepts a
// tombstone only under such an event.
Result<RetentionReport> EvidenceStore::tombstoneSeqs(const QList<RetentionCandidate> &candidates,
                                                     const QString &why, RetentionReport &report,
                                                     const DropBasis &basis)
{
    auto current = holds();
    if (!current)
        return std::unexpected(current.error());
    QList<qint64> dropping;
    int kept = 0;
    for (const RetentionCandidate &candidate : candidates) {
        if (heldBy(*current, candidate))
            ++kept;
        else
            dropping.append(candidate.seq);
    }
    report.keptByHold += kept;
    if (dropping.isEmpty())
        return report;
    const QJsonObject tombstone{{u"tombstone"_s, why}};
    auto done = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        for (const qint64 seq : std::as_const(dropping)) {
            if (auto dropped = transaction.backend().tombstone(seq, tombstone); !dropped)
                return dropped;
        }
        auto logged = appendAdmin(transaction, EventKind::Retention, basis.actor,
                                  TombstoneCoverage::dropPayload(dropping, why, basis.asOfMs, basis.minDays));
        return logged ? Result<void>{} : std::unexpected(logged.error());
    });
    if (done)
        report.tombstoned += int(dropping.size());
    if (!done)
        return std::unexpected(done.error());
    return report;
}

Result<RetentionReport> EvidenceStore::purge(const RetentionRules &rules, const QDateTime &now,
                                             const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return std::unexpected(writable.error());
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    RetentionReport report;
    const int shortest = rules.shortestDays();
    if (shortest > 0) {
        const QDateTime oldestKept = now.addDays(-shortest);
        qint64 afterSeq = 0;
        while (true) {
            auto candidates = (*backend)->retentionCandidates(oldestKept, afterSeq, kChunk);
            if (!candidates)
                return std::unexpected(candidates.error());
            if (candidates->isEmpty())
                break;
            afterSeq = candidates->constLast().seq;
            QList<RetentionCandidate> expired;
            for (const RetentionCandidate &candidate : std::as_const(*candidates)) {
                const int days = rules.daysFor(candidate.service, candidate.dataClasses);
                if (days > 0 && candidate.time < now.addDays(-days))
                    expired.append(candidate);
            }
            if (auto dropped = tombstoneSeqs(expired, u"retention"_s, report,
                                             {actor, now.toMSecsSinceEpoch(), shortest});
                !dropped)
                return dropped;
            if (candidates->size() < kChunk)
                break;
        }
    }
    const QJsonObject payload{{u"action"_s, u"purge"_s},
                              {u"tombstoned"_s, report.tombstoned},
                              {u"keptByHold"_s, report.keptByHold},
                              {u"defaultDays"_s, rules.defaultDays},
                              {u"asOf"_s, now.toUTC().toString(Qt::ISODateWithMs)}};
    auto logged = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto seq = appendAdmin(transaction, EventKind::Retention, actor, payload);
        if (!seq)
            return std::unexpected(seq.error());
        report.retentionEventSeq = *seq;
        return {};
    });
    if (!logged)
        return std::unexpected(logged.error());
    return report;
}

Result<RetentionReport> EvidenceStore::eraseSubject(const QString &userId, const QString &actor,
                                                    const QString &reason)
{
    if (userId.isEmpty())
        return fail(u"erasure needs a user id"_s);
    EvidenceQuery query;
    query.user = userId;
    return eraseMatching(query, actor, reason);
}

Result<RetentionReport> EvidenceStore::eraseMatching(const EvidenceQuery &filter, const QString &actor,
                                                     const QString &reason)
{
    if (auto writable = requireWriter(); !writable)
        return std::unexpected(writable.error());
    EvidenceQuery query = filter;
    query.newestFirst = false;
    query.limit = kChunk;
    query.afterSeq = 0;
    RetentionReport report;
    while (true) {
        auto page = this->query(query);
        if (!page)
            return std::unexpected(page.error());
        QList<RetentionCandidate> matches;
        for (const EvidenceEvent &event : std::as_const(page->events)) {
            // Administrative and retention records are the audit trail itself, not subject content.
            if (!event.tombstoned && event.kind != EventKind::Admin && event.kind != EventKind::Retention &&
                event.kind != EventKind::PolicyPublish)
                matches.append(
                    {event.seq, event.time, event.service, event.user, event.caseId, event.dataClasses});
        }
        if (auto dropped = tombstoneSeqs(matches, u"erasure"_s, report, {actor, 0, 0}); !dropped)
            return dropped;
        if (page->nextCursor == 0)
            break;
        query.afterSeq = page->nextCursor;
    }
    QJsonObject payload{{u"action"_s, u"erasure"_s},
                        {u"reason"_s, reason},
                        {u"subject"_s, describeQuery(filter)},
                        {u"tombstoned"_s, report.tombstoned},
                        {u"keptByHold"_s, report.keptByHold}};
    auto logged = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto seq = appendAdmin(transaction, EventKind::Retention, actor, payload);
        if (!seq)
            return std::unexpected(seq.error());
        report.retentionEventSeq = *seq;
        return {};
    });
    if (!logged)
        return std::unexpected(logged.error());
    return report;
}

Result<qint64> EvidenceStore::placeHold(HoldScope scope, const QString &value, const QString &reason,
                                        const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return std::unexpected(writable.error());
    if (value.isEmpty())
        return fail(u"a legal hold needs the %1 it applies to"_s.arg(holdScopeName(scope)));
    LegalHold hold{0, scope, value, reason, actor, QDateTime::currentDateTimeUtc(), {}, {}};
    qint64 id = 0;
    auto placed = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto inserted = transaction.backend().insertHold(hold);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        const QJsonObject payload{{u"action"_s, u"hold.place"_s},
                                  {u"holdId"_s, id},
                                  {u"scope"_s, holdScopeName(scope)},
                                  {u"value"_s, value},
                                  {u"reason"_s, reason}};
        auto seq = appendAdmin(transaction, EventKind::Admin, actor, payload);
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
    if (!placed)
        return std::unexpected(placed.error());
    return id;
}

Result<void> EvidenceStore::releaseHold(qint64 id, const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return writable;
    return m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto released = transaction.backend().releaseHold(id, QDateTime::currentDateTimeUtc(), actor);
        if (!released)
            return std::unexpected(released.error());
        if (!*released)
            return fail(u"no active legal hold with id %1"_s.arg(id));
        const QJsonObject payload{{u"action"_s, u"hold.release"_s}, {u"holdId"_s, id}};
        auto seq = appendAdmin(transaction, EventKind::Admin, actor, payload);
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
}

Result<QList<LegalHold>> EvidenceStore::holds(bool includeReleased) const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->holds(includeReleased);
}

} // namespace custos
