#include "SqlCipherEvidenceBackend.h"

#include "EventFacts.h"
#include "KeySource.h"
#include "LedgerHash.h"
#include "core/common/Logging.h"
#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QFileInfo>
#include <QSqlError>
#include <QTimeZone>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value)",
    // The ledger itself: append-only, except that retention may tombstone a payload.
    "CREATE TABLE events (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
    " actor TEXT, policy_hash TEXT, payload BLOB NOT NULL, payload_digest BLOB NOT NULL,"
    " prev_hash BLOB NOT NULL, hash BLOB NOT NULL, tombstoned INTEGER NOT NULL DEFAULT 0, facts BLOB)",
    // Query projections, written in the same transaction as the event.
    "CREATE TABLE event_facts (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
    " service TEXT, user TEXT, decision TEXT, exception_id TEXT, case_id TEXT, model TEXT, route TEXT,"
    " rules TEXT, data_classes TEXT)",
    "CREATE INDEX facts_time ON event_facts (time_ms)",
    "CREATE INDEX facts_service ON event_facts (service, seq)",
    "CREATE INDEX facts_user ON event_facts (user, seq)",
    "CREATE INDEX facts_decision ON event_facts (decision, seq)",
    "CREATE INDEX facts_kind ON event_facts (kind, seq)",
    "CREATE INDEX facts_exception ON event_facts (exception_id) WHERE exception_id IS NOT NULL",
    "CREATE INDEX facts_case ON event_facts (case_id) WHERE case_id IS NOT NULL",
    "CREATE TABLE event_rules (rule TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (rule, seq))"
    " WITHOUT ROWID",
    "CREATE TABLE event_classes (data_class TEXT NOT NULL, seq INTEGER NOT NULL,"
    " PRIMARY KEY (data_class, seq)) WITHOUT ROWID",
    // Contentless: the index holds terms only, and erasure can delete an event's terms.
    "CREATE VIRTUAL TABLE event_text USING fts5 (body, content='', contentless_delete=1)",
    "CREATE TABLE checkpoints (seq INTEGER PRIMARY KEY, hash BLOB NOT NULL, time_ms INTEGER NOT NULL,"
    " signature BLOB NOT NULL)",
    "CREATE TABLE holds (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, value TEXT NOT NULL,"
    " reason TEXT, actor TEXT, created_ms INTEGER NOT NULL, released_ms INTEGER, released_by TEXT)",
    "CREATE TABLE routes (name TEXT PRIMARY KEY, kind TEXT, base_url TEXT, api_key TEXT)",
    "CREATE TABLE api_keys (key_hash BLOB PRIMARY KEY, key_prefix TEXT NOT NULL UNIQUE, user TEXT,"
    " service TEXT, created_ms INTEGER NOT NULL, revoked_ms INTEGER)",
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"custos-evidence-%1"_s.arg(++counter);
}

