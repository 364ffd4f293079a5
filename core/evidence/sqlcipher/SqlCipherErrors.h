#pragma once

// Turning SQLite result codes into QSqlError, in one place, so every caller reports the same way.

#include <QSqlError>
#include <QString>

struct sqlite3;

namespace custos::sqlcipher {

// A QSqlError for the last failure on connection: SQLite's message as the database text, context as
// the driver text and the extended result code as the native code. Busy, locked and full get a
// driver text that says what happened in words, since callers show it to people.
QSqlError makeError(sqlite3 *connection, int resultCode, const QString &context, QSqlError::ErrorType type);

// A connection error that carries only our own message (and optionally the SQLite code).
QSqlError makeConnectionError(const QString &message, int resultCode = 0);

// True for the codes a wrong key or a non-SQLCipher file produces when the schema is first read.
bool isNotOurStoreCode(int resultCode);

} // namespace custos::sqlcipher
