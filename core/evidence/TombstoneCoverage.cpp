#include "TombstoneCoverage.h"

#include "LedgerHash.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

bool neverExpires(const QString &kind)
{
    return kind == u"admin" || kind == u"retention" || kind == u"policy_publish";
}

QString tombstoneReason(const QByteArray &payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    if (object.size() != 1 || !object.value(u"tombstone").isString())
        return {};
    const QString reason = object.value(u"tombstone").toString();
    // Only the exact bytes the store writes: anything else hides content behind the flag.
    if (ledger::canonicalPayload(object) != payload)
        return {};
    return reason == u"retention" || reason == u"erasure" ? reason : QString();
}

} // namespace

QJsonArray TombstoneCoverage::ranges(const QList<qint64> &sortedSeqs)
{
    QJsonArray out;
    for (qsizetype i = 0; i < sortedSeqs.size();) {
        qsizetype j = i;
        while (j + 1 < sortedSeqs.size() && sortedSeqs[j + 1] == sortedSeqs[j] + 1)
            ++j;
        out.append(QJsonArray{sortedSeqs[i], sortedSeqs[j]});
        i = j + 1;
    }
    return out;
}

QJsonObject TombstoneCoverage::dropPayload(const QList<qint64> &seqs, const QString &reason, qint64 asOfMs,
                                           int minDays)
{
    QJsonObject payload{{u"action"_s, u"drop"_s},
                        {u"reason"_s, reason},
                        {u"seqs"_s, ranges(seqs)},
                        {u"count"_s, seqs.size()}};
    if (reason == u"retention") {
        payload.insert(u"asOfMs"_s, asOfMs);
        payload.insert(u"minDays"_s, minDays);
    }
    return payload;
}

void TombstoneCoverage::addCovers(const QJsonArray &ranges, const Cover &cover)
{
    for (const QJsonValue &range : ranges) {
        const QJsonArray bounds = range.toArray();
        Cover entry = cover;
        entry.last = bounds.at(1).toInteger();
        m_covers.insert(bounds.at(0).toInteger(), entry);
    }
}

std::optional<TombstoneCoverage::Problem> TombstoneCoverage::feed(const ChainRow &row)
{
    if (row.tombstoned) {
        const QString reason = tombstoneReason(row.payload);
        if (reason.isEmpty())
            return Problem{row.seq,
                           u"the event is flagged as dropped but its payload is not a bare retention or"
                           " erasure tombstone"_s};
        if (neverExpires(row.kind))
            return Problem{row.seq, u"a %1 record was dropped, but %1 records are the audit trail and never"
                                    " expire"_s.arg(row.kind)};
        m_dropped.append({row.seq, row.timeMs, reason});
        return std::nullopt;
    }
    if (row.kind != u"retention" && row.kind != u"admin")
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(row.payload).object();
    const QString action = payload.value(u"action").toString();
    if (row.kind == u"retention" && action == u"drop") {
        addCovers(payload.value(u"seqs").toArray(),
                  {0, payload.value(u"reason").toString(), row.seq, payload.value(u"asOfMs").toInteger(),
                   int(payload.value(u"minDays").toInteger()), false});
    } else if (row.kind == u"admin" && action == u"chain_migration") {
        const QJsonObject dropped = payload.value(u"tombstoned").toObject();
        for (auto it = dropped.begin(); it != dropped.end(); ++it)
            addCovers(it.value().toArray(), {0, it.key(), row.seq, 0, 0, true});
    }
    return std::nullopt;
}

std::optional<TombstoneCoverage::Problem> TombstoneCoverage::judge(const Dropped &dropped) const
{
    auto it = m_covers.upperBound(dropped.seq);
    if (it == m_covers.cbegin())
        return Problem{dropped.seq,
                       u"the payload was dropped (%1) but no retention event names it"_s.arg(dropped.reason)};
    --it;
    const Cover &cover = it.value();
    if (dropped.seq > cover.last || cover.coverSeq <= dropped.seq)
        return Problem{dropped.seq,
                       u"the payload was dropped (%1) but no retention event names it"_s.arg(dropped.reason)};
    if (cover.reason != dropped.reason)
        return Problem{dropped.seq, u"the tombstone says %1, but the event at seq %2 dropped it for %3"_s
                                        .arg(dropped.reason)
                                        .arg(cover.coverSeq)
                                        .arg(cover.reason)};
    if (cover.reason == u"retention" && !cover.migrated && cover.minDays > 0 &&
        dropped.timeMs >= cover.asOfMs - cover.minDays * kDayMs)
        return Problem{dropped.seq,
                       u"dropped for retention by the event at seq %1, but it was younger than the shortest"
                       " retention (%2 days) then"_s.arg(cover.coverSeq)
                           .arg(cover.minDays)};
    return std::nullopt;
}

std::optional<TombstoneCoverage::Problem> TombstoneCoverage::finish() const
{
    for (const Dropped &dropped : m_dropped) {
        if (auto problem = judge(dropped))
            return problem;
    }
    return std::nullopt;
}

} // namespace custos
