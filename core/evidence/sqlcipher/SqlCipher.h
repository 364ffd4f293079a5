#pragma once

// The QSQLCIPHER Qt SQL driver: SQLCipher (encrypted SQLite) through plain Qt SQL.
//
//   custos::registerSqlCipherDriver();
//   QSqlDatabase db = QSqlDatabase::addDatabase(custos::kSqlCipherDriverName, u"ledger"_s);
//   db.setDatabaseName(path);
//   db.setPassword(passphrase);               // or: db.setConnectOptions(sqlCipherRawKeyOption(key))
//   if (!db.open()) ... db.lastError().text() // e.g. custos::kSqlCipherWrongKeyMessage
//
// Keying. The key is applied before anything reads the file, then verified by reading the schema.
//   - passphrase: QSqlDatabase::setPassword(); SQLCipher 4 defaults (PBKDF2-HMAC-SHA512, 256,000
//     iterations);
//   - raw key: connect option QSQLCIPHER_RAW_KEY=<64 hex digits> (32 bytes; 96 digits = key + salt).
//     A raw key takes precedence over the password.
//   An empty key is refused: the driver never creates or opens an unencrypted database.
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'; unknown names are errors):
//   QSQLCIPHER_RAW_KEY=<hex>      raw key instead of a passphrase (see sqlCipherRawKeyOption)
//   QSQLCIPHER_BUSY_TIMEOUT=<ms>  how long a statement waits for another connection's lock (5000)
//   QSQLCIPHER_OPEN_READONLY      open read-only (never creates the file)
//   QSQLCIPHER_IMMUTABLE          with OPEN_READONLY: the file is on read-only media (URI immutable=1)
//   QSQLCIPHER_CREATE=0           do not create a missing file ("no store at PATH")
//   QSQLCIPHER_BEGIN_IMMEDIATE    QSqlDatabase::transaction() takes the write lock at once (BEGIN
//                                 IMMEDIATE), so a writer never fails half-way on lock upgrade
//
// On open the driver sets PRAGMA temp_store=MEMORY, so temporary tables and sort spills never reach
// disk (SQLCipher leaves temporary files unencrypted). Journal mode and synchronous are the
// caller's choice (e.g. "PRAGMA journal_mode=WAL").
//
// Errors of open() are QSqlError::ConnectionError with exactly these texts (nativeErrorCode = the
// SQLite result code where there is one, e.g. "26" for a wrong key):
//   kSqlCipherWrongKeyMessage       wrong key; plain SQLite, foreign, truncated or corrupt file
//   kSqlCipherUnencryptedMessage    empty passphrase and no raw key (no file is created)
//   "no store at PATH"              QSQLCIPHER_CREATE=0 or read-only, and the file is missing
//   "no store path given"
//   "SQLCipher 4.5 or newer is required, found X"
//   "cannot open store PATH: ..."   e.g. an unwritable folder
// Statement errors are QSqlError::StatementError with SQLite's message as databaseText() and the
// extended result code as nativeErrorCode(): "2067" for a UNIQUE constraint, "13" SQLITE_FULL (the
// text mentions "disk is full"), "5"/"6" SQLITE_BUSY/SQLITE_LOCKED (text mentions "busy"/"locked"),
// "8" and up for read-only. Failed begin/commit/rollback are QSqlError::TransactionError.
//
// Queries:
//   - One statement per exec(); "SELECT 1; SELECT 2" is refused (a trailing ';' or comment is fine).
//   - Placeholders: '?' or ':name' (QSqlResult rewrites names to positions); do not mix the two.
//   - Bound values: ints, bool (0/1), double, QString, QByteArray (BLOB), null, QDateTime/QDate/
//     QTime as ISO 8601 text. Columns come back by storage class: qint64, double, QString,
//     QByteArray, or a null QVariant of the declared type.
//   - QSqlQuery::size() is -1. Forward-only queries read straight from SQLite; scrollable ones cache
//     rows as they go. An unfinished SELECT holds its read snapshot (and, in WAL mode, keeps the
//     checkpoint from completing) until it is read to the end, finish()ed or destroyed.
//
// Threads: as for every Qt SQL driver, a connection and its queries belong to the thread that
// opened it. Open one connection per thread; several connections may share one WAL store.

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace custos {

inline constexpr QLatin1StringView kSqlCipherDriverName{"QSQLCIPHER"};
inline constexpr QLatin1StringView kSqlCipherWrongKeyMessage{"wrong passphrase, or not a Custos store"};
inline constexpr QLatin1StringView kSqlCipherUnencryptedMessage{"refusing to open an unencrypted store"};

// Registers "QSQLCIPHER" with QSqlDatabase. Safe to call more than once and from any thread.
void registerSqlCipherDriver();

// "QSQLCIPHER_RAW_KEY=<hex>" for setConnectOptions(); key is 32 bytes (or 48: key and salt).
QString sqlCipherRawKeyOption(QByteArrayView key);

// PRAGMA cipher_version of an open QSQLCIPHER connection, e.g. "4.6.1 community"; empty otherwise.
QString sqlCipherVersion(const QSqlDatabase &db);

// The SQLite handle of an open QSQLCIPHER connection (for sqlite3_wal_checkpoint and the like);
// nullptr when db is not an open QSQLCIPHER connection. Owned by the driver.
sqlite3 *sqlCipherHandle(const QSqlDatabase &db);

// Re-encrypts an open store under a new passphrase / raw key (32 bytes, or 48 with salt). The
// connection stays open and usable; later opens need the new key. Refuses an empty key, an open
// transaction, and (in WAL mode) other connections reading the store. Keys never appear in errors.
Result<void> rekeySqlCipher(QSqlDatabase &db, const QString &newPassphrase);
Result<void> rekeySqlCipherRawKey(QSqlDatabase &db, QByteArrayView newKey);

} // namespace custos