// A read-only copy (a mounted image, a CD, a folder without write permission) where SQLite could
// not make the -shm file of a WAL database: it is read as immutable instead.
bool onReadOnlyMedia(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    return !folder.isWritable() && !QFileInfo::exists(path + u"-shm"_s);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

struct SqlCipherEvidenceBackend::WriteStatements
{
    explicit WriteStatements(const QSqlDatabase &db)
        : event(db)
        , facts(db)
        , rule(db)
        , dataClass(db)
        , text(db)
        , head(db)
    {}
    QSqlQuery event;
    QSqlQuery facts;
    QSqlQuery rule;
    QSqlQuery dataClass;
    QSqlQuery text;
    QSqlQuery head;
};

SqlCipherEvidenceBackend::SqlCipherEvidenceBackend(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

SqlCipherEvidenceBackend::~SqlCipherEvidenceBackend()
{
    m_write.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<EvidenceBackend>>
SqlCipherEvidenceBackend::open(const QString &path, const KeySource &key, BackendMode mode)
{
    registerSqlCipherDriver();
    if (mode == BackendMode::Create && QFileInfo::exists(path))
        return fail(u"a file already exists there; refusing to overwrite it"_s, path);
    if (mode != BackendMode::Create && !QFileInfo::exists(path))
        return fail(u"no evidence store here (create one with 'custosctl evidence init')"_s, path);

    std::unique_ptr<SqlCipherEvidenceBackend> backend(
        new SqlCipherEvidenceBackend(nextConnectionName(), path));
    backend->m_db = QSqlDatabase::addDatabase(kSqlCipherDriverName, backend->m_connectionName);
    backend->m_db.setDatabaseName(path);
    if (mode == BackendMode::ReadOnly)
        backend->m_db.setConnectOptions(onReadOnlyMedia(path)
                                            ? u"QSQLCIPHER_OPEN_READONLY;QSQLCIPHER_IMMUTABLE"_s
                                            : u"QSQLCIPHER_OPEN_READONLY"_s);
    else if (mode == BackendMode::ReadWrite)
        // Several processes may write (the gateway, custosctl, the console); a writer waits its
        // turn for the write lock rather than failing.
        backend->m_db.setConnectOptions(u"QSQLCIPHER_CREATE=0;QSQLCIPHER_BUSY_TIMEOUT=30000"_s);
    key.applyTo(backend->m_db);
    if (!backend->m_db.open()) {
        const QString reason = backend->m_db.lastError().text();
        if (mode == BackendMode::Create)
            return fail(u"cannot create the store: %1"_s.arg(reason), path);
        return fail(reason, path);
    }
    if (auto configured = backend->configure(mode); !configured)
        return std::unexpected(configured.error());
    return std::unique_ptr<EvidenceBackend>(std::move(backend));
}

Result<void> SqlCipherEvidenceBackend::configure(BackendMode mode)
{
    // Every page read from disk costs a decryption and an HMAC; the default 2 MB cache makes index
    // updates at a million events thrash. (Memory only: temp_store is MEMORY.)
    const QString cacheSize =
        mode == BackendMode::ReadOnly ? u"PRAGMA cache_size=-16384"_s : u"PRAGMA cache_size=-65536"_s;
    if (auto sized = runSql(cacheSize, "sizing the page cache"); !sized)
        return sized;
    if (mode == BackendMode::Create)
        return runSql(u"PRAGMA journal_mode=WAL"_s, "enabling the write-ahead log");
    // Check that this is a ledger before changing anything in the file.
    QSqlQuery probe = newQuery();
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN"
                    " ('meta','events','checkpoints')"_s) ||
        !probe.next() || probe.value(0).toInt() != 3)
        return fail(QString(kSqlCipherWrongKeyMessage) + u" (no evidence ledger in it)"_s, m_path);
    if (mode == BackendMode::ReadOnly)
        return runSql(u"PRAGMA query_only=ON"_s, "opening read-only");
    if (auto wal = runSql(u"PRAGMA journal_mode=WAL"_s, "enabling the write-ahead log"); !wal)
        return wal;
    return runSql(u"PRAGMA synchronous=FULL"_s, "setting durable commits");
}

QSqlQuery SqlCipherEvidenceBackend::newQuery() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    return query;
}

Error SqlCipherEvidenceBackend::error(const QSqlQuery &query, const char *what) const
{
    const QSqlError sqlError = query.lastError();
    const QString text = sqlError.text();
    if (sqlError.nativeErrorCode() == u"13" || text.contains(u"disk is full"))
        return Error{u"%1: the disk is full; nothing was recorded, earlier evidence is intact"_s.arg(
                         QLatin1StringView(what)),
                     m_path};
    if (sqlError.nativeErrorCode() == u"8" || text.contains(u"readonly"))
        return Error{u"%1: the store is read-only here (%2)"_s.arg(QLatin1StringView(what), text), m_path};
    return Error{u"%1: %2"_s.arg(QLatin1StringView(what), text), m_path};
}

Result<void> SqlCipherEvidenceBackend::run(QSqlQuery &query, const char *what) const
{
    if (!query.exec())
        return std::unexpected(error(query, what));
    return {};
}

Result<void> SqlCipherEvidenceBackend::runSql(const QString &sql, const char *what) const
{
    QSqlQuery query = newQuery();
    if (!query.exec(sql))
        return std::unexpected(error(query, what));
    return {};
}

