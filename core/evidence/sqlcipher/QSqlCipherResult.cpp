#include "core/evidence/sqlcipher/QSqlCipherResult.h"

#include "core/evidence/sqlcipher/QSqlCipherDriver.h"
#include "core/evidence/sqlcipher/SqlCipherErrors.h"
#include "core/evidence/sqlcipher/SqlCipherValues.h"

#include <QSqlField>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace custos {

namespace {

// True when tail holds another statement, not just blanks, semicolons or comments.
bool holdsMoreStatements(sqlite3 *connection, const char *tail)
{
    while (tail && *tail) {
        sqlite3_stmt *extra = nullptr;
        const char *next = nullptr;
        const int rc = sqlite3_prepare_v2(connection, tail, -1, &extra, &next);
        if (rc != SQLITE_OK || extra) {
            sqlite3_finalize(extra);
            return true;
        }
        if (next == tail)
            return false;
        tail = next;
    }
    return false;
}

bool startsWithInsert(sqlite3_stmt *statement)
{
    const QByteArrayView sql = QByteArrayView(sqlite3_sql(statement)).trimmed();
    auto startsWith = [&](QByteArrayView word) {
        return sql.size() >= word.size() && sql.first(word.size()).compare(word, Qt::CaseInsensitive) == 0;
    };
    return startsWith("INSERT") || startsWith("REPLACE");
}

} // namespace

QSqlCipherResult::QSqlCipherResult(const QSqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->attach(this);
}

QSqlCipherResult::~QSqlCipherResult()
{
    if (const auto *cipherDriver = static_cast<const QSqlCipherDriver *>(driver()))
        cipherDriver->detach(this);
    sqlite3_finalize(m_statement);
}

QVariant QSqlCipherResult::handle() const
{
    return QVariant::fromValue(m_statement);
}

sqlite3 *QSqlCipherResult::connection() const
{
    const auto *cipherDriver = static_cast<const QSqlCipherDriver *>(driver());
    return cipherDriver ? cipherDriver->connection() : nullptr;
}

void QSqlCipherResult::releaseStatement()
{
    clearResultSet();
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    setActive(false);
}

void QSqlCipherResult::clearResultSet()
{
    m_rows.clear();
    m_copiedRow.clear();
    m_pendingRow = false;
    m_finished = true;
    m_rowSource = RowSource::Statement;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    setAt(QSql::BeforeFirstRow);
}

void QSqlCipherResult::failStatement(int resultCode, const QString &context)
{
    setLastError(sqlcipher::makeError(connection(), resultCode, context, QSqlError::StatementError));
}

bool QSqlCipherResult::prepare(const QString &query)
{
    releaseStatement();
    m_record.clear();
    m_columnTypes.clear();
    sqlite3 *db = connection();
    if (!db) {
        setLastError(
            QSqlError(QStringLiteral("the store is not open"), QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, &tail);
    if (rc != SQLITE_OK) {
        failStatement(rc, QStringLiteral("Unable to prepare statement"));
        return false;
    }
    if (!statement) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement: no SQL statement in the query"),
                               QString(), QSqlError::StatementError));
        return false;
    }
    if (holdsMoreStatements(db, tail)) {
        sqlite3_finalize(statement);
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement: the query holds more than one "
                                              "statement; execute them one at a time"),
                               QString(), QSqlError::StatementError));
        return false;
    }
    m_statement = statement;
    return true;
}

bool QSqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool QSqlCipherResult::bindAll()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected) {
        setLastError(
            QSqlError(QStringLiteral("Parameter count mismatch: the statement takes %1 values, %2 bound")
                          .arg(expected)
                          .arg(values.size()),
                      QString(), QSqlError::StatementError));
        return false;
    }
    for (int index = 0; index < expected; ++index) {
        const int rc = sqlcipher::bindVariant(m_statement, index + 1, values.at(index));
        if (rc == SQLITE_MISMATCH) {
            setLastError(QSqlError(QStringLiteral("Unable to bind value %1: type %2 has no SQL form")
                                       .arg(index)
                                       .arg(QString::fromLatin1(values.at(index).typeName())),
                                   QString(), QSqlError::StatementError));
            return false;
        }
        if (rc != SQLITE_OK) {
            failStatement(rc, QStringLiteral("Unable to bind value %1").arg(index));
            return false;
        }
    }
    return true;
}

bool QSqlCipherResult::exec()
{
    clearResultSet();
    setActive(false);
    if (!connection()) {
        setLastError(
            QSqlError(QStringLiteral("the store is not open"), QString(), QSqlError::ConnectionError));
        return false;
    }
    if (!m_statement) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement: nothing prepared"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!bindAll())
        return false;

    m_cached = !isForwardOnly();
    const qint64 totalChangesBefore = sqlite3_total_changes64(connection());
    const qint64 rowidBefore = sqlite3_last_insert_rowid(connection());
    m_finished = false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        setSelect(true);
        describeColumns(true);
        if (m_cached)
            appendRow(m_rows);
        else
            m_pendingRow = true;
    } else if (rc == SQLITE_DONE) {
        setSelect(sqlite3_column_count(m_statement) > 0);
        describeColumns(false);
        if (!isSelect())
            recordChanges(totalChangesBefore, rowidBefore);
        finishStatement();
    } else {
        failStatement(rc, QStringLiteral("Unable to execute statement"));
        finishStatement();
        return false;
    }
    setActive(true);
    return true;
}

void QSqlCipherResult::recordChanges(qint64 totalChangesBefore, qint64 rowidBefore)
{
    sqlite3 *db = connection();
    const bool changed = sqlite3_total_changes64(db) != totalChangesBefore;
    // sqlite3_changes() keeps its value across DDL, so only trust it when something changed.
    m_rowsAffected = changed ? int(sqlite3_changes64(db)) : 0;
    const qint64 rowid = sqlite3_last_insert_rowid(db);
    if (changed && rowid != 0 && (rowid != rowidBefore || startsWithInsert(m_statement)))
        m_lastInsertId = QVariant(rowid);
}

void QSqlCipherResult::describeColumns(bool onRow)
{
    m_record.clear();
    m_columnTypes.clear();
    const int columns = sqlite3_column_count(m_statement);
    for (int column = 0; column < columns; ++column) {
        const QMetaType type = sqlcipher::columnMetaType(m_statement, column, onRow);
        const char *table = sqlite3_column_table_name(m_statement, column);
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, column)), type,
                                  table ? QString::fromUtf8(table) : QString()));
        m_columnTypes.append(type);
    }
}

void QSqlCipherResult::finishStatement()
{
    m_finished = true;
    m_pendingRow = false;
    if (m_statement)
        sqlite3_reset(m_statement);
}

void QSqlCipherResult::detachFromResultSet()
{
    finishStatement();
}

int QSqlCipherResult::size()
{
    return -1;
}

int QSqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord QSqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant QSqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

} // namespace custos
