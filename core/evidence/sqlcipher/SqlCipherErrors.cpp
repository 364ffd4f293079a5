#include "core/evidence/sqlcipher/SqlCipherErrors.h"

#include <sqlite3.h>

namespace custos::sqlcipher {

namespace {

QString explainPrimaryCode(int primaryCode, const QString &context)
{
    switch (primaryCode) {
    case SQLITE_BUSY:
        return context +
               QStringLiteral(": the store is busy, another connection holds the lock (SQLITE_BUSY)");
    case SQLITE_LOCKED:
        return context + QStringLiteral(": a table is locked by this connection (SQLITE_LOCKED)");
    case SQLITE_FULL:
        return context + QStringLiteral(": the disk is full (SQLITE_FULL)");
    case SQLITE_READONLY:
        return context + QStringLiteral(": the store is read-only (SQLITE_READONLY)");
    default:
        return context;
    }
}

} // namespace

QSqlError makeError(sqlite3 *connection, int resultCode, const QString &context, QSqlError::ErrorType type)
{
    const int extendedCode = connection ? sqlite3_extended_errcode(connection) : resultCode;
    // The connection's last error can belong to an earlier call when resultCode came from elsewhere.
    const int code = (extendedCode & 0xff) == (resultCode & 0xff) ? extendedCode : resultCode;
    const QString databaseText = connection && code == extendedCode
                                     ? QString::fromUtf8(sqlite3_errmsg(connection))
                                     : QString::fromUtf8(sqlite3_errstr(resultCode));
    // Opening errors read as one sentence ("cannot open store PATH: unable to open database file");
    // statement errors keep SQLite's message apart, as databaseText(), the way Qt's drivers do.
    if (type == QSqlError::ConnectionError)
        return QSqlError(explainPrimaryCode(code & 0xff, context + QStringLiteral(": ") + databaseText),
                         QString(), type, QString::number(code));
    return QSqlError(explainPrimaryCode(code & 0xff, context), databaseText, type, QString::number(code));
}

QSqlError makeConnectionError(const QString &message, int resultCode)
{
    return QSqlError(message, QString(), QSqlError::ConnectionError,
                     resultCode == 0 ? QString() : QString::number(resultCode));
}

bool isNotOurStoreCode(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return true;
    default:
        return false;
    }
}

} // namespace custos::sqlcipher