Result<void> SqlCipherEvidenceBackend::createSchema(const StoreMeta &meta)
{
    if (auto begun = begin(); !begun)
        return begun;
    for (const char *statement : kSchema) {
        if (auto created = runSql(QString::fromLatin1(statement), "creating the ledger schema"); !created) {
            rollback();
            return created;
        }
    }
    const std::pair<QString, QVariant> values[] = {
        {u"format_version"_s, meta.formatVersion},
        {u"chain_formula"_s, meta.chainFormula},
        {u"public_key"_s, meta.publicKey},
        {u"private_key"_s, meta.privateKey},
        {u"head_seq"_s, qint64(0)},
        {u"store_id"_s, meta.storeId},
    };
    for (const auto &[key, value] : values) {
        QSqlQuery insert = newQuery();
        insert.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (auto inserted = run(insert, "writing the store's identity"); !inserted) {
            rollback();
            return inserted;
        }
    }
    return commit();
}

Result<StoreMeta> SqlCipherEvidenceBackend::readMeta()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"SELECT key, value FROM meta"_s))
        return std::unexpected(error(query, "reading the store's identity"));
    StoreMeta meta;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"format_version")
            meta.formatVersion = query.value(1).toInt();
        else if (key == u"public_key")
            meta.publicKey = query.value(1).toByteArray();
        else if (key == u"private_key")
            meta.privateKey = query.value(1).toByteArray();
        else if (key == u"chain_formula")
            meta.chainFormula = query.value(1).toInt();
        else if (key == u"head_seq")
            meta.recordedHeadSeq = query.value(1).toLongLong();
        else if (key == u"store_id")
            meta.storeId = query.value(1).toString();
        else if (key == u"export_public_key")
            meta.exportPublicKey = query.value(1).toByteArray();
        else if (key == u"export_private_key")
            meta.exportPrivateKey = query.value(1).toByteArray();
        else if (key == u"fingerprint_secret")
            meta.fingerprintSecret = query.value(1).toByteArray();
    }
    if (meta.formatVersion != kFormatVersion && meta.formatVersion != kLegacyFormatVersion)
        return fail(
            u"unsupported store format %1 (this Custos reads formats %2 and %3)"_s.arg(meta.formatVersion)
                .arg(kLegacyFormatVersion)
                .arg(kFormatVersion),
            m_path);
    if (meta.formatVersion == kLegacyFormatVersion)
        meta.chainFormula = 1; // format 1 predates the recorded formula
    return meta;
}

Result<void> SqlCipherEvidenceBackend::begin()
{
    return runSql(u"BEGIN IMMEDIATE"_s, "starting a transaction");
}

Result<void> SqlCipherEvidenceBackend::commit()
{
    return runSql(u"COMMIT"_s, "committing evidence");
}

void SqlCipherEvidenceBackend::rollback()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"ROLLBACK"_s))
        qCDebug(lcEvidence) << "rollback:" << query.lastError().text();
}

