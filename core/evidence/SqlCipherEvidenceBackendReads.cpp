// Queries, holds, routes and API keys of SqlCipherEvidenceBackend (the ledger's writes and the chain
// scan are in SqlCipherEvidenceBackend.cpp).
#include "SqlCipherEvidenceBackend.h"

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

// A formula-1 store (read-only, not yet migrated) has no facts column.
QString eventColumns(bool withFacts)
{
    return u"e.seq, e.time_ms, e.kind, e.actor, e.policy_hash, e.payload, e.payload_digest, e.prev_hash, "
           u"e.hash,"
           " e.tombstoned, f.service, f.user, f.decision, f.exception_id, f.case_id, f.model, f.route, "
           "f.rules,"
           " f.data_classes, "_s +
           (withFacts ? u"e.facts"_s : u"NULL"_s);
}

QStringList splitList(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QStringList{} : text.split(SqlCipherEvidenceBackend::kListSeparator);
}

QDateTime utcFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

EvidenceEvent eventFromRow(const QSqlQuery &row)
{
    EvidenceEvent event;
    event.seq = row.value(0).toLongLong();
    event.time = utcFromMs(row.value(1));
    event.kind = eventKindFromName(row.value(2).toString()).value_or(EventKind::Admin);
    event.actor = row.value(3).toString();
    event.policyHash = row.value(4).toString();
    event.payload = QJsonDocument::fromJson(row.value(5).toByteArray()).object();
    event.payloadDigest = row.value(6).toByteArray();
    event.prevHash = row.value(7).toByteArray();
    event.hash = row.value(8).toByteArray();
    event.tombstoned = row.value(9).toInt() != 0;
    event.service = row.value(10).toString();
    event.user = row.value(11).toString();
    event.decision = row.value(12).toString();
    event.exceptionId = row.value(13).toString();
    event.caseId = row.value(14).toString();
    event.model = row.value(15).toString();
    event.route = row.value(16).toString();
    event.rules = splitList(row.value(17));
    event.dataClasses = splitList(row.value(18));
    event.facts = row.value(19).toByteArray();
    return event;
}

// FTS5 syntax is for people who know it; quote every word so any text is a valid query.
QString ftsMatchExpression(const QString &text)
{
    QStringList terms;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString escaped = word;
        escaped.replace(u'"', u"\"\""_s);
        terms.append(u'"' + escaped + u'"');
    }
    return terms.join(u' ');
}

struct Filter
{
    QString from =
        u"event_facts f"_s; // the driving table: the most selective index that also gives seq order
    QString seq = u"f.seq"_s;
    QStringList conditions;
    QVariantList values;

    void add(const QString &condition, const QVariant &value)
    {
        conditions.append(condition);
        values.append(value);
    }
    void addIfSet(const QString &condition, const QString &value)
    {
        if (!value.isEmpty())
            add(condition, value);
    }
};

// Rules and classes drive the scan from their (name, seq) keys, so a page is a short index walk in
// seq order. Ledger time never decreases with seq (the writer stamps it), so a time range becomes a
// seq range found through the time index.
Filter filterFor(const EvidenceQuery &query)
{
    Filter filter;
    if (!query.rule.isEmpty()) {
        filter.from = u"event_rules d CROSS JOIN event_facts f ON f.seq = d.seq"_s;
        filter.seq = u"d.seq"_s;
        filter.add(u"d.rule = ?"_s, query.rule);
        filter.addIfSet(u"f.seq IN (SELECT seq FROM event_classes WHERE data_class = ?)"_s, query.dataClass);
    } else if (!query.dataClass.isEmpty()) {
        filter.from = u"event_classes d CROSS JOIN event_facts f ON f.seq = d.seq"_s;
        filter.seq = u"d.seq"_s;
        filter.add(u"d.data_class = ?"_s, query.dataClass);
    }
    if (query.from.isValid())
        filter.add(
            filter.seq +
                u" >= (SELECT seq FROM event_facts WHERE time_ms >= ? ORDER BY time_ms, seq LIMIT 1)"_s,
            query.from.toMSecsSinceEpoch());
    if (query.to.isValid())
        filter.add(
            filter.seq +
                u" <= (SELECT seq FROM event_facts WHERE time_ms < ? ORDER BY time_ms DESC, seq DESC LIMIT 1)"_s,
            query.to.toMSecsSinceEpoch());
    filter.addIfSet(u"f.service = ?"_s, query.service);
    filter.addIfSet(u"f.user = ?"_s, query.user);
    filter.addIfSet(u"f.decision = ?"_s, query.decision);
    filter.addIfSet(u"f.exception_id = ?"_s, query.exceptionId);
    filter.addIfSet(u"f.case_id = ?"_s, query.caseId);
    if (query.kind)
        filter.add(u"f.kind = ?"_s, eventKindName(*query.kind));
    if (!query.text.trimmed().isEmpty())
        filter.add(u"f.seq IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)"_s,
                   ftsMatchExpression(query.text));
    if (query.afterSeq > 0)
        filter.add(filter.seq + (query.newestFirst ? u" < ?"_s : u" > ?"_s), query.afterSeq);
    return filter;
}

} // namespace

