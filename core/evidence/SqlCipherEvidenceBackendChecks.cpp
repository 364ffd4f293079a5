// Verify's reads of SqlCipherEvidenceBackend beyond the chain (the query tables, pages) and the
// writes of a chain-formula migration.
#include "SqlCipherEvidenceBackend.h"

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

// (seq, value) rows of one query in seq order, stepped alongside the events.
class SeqCursor
{
public:
    SeqCursor(sqlite3 *handle, const char *sql)
        : m_statement(nullptr, sqlite3_finalize)
    {
        sqlite3_stmt *raw = nullptr;
        m_rc = sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr);
        m_statement.reset(raw);
        step();
    }
    bool failed() const { return m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    bool atEnd() const { return m_rc != SQLITE_ROW; }
    qint64 seq() const { return sqlite3_column_int64(m_statement.get(), 0); }
    QString value() const { return columnText(m_statement.get(), 1); }
    void step() { m_rc = m_statement ? sqlite3_step(m_statement.get()) : m_rc; }
    // The values of every row at `seq`, skipping (and returning in `orphans`) rows before it.
    QStringList takeAt(qint64 seq, QList<qint64> &orphans)
    {
        QStringList values;
        while (!atEnd() && this->seq() <= seq) {
            if (this->seq() < seq)
                orphans.append(this->seq());
            else
                values.append(value());
            step();
        }
        return values;
    }

private:
    Statement m_statement;
    int m_rc = SQLITE_DONE;
};

QJsonObject factsFromColumns(sqlite3_stmt *statement, int first, const QStringList &rules,
                             const QStringList &classes)
{
    QJsonObject facts;
    const char *const names[] = {"service", "user", "decision", "exception_id", "case_id", "model", "route"};
    for (int i = 0; i < int(std::size(names)); ++i) {
        const QString value = columnText(statement, first + i);
        if (!value.isEmpty())
            facts.insert(QLatin1StringView(names[i]), value);
    }
    // The list columns of event_facts and the rule and class tables must agree; both are compared.
    const auto putList = [&facts](const char *key, const QString &joined, const QStringList &rows) {
        const QStringList listed =
            joined.isEmpty() ? QStringList{} : joined.split(SqlCipherEvidenceBackend::kListSeparator);
        if (!listed.isEmpty())
            facts.insert(QLatin1StringView(key), QJsonArray::fromStringList(listed));
        QStringList sortedListed = listed;
        sortedListed.removeDuplicates();
        sortedListed.sort();
        QStringList sortedRows = rows;
        sortedRows.sort();
        if (sortedListed != sortedRows)
            facts.insert(QLatin1StringView(key) + u"_table"_s, QJsonArray::fromStringList(sortedRows));
    };
    putList("rules", columnText(statement, first + 7), rules);
    putList("data_classes", columnText(statement, first + 8), classes);
    return facts;
}

} // namespace

Result<QStringList> SqlCipherEvidenceBackend::cipherIntegrityCheck()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"PRAGMA cipher_integrity_check"_s))
        return std::unexpected(error(query, "checking every page's HMAC"));
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    return problems;
}

Result<qint64> SqlCipherEvidenceBackend::pageCount()
{
    QSqlQuery query = newQuery();
    if (!query.exec(u"PRAGMA page_count"_s) || !query.next())
        return std::unexpected(error(query, "counting pages"));
    return query.value(0).toLongLong();
}

Result<QHash<qint64, QString>> SqlCipherEvidenceBackend::pageOwners()
{
    QSqlQuery names = newQuery();
    if (!names.exec(u"SELECT type, name FROM sqlite_schema WHERE rootpage > 0"_s))
        return std::unexpected(error(names, "listing the store's tables"));
    QList<std::pair<QString, QString>> btrees{{u"table"_s, u"sqlite_schema"_s}};
    while (names.next())
        btrees.append({names.value(0).toString(), names.value(1).toString()});
    QHash<qint64, QString> owners;
    for (const auto &[type, name] : std::as_const(btrees)) {
        // One b-tree at a time: a damaged page stops only the walk of the b-tree it is in.
        QSqlQuery pages = newQuery();
        pages.prepare(u"SELECT pageno FROM dbstat WHERE name = ?"_s);
        pages.addBindValue(name);
        const QString owner = type + u' ' + name;
        if (!pages.exec()) {
            owners.insert(-qint64(owners.size()) - 1, owner); // unwalkable: named, pages unknown
            continue;
        }
        while (pages.next())
            owners.insert(pages.value(0).toLongLong(), owner);
        if (pages.lastError().isValid())
            owners.insert(-qint64(owners.size()) - 1, owner);
    }
    return owners;
}