Result<void> SqlCipherEvidenceBackend::prepareWriteStatements()
{
    if (m_write)
        return {};
    auto statements = std::make_unique<WriteStatements>(m_db);
    const std::pair<QSqlQuery *, QString> sql[] = {
        {&statements->event,
         u"INSERT INTO events (seq, time_ms, kind, actor, policy_hash, payload,"
         " payload_digest, prev_hash, hash, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&statements->facts, u"INSERT INTO event_facts (seq, time_ms, kind, service, user, decision,"
                             " exception_id, case_id, model, route, rules, data_classes)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&statements->rule, u"INSERT OR IGNORE INTO event_rules (rule, seq) VALUES (?, ?)"_s},
        {&statements->dataClass, u"INSERT OR IGNORE INTO event_classes (data_class, seq) VALUES (?, ?)"_s},
        {&statements->text, u"INSERT INTO event_text (rowid, body) VALUES (?, ?)"_s},
        {&statements->head, u"UPDATE meta SET value = ? WHERE key = 'head_seq'"_s},
    };
    for (const auto &[query, text] : sql) {
        if (!query->prepare(text))
            return std::unexpected(error(*query, "preparing the ledger statements"));
    }
    m_write = std::move(statements);
    return {};
}

Result<void> SqlCipherEvidenceBackend::insertEvent(const EvidenceEvent &event)
{
    if (auto prepared = prepareWriteStatements(); !prepared)
        return prepared;
    const qint64 timeMs = event.time.toMSecsSinceEpoch();
    const QString kind = eventKindName(event.kind);
    QSqlQuery &insert = m_write->event;
    const QVariant eventValues[] = {event.seq,
                                    timeMs,
                                    kind,
                                    event.actor,
                                    textOrNull(event.policyHash),
                                    ledger::canonicalPayload(event.payload),
                                    event.payloadDigest,
                                    event.prevHash,
                                    event.hash,
                                    event.facts};
    for (int i = 0; i < int(std::size(eventValues)); ++i)
        insert.bindValue(i, eventValues[i]);
    if (auto inserted = run(insert, "appending an event"); !inserted)
        return inserted;

    QSqlQuery &facts = m_write->facts;
    const QVariant factValues[] = {
        event.seq,
        timeMs,
        kind,
        textOrNull(event.service),
        textOrNull(event.user),
        textOrNull(event.decision),
        textOrNull(event.exceptionId),
        textOrNull(event.caseId),
        textOrNull(event.model),
        textOrNull(event.route),
        textOrNull(event.rules.join(SqlCipherEvidenceBackend::kListSeparator)),
        textOrNull(event.dataClasses.join(SqlCipherEvidenceBackend::kListSeparator))};
    for (int i = 0; i < int(std::size(factValues)); ++i)
        facts.bindValue(i, factValues[i]);
    if (auto inserted = run(facts, "indexing an event"); !inserted)
        return inserted;

    const auto insertNames = [&](QSqlQuery &query, const QStringList &names) -> Result<void> {
        for (const QString &name : names) {
            query.bindValue(0, name);
            query.bindValue(1, event.seq);
            if (auto inserted = run(query, "indexing an event"); !inserted)
                return inserted;
        }
        return {};
    };
    if (auto rules = insertNames(m_write->rule, event.rules); !rules)
        return rules;
    if (auto classes = insertNames(m_write->dataClass, event.dataClasses); !classes)
        return classes;

    const QString body = EventFacts::indexedText(event);
    if (body.isEmpty())
        return {};
    m_write->text.bindValue(0, event.seq);
    m_write->text.bindValue(1, body);
    return run(m_write->text, "indexing an event's text");
}

Result<void> SqlCipherEvidenceBackend::recordHead(qint64 seq)
{
    if (auto prepared = prepareWriteStatements(); !prepared)
        return prepared;
    m_write->head.bindValue(0, seq);
    return run(m_write->head, "recording the ledger head");
}

Result<void> SqlCipherEvidenceBackend::insertCheckpoint(const Checkpoint &checkpoint)
{
    QSqlQuery query = newQuery();
    query.prepare(
        u"INSERT OR REPLACE INTO checkpoints (seq, hash, time_ms, signature) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(checkpoint.seq);
    query.addBindValue(checkpoint.hash);
    query.addBindValue(checkpoint.time.toMSecsSinceEpoch());
    query.addBindValue(checkpoint.signature);
    return run(query, "recording a checkpoint");
}

Result<void> SqlCipherEvidenceBackend::tombstone(qint64 seq, const QJsonObject &tombstonePayload)
{
    QSqlQuery update = newQuery();
    update.prepare(u"UPDATE events SET payload = ?, tombstoned = 1 WHERE seq = ?"_s);
    update.addBindValue(ledger::canonicalPayload(tombstonePayload));
    update.addBindValue(seq);
    if (auto updated = run(update, "tombstoning a payload"); !updated)
        return updated;
    QSqlQuery unindex = newQuery();
    unindex.prepare(u"DELETE FROM event_text WHERE rowid = ?"_s);
    unindex.addBindValue(seq);
    return run(unindex, "removing a payload from the text index");
}

Result<void> SqlCipherEvidenceBackend::rekey(const KeySource &newKey)
{
    m_write.reset(); // prepared statements must not outlive a rekey
    return newKey.rekey(m_db);
}

Result<ChainHead> SqlCipherEvidenceBackend::head()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"_s))
        return std::unexpected(error(query, "reading the ledger head"));
    if (!query.next())
        return ChainHead{0, ledger::genesisHash()};
    return ChainHead{query.value(0).toLongLong(), query.value(1).toByteArray()};
}

Result<qint64> SqlCipherEvidenceBackend::eventCount()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"SELECT count(*) FROM events"_s) || !query.next())
        return std::unexpected(error(query, "counting events"));
    return query.value(0).toLongLong();
}