// Pages are chosen on the small projection rows first; only the page's events are then read.
Result<EvidencePage> SqlCipherEvidenceBackend::query(const EvidenceQuery &request)
{
    const int limit = std::clamp(request.limit, 1, EvidenceQuery::kMaxLimit);
    const Filter filter = filterFor(request);
    const QString order = request.newestFirst ? u" DESC"_s : QString();
    QString page = u"SELECT "_s + filter.seq + u" AS seq FROM "_s + filter.from;
    if (!filter.conditions.isEmpty())
        page += u" WHERE "_s + filter.conditions.join(u" AND "_s);
    page += u" ORDER BY "_s + filter.seq + order + u" LIMIT "_s + QString::number(limit + 1);
    auto withFacts = hasFactsColumn();
    if (!withFacts)
        return std::unexpected(withFacts.error());
    const QString sql =
        u"SELECT "_s + eventColumns(*withFacts) + u" FROM ("_s + page +
        u") p JOIN events e ON e.seq = p.seq JOIN event_facts f ON f.seq = p.seq ORDER BY p.seq"_s + order;

    QSqlQuery query = newQuery();
    if (!query.prepare(sql))
        return std::unexpected(error(query, "querying evidence"));
    for (const QVariant &value : filter.values)
        query.addBindValue(value);
    if (auto ran = run(query, "querying evidence"); !ran)
        return std::unexpected(ran.error());
    EvidencePage result;
    while (query.next()) {
        if (result.events.size() == limit) {
            result.nextCursor = result.events.constLast().seq;
            break;
        }
        result.events.append(eventFromRow(query));
    }
    return result;
}