Result<void>
SqlCipherEvidenceBackend::scanProjections(const std::function<bool(const ProjectionRow &)> &visit)
{
    sqlite3 *handle = sqlCipherHandle(m_db);
    if (!handle)
        return fail(u"reading the query tables: the store is not open"_s, m_path);
    const auto failed = [&] {
        return fail(u"reading the query tables: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle))), m_path);
    };
    // Every seq any projection holds, joined with its event (if any) and its event_facts row (if any).
    const char *sql =
        "WITH ids(seq) AS (SELECT seq FROM events UNION SELECT seq FROM event_facts)"
        " SELECT ids.seq, e.seq IS NOT NULL, e.tombstoned, e.time_ms, e.kind, e.facts, f.seq IS NOT NULL,"
        " f.time_ms, f.kind, f.service, f.user, f.decision, f.exception_id, f.case_id, f.model, f.route,"
        " f.rules, f.data_classes FROM ids LEFT JOIN events e ON e.seq = ids.seq"
        " LEFT JOIN event_facts f ON f.seq = ids.seq ORDER BY ids.seq";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr) != SQLITE_OK)
        return failed();
    const Statement statement(raw, sqlite3_finalize);
    SeqCursor rules(handle, "SELECT seq, rule FROM event_rules ORDER BY seq, rule");
    SeqCursor classes(handle, "SELECT seq, data_class FROM event_classes ORDER BY seq, data_class");
    SeqCursor texts(handle, "SELECT rowid, NULL FROM event_text ORDER BY rowid");
    if (rules.failed() || classes.failed() || texts.failed())
        return failed();
    ProjectionRow row;
    QList<qint64> orphans;
    const auto visitOrphans = [&] {
        for (const qint64 seq : std::as_const(orphans)) {
            ProjectionRow orphan;
            orphan.seq = seq;
            orphan.orphanIndexEntry = true;
            if (!visit(orphan))
                return false;
        }
        orphans.clear();
        return true;
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        row = ProjectionRow{};
        row.seq = sqlite3_column_int64(raw, 0);
        row.hasEvent = sqlite3_column_int(raw, 1) != 0;
        row.tombstoned = sqlite3_column_int(raw, 2) != 0;
        row.eventTimeMs = sqlite3_column_int64(raw, 3);
        row.eventKind = columnText(raw, 4);
        row.eventFacts =
            QByteArray(static_cast<const char *>(sqlite3_column_blob(raw, 5)), sqlite3_column_bytes(raw, 5));
        row.hasFacts = sqlite3_column_int(raw, 6) != 0;
        row.timeMs = sqlite3_column_int64(raw, 7);
        row.kind = columnText(raw, 8);
        const QStringList ruleRows = rules.takeAt(row.seq, orphans);
        const QStringList classRows = classes.takeAt(row.seq, orphans);
        row.hasText = !texts.takeAt(row.seq, orphans).isEmpty();
        row.facts = factsFromColumns(raw, 9, ruleRows, classRows);
        if (!row.hasFacts) {
            if (!ruleRows.isEmpty())
                row.facts.insert(u"rules_table"_s, QJsonArray::fromStringList(ruleRows));
            if (!classRows.isEmpty())
                row.facts.insert(u"data_classes_table"_s, QJsonArray::fromStringList(classRows));
        }
        if (!visitOrphans() || !visit(row))
            return {};
    }
    if (rc != SQLITE_DONE)
        return failed();
    for (SeqCursor *cursor : {&rules, &classes, &texts})
        cursor->takeAt(std::numeric_limits<qint64>::max(), orphans);
    visitOrphans();
    return {};
}

Result<void> SqlCipherEvidenceBackend::addFactsColumn()
{
    auto present = hasFactsColumn();
    if (!present)
        return std::unexpected(present.error());
    if (*present)
        return {};
    return runSql(u"ALTER TABLE events ADD COLUMN facts BLOB"_s, "adding the projection record column");
}

Result<void> SqlCipherEvidenceBackend::rewriteChainFields(qint64 seq, const QByteArray &facts,
                                                          const QByteArray &prevHash, const QByteArray &hash)
{
    QSqlQuery update = newQuery();
    update.prepare(u"UPDATE events SET facts = ?, prev_hash = ?, hash = ? WHERE seq = ?"_s);
    update.addBindValue(facts);
    update.addBindValue(prevHash);
    update.addBindValue(hash);
    update.addBindValue(seq);
    return run(update, "re-chaining an event");
}

Result<void> SqlCipherEvidenceBackend::recordChainFormula(int formatVersion, int chainFormula)
{
    if (auto format = setMeta(u"format_version"_s, formatVersion); !format)
        return format;
    return setMeta(u"chain_formula"_s, chainFormula);
}

} // namespace custos