Result<QList<Checkpoint>> SqlCipherEvidenceBackend::checkpoints()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"SELECT seq, hash, time_ms, signature FROM checkpoints ORDER BY seq"_s))
        return std::unexpected(error(query, "reading checkpoints"));
    QList<Checkpoint> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toByteArray(),
                     QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::UTC),
                     query.value(3).toByteArray()});
    }
    return list;
}

// Verify reads every event: this one statement goes straight to SQLite, because building seven
// QVariants per row would cost more than hashing it.
Result<void> SqlCipherEvidenceBackend::scanChain(qint64 afterSeq,
                                                 const std::function<bool(const ChainRow &)> &visit)
{
    sqlite3 *handle = sqlCipherHandle(m_db);
    if (!handle)
        return fail(u"reading the chain: the store is not open"_s, m_path);
    auto withFacts = hasFactsColumn();
    if (!withFacts)
        return std::unexpected(withFacts.error());
    sqlite3_stmt *statement = nullptr;
    const char *sql = *withFacts
                          ? "SELECT seq, kind, payload, payload_digest, prev_hash, hash, tombstoned,"
                            " time_ms, actor, policy_hash, facts FROM events WHERE seq > ? ORDER BY seq"
                          : "SELECT seq, kind, payload, payload_digest, prev_hash, hash, tombstoned,"
                            " time_ms, actor, policy_hash, NULL FROM events WHERE seq > ? ORDER BY seq";
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(u"reading the chain: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle))), m_path);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(statement, sqlite3_finalize);
    sqlite3_bind_int64(statement, 1, afterSeq);
    const auto bytes = [statement](int column) {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    };
    const auto text = [statement](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    };
    ChainRow row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        row.seq = sqlite3_column_int64(statement, 0);
        row.kind = text(1);
        row.payload = bytes(2);
        row.payloadDigest = bytes(3);
        row.prevHash = bytes(4);
        row.hash = bytes(5);
        row.tombstoned = sqlite3_column_int(statement, 6) != 0;
        row.timeMs = sqlite3_column_int64(statement, 7);
        row.actor = text(8);
        row.policyHash = text(9);
        row.facts = sqlite3_column_type(statement, 10) == SQLITE_NULL ? QByteArray() : bytes(10);
        if (!visit(row))
            return {};
    }
    if (rc != SQLITE_DONE)
        return fail(u"reading the chain: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle))), m_path);
    return {};
}

Result<bool> SqlCipherEvidenceBackend::hasFactsColumn() const
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"SELECT count(*) FROM pragma_table_info('events') WHERE name = 'facts'"_s) ||
        !query.next())
        return std::unexpected(error(query, "reading the ledger's columns"));
    return query.value(0).toInt() == 1;
}

Result<QString> SqlCipherEvidenceBackend::integrityCheck()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return std::unexpected(error(query, "checking integrity"));
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

Result<void> SqlCipherEvidenceBackend::putExportKey(const QByteArray &publicKey, const QByteArray &privateKey)
{
    if (auto stored = setMeta(u"export_public_key"_s, publicKey); !stored)
        return stored;
    return setMeta(u"export_private_key"_s, privateKey);
}

Result<void> SqlCipherEvidenceBackend::putFingerprintSecret(const QByteArray &secret)
{
    return setMeta(u"fingerprint_secret"_s, secret);
}

Result<void> SqlCipherEvidenceBackend::setMeta(const QString &key, const QVariant &value)
{
    QSqlQuery query = newQuery();
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return run(query, "writing store metadata");
}

} // namespace custos