// Audit packs read a month of events in one pass: like scanChain, this goes straight to SQLite.
Result<void> SqlCipherEvidenceBackend::scanLedger(qint64 afterSeq, qint64 lastSeq,
                                                  const std::function<bool(const LedgerRow &)> &visit)
{
    sqlite3 *handle = sqlCipherHandle(m_db);
    if (!handle)
        return fail(u"reading the ledger: the store is not open"_s, m_path);
    auto withFacts = hasFactsColumn();
    if (!withFacts)
        return std::unexpected(withFacts.error());
    sqlite3_stmt *statement = nullptr;
    const char *sql = *withFacts
                          ? "SELECT e.seq, e.kind, e.payload, e.payload_digest, e.prev_hash, e.hash, "
                            "e.tombstoned, e.time_ms,"
                            " e.actor, e.policy_hash, f.service, f.user, f.decision, f.exception_id, "
                            "f.model, f.route, f.rules,"
                            " f.data_classes, e.facts FROM events e LEFT JOIN event_facts f ON f.seq = e.seq"
                            " WHERE e.seq > ? AND e.seq <= ? ORDER BY e.seq"
                          : "SELECT e.seq, e.kind, e.payload, e.payload_digest, e.prev_hash, e.hash, "
                            "e.tombstoned, e.time_ms,"
                            " e.actor, e.policy_hash, f.service, f.user, f.decision, f.exception_id, "
                            "f.model, f.route, f.rules,"
                            " f.data_classes, NULL FROM events e LEFT JOIN event_facts f ON f.seq = e.seq"
                            " WHERE e.seq > ? AND e.seq <= ? ORDER BY e.seq";
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(u"reading the ledger: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle))), m_path);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(statement, sqlite3_finalize);
    sqlite3_bind_int64(statement, 1, afterSeq);
    sqlite3_bind_int64(statement, 2, lastSeq);
    const auto bytes = [statement](int column) {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    };
    const auto text = [statement](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    };
    const auto list = [&text](int column) {
        const QString joined = text(column);
        return joined.isEmpty() ? QStringList{} : joined.split(SqlCipherEvidenceBackend::kListSeparator);
    };
    LedgerRow row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        row.chain.seq = sqlite3_column_int64(statement, 0);
        row.chain.kind = text(1);
        row.chain.payload = bytes(2);
        row.chain.payloadDigest = bytes(3);
        row.chain.prevHash = bytes(4);
        row.chain.hash = bytes(5);
        row.chain.tombstoned = sqlite3_column_int(statement, 6) != 0;
        row.timeMs = sqlite3_column_int64(statement, 7);
        row.actor = text(8);
        row.policyHash = text(9);
        row.service = text(10);
        row.user = text(11);
        row.decision = text(12);
        row.exceptionId = text(13);
        row.model = text(14);
        row.route = text(15);
        row.rules = list(16);
        row.dataClasses = list(17);
        row.chain.timeMs = row.timeMs;
        row.chain.actor = row.actor;
        row.chain.policyHash = row.policyHash;
        row.chain.facts = sqlite3_column_type(statement, 18) == SQLITE_NULL ? QByteArray() : bytes(18);
        if (!visit(row))
            return {};
    }
    if (rc != SQLITE_DONE)
        return fail(u"reading the ledger: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle))), m_path);
    return {};
}

Result<std::optional<EvidenceEvent>> SqlCipherEvidenceBackend::event(qint64 seq)
{
    auto withFacts = hasFactsColumn();
    if (!withFacts)
        return std::unexpected(withFacts.error());
    QSqlQuery query = newQuery();
    query.prepare(u"SELECT "_s + eventColumns(*withFacts) +
                  u" FROM events e LEFT JOIN event_facts f ON f.seq = e.seq WHERE e.seq = ?"_s);
    query.addBindValue(seq);
    if (auto ran = run(query, "reading an event"); !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return std::optional<EvidenceEvent>{};
    return std::optional<EvidenceEvent>{eventFromRow(query)};
}

// One pass over the window through the time index ("+kind" keeps SQLite off the kind index, which
// would walk every interaction ever recorded); rules are counted from the facts' own rule list, as
// event_rules cannot be looked up by seq.
Result<ActivitySummary> SqlCipherEvidenceBackend::summarize(const QDateTime &from, int topRules)
{
    QSqlQuery query = newQuery();
    query.setForwardOnly(true);
    query.prepare(u"SELECT decision, rules FROM event_facts WHERE time_ms >= ? AND +kind = ?"_s);
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(eventKindName(EventKind::Interaction));
    if (auto ran = run(query, "summarising decisions"); !ran)
        return std::unexpected(ran.error());
    ActivitySummary summary;
    QHash<QString, qint64> ruleCounts;
    while (query.next()) {
        ++summary.interactions;
        ++summary.decisions[query.value(0).toString()];
        for (const QString &rule : splitList(query.value(1)))
            ++ruleCounts[rule];
    }
    QList<std::pair<QString, qint64>> rules(ruleCounts.keyValueBegin(), ruleCounts.keyValueEnd());
    std::ranges::sort(rules, [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    summary.topRules = rules.mid(0, topRules);
    return summary;
}

Result<QList<RetentionCandidate>> SqlCipherEvidenceBackend::retentionCandidates(const QDateTime &before,
                                                                                qint64 afterSeq, int limit)
{
    QSqlQuery query = newQuery();
    query.prepare(
        u"SELECT f.seq, f.time_ms, f.service, f.user, f.case_id, f.data_classes"
        " FROM event_facts f JOIN events e ON e.seq = f.seq"
        " WHERE f.seq > ? AND e.tombstoned = 0 AND f.kind NOT IN ('admin', 'retention', 'policy_publish')"
        " AND f.seq <= (SELECT seq FROM event_facts WHERE"
        " time_ms < ? ORDER BY time_ms DESC, seq DESC LIMIT 1) ORDER BY f.seq LIMIT ?"_s);
    query.addBindValue(afterSeq);
    query.addBindValue(before.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (auto ran = run(query, "finding expired evidence"); !ran)
        return std::unexpected(ran.error());
    QList<RetentionCandidate> candidates;
    while (query.next()) {
        candidates.append({query.value(0).toLongLong(), utcFromMs(query.value(1)), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), splitList(query.value(5))});
    }
    return candidates;
}

Result<qint64> SqlCipherEvidenceBackend::insertHold(const LegalHold &hold)
{
    QSqlQuery query = newQuery();
    query.prepare(u"INSERT INTO holds (scope, value, reason, actor, created_ms) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(holdScopeName(hold.scope));
    query.addBindValue(hold.value);
    query.addBindValue(hold.reason);
    query.addBindValue(hold.actor);
    query.addBindValue(hold.created.toMSecsSinceEpoch());
    if (auto ran = run(query, "placing a legal hold"); !ran)
        return std::unexpected(ran.error());
    return query.lastInsertId().toLongLong();
}

Result<bool> SqlCipherEvidenceBackend::releaseHold(qint64 id, const QDateTime &when, const QString &actor)
{
    QSqlQuery query = newQuery();
    query.prepare(
        u"UPDATE holds SET released_ms = ?, released_by = ? WHERE id = ? AND released_ms IS NULL"_s);
    query.addBindValue(when.toMSecsSinceEpoch());
    query.addBindValue(actor);
    query.addBindValue(id);
    if (auto ran = run(query, "releasing a legal hold"); !ran)
        return std::unexpected(ran.error());
    return query.numRowsAffected() > 0;
}

Result<QList<LegalHold>> SqlCipherEvidenceBackend::holds(bool includeReleased)
{
    QSqlQuery query = newQuery();
    const QString sql = u"SELECT id, scope, value, reason, actor, created_ms, released_ms, released_by"
                        " FROM holds"_s +
                        (includeReleased ? QString() : u" WHERE released_ms IS NULL"_s) + u" ORDER BY id"_s;
    if (!query.exec(sql))
        return std::unexpected(error(query, "reading legal holds"));
    QList<LegalHold> list;
    while (query.next()) {
        LegalHold hold;
        hold.id = query.value(0).toLongLong();
        hold.scope = holdScopeFromName(query.value(1).toString()).value_or(HoldScope::Case);
        hold.value = query.value(2).toString();
        hold.reason = query.value(3).toString();
        hold.actor = query.value(4).toString();
        hold.created = utcFromMs(query.value(5));
        hold.released = utcFromMs(query.value(6));
        hold.releasedBy = query.value(7).toString();
        list.append(hold);
    }
    return list;
}

Result<void> SqlCipherEvidenceBackend::putRoute(const Route &route)
{
    QSqlQuery query = newQuery();
    query.prepare(u"INSERT OR REPLACE INTO routes (name, kind, base_url, api_key) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(route.name);
    query.addBindValue(route.kind);
    query.addBindValue(route.baseUrl);
    query.addBindValue(route.apiKey);
    return run(query, "saving a route");
}

Result<bool> SqlCipherEvidenceBackend::removeRoute(const QString &name)
{
    QSqlQuery query = newQuery();
    query.prepare(u"DELETE FROM routes WHERE name = ?"_s);
    query.addBindValue(name);
    if (auto ran = run(query, "removing a route"); !ran)
        return std::unexpected(ran.error());
    return query.numRowsAffected() > 0;
}

Result<QList<Route>> SqlCipherEvidenceBackend::routes()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"SELECT name, kind, base_url, api_key FROM routes ORDER BY name"_s))
        return std::unexpected(error(query, "reading routes"));
    QList<Route> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString()});
    }
    return list;
}

Result<void> SqlCipherEvidenceBackend::insertApiKey(const QByteArray &keyHash, const ApiKeyRecord &record)
{
    QSqlQuery query = newQuery();
    query.prepare(u"INSERT INTO api_keys (key_hash, key_prefix, user, service, created_ms)"
                  " VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(keyHash);
    query.addBindValue(record.prefix);
    query.addBindValue(record.user);
    query.addBindValue(record.service);
    query.addBindValue(record.created.toMSecsSinceEpoch());
    return run(query, "saving an API key");
}

Result<std::optional<ApiKeyIdentity>> SqlCipherEvidenceBackend::findApiKey(const QByteArray &keyHash)
{
    QSqlQuery query = newQuery();
    query.prepare(
        u"SELECT user, service, key_prefix FROM api_keys WHERE key_hash = ? AND revoked_ms IS NULL"_s);
    query.addBindValue(keyHash);
    if (auto ran = run(query, "looking up an API key"); !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return std::optional<ApiKeyIdentity>{};
    return std::optional<ApiKeyIdentity>{
        ApiKeyIdentity{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}};
}

Result<bool> SqlCipherEvidenceBackend::revokeApiKey(const QString &prefix, const QDateTime &when)
{
    QSqlQuery query = newQuery();
    query.prepare(u"UPDATE api_keys SET revoked_ms = ? WHERE key_prefix = ? AND revoked_ms IS NULL"_s);
    query.addBindValue(when.toMSecsSinceEpoch());
    query.addBindValue(prefix);
    if (auto ran = run(query, "revoking an API key"); !ran)
        return std::unexpected(ran.error());
    return query.numRowsAffected() > 0;
}

Result<QList<ApiKeyRecord>> SqlCipherEvidenceBackend::apiKeys()
{
    QSqlQuery query = newQuery();
    if (!query.exec(
            u"SELECT key_prefix, user, service, created_ms, revoked_ms FROM api_keys ORDER BY created_ms"_s))
        return std::unexpected(error(query, "reading API keys"));
    QList<ApiKeyRecord> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     utcFromMs(query.value(3)), utcFromMs(query.value(4))});
    }
    return list;
}

} // namespace custos
