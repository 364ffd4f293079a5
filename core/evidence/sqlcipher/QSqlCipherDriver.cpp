#include "core/evidence/sqlcipher/QSqlCipherDriver.h"

#include "core/common/Logging.h"
#include "core/evidence/sqlcipher/QSqlCipherResult.h"
#include "core/evidence/sqlcipher/SqlCipher.h"
#include "core/evidence/sqlcipher/SqlCipherErrors.h"
#include "core/evidence/sqlcipher/SqlCipherOpenOptions.h"

#include <QFileInfo>
#include <QUrl>
#include <QVersionNumber>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace custos {

using sqlcipher::makeConnectionError;
using sqlcipher::makeError;

namespace {

// Runs a statement that yields at most one row and returns its first column as text in *text.
// Returns SQLITE_OK (with or without a row) or the failing result code.
int queryFirstText(sqlite3 *connection, const char *sql, QString *text = nullptr)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW && text)
            *text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : rc;
    }
    sqlite3_finalize(statement);
    return rc;
}

// The key as sqlite3_key takes it: "x'<hex>'" selects SQLCipher's raw-key mode.
QByteArray keySpecFor(const sqlcipher::SqlCipherOpenOptions &options, const QString &password)
{
    if (!options.rawKeyHex.isEmpty())
        return "x'" + options.rawKeyHex + '\'';
    return password.toUtf8();
}

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

std::expected<void, QSqlError> checkCipherVersion(sqlite3 *connection, QString *version)
{
    const int rc = queryFirstText(connection, "PRAGMA cipher_version", version);
    if (rc != SQLITE_OK)
        return std::unexpected(makeError(connection, rc, QStringLiteral("cannot query the SQLCipher version"),
                                         QSqlError::ConnectionError));
    if (version->isEmpty())
        return std::unexpected(makeConnectionError(
            QStringLiteral("the SQLite library in use has no encryption; SQLCipher is required")));
    const QVersionNumber found = QVersionNumber::fromString(*version);
    if (QVersionNumber::compare(found, QVersionNumber(4, 5)) < 0)
        return std::unexpected(
            makeConnectionError(QStringLiteral("SQLCipher 4.5 or newer is required, found ") + *version));
    return {};
}

// Reading the schema is the first access that decrypts a page, so it is where a wrong key, a plain
// SQLite file or a damaged file shows. Nothing has been written at this point.
std::expected<void, QSqlError> verifyKey(sqlite3 *connection, const QString &path)
{
    const int rc = queryFirstText(connection, "SELECT count(*) FROM sqlite_master");
    if (rc == SQLITE_OK)
        return {};
    if (sqlcipher::isNotOurStoreCode(rc))
        return std::unexpected(
            makeConnectionError(kSqlCipherWrongKeyMessage, sqlite3_extended_errcode(connection)));
    return std::unexpected(
        makeError(connection, rc, QStringLiteral("cannot read store ") + path, QSqlError::ConnectionError));
}

std::expected<void, QSqlError> checkPath(const QString &path, const sqlcipher::SqlCipherOpenOptions &options)
{
    if (path.isEmpty())
        return std::unexpected(makeConnectionError(QStringLiteral("no store path given")));
    if ((!options.create || options.readOnly) && !QFileInfo::exists(path))
        return std::unexpected(makeConnectionError(QStringLiteral("no store at ") + path));
    return {};
}

} // namespace

QSqlCipherDriver::QSqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

QSqlCipherDriver::~QSqlCipherDriver()
{
    close();
}

bool QSqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    // Named placeholders are rewritten to positional ones by QSqlResult, which also maps each
    // name to its positions; SQLite's own named parameters are not needed for that.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool QSqlCipherDriver::open(const QString &path, const QString &, const QString &password, const QString &,
                            int, const QString &connectOptions)
{
    if (isOpen())
        close();
    if (auto opened = openStore(path, password, connectOptions); !opened) {
        setLastError(opened.error());
        setOpenError(true);
        return false;
    }
    setLastError(QSqlError());
    setOpen(true);
    setOpenError(false);
    return true;
}

std::expected<void, QSqlError> QSqlCipherDriver::openStore(const QString &path, const QString &password,
                                                           const QString &connectOptions)
{
    const Result<sqlcipher::SqlCipherOpenOptions> options =
        sqlcipher::SqlCipherOpenOptions::parse(connectOptions);
    if (!options)
        return std::unexpected(makeConnectionError(options.error().message));
    QByteArray keySpec = keySpecFor(*options, password);
    if (keySpec.isEmpty())
        return std::unexpected(makeConnectionError(kSqlCipherUnencryptedMessage));
    if (auto checked = checkPath(path, *options); !checked) {
        wipe(keySpec);
        return checked;
    }

    const int flags = options->readOnly ? SQLITE_OPEN_READONLY
                                        : SQLITE_OPEN_READWRITE | (options->create ? SQLITE_OPEN_CREATE : 0);
    // A copy on read-only media: SQLite cannot make the -shm file a WAL database needs, so it is
    // opened immutable (as a URI), which reads the file as it lies.
    const QByteArray target = options->immutable && options->readOnly
                                  ? "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1"
                                  : path.toUtf8();
    sqlite3 *connection = nullptr;
    int rc =
        sqlite3_open_v2(target.constData(), &connection,
                        flags | (options->immutable && options->readOnly ? SQLITE_OPEN_URI : 0), nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(connection, 1);
        sqlite3_busy_timeout(connection, options->busyTimeoutMs);
        rc = sqlite3_key(connection, keySpec.constData(), int(keySpec.size()));
    }
    // SQLCipher would also print every failed page decryption to stderr; we report through QSqlError.
    if (rc == SQLITE_OK)
        rc = queryFirstText(connection, "PRAGMA cipher_log_level = NONE");
    wipe(keySpec);
    std::expected<void, QSqlError> status;
    if (rc != SQLITE_OK)
        status = std::unexpected(makeError(connection, rc, QStringLiteral("cannot open store ") + path,
                                           QSqlError::ConnectionError));
    if (status)
        status = checkCipherVersion(connection, &m_cipherVersion);
    if (status)
        status = verifyKey(connection, path);
    if (status && (rc = queryFirstText(connection, "PRAGMA temp_store=MEMORY")) != SQLITE_OK)
        status =
            std::unexpected(makeError(connection, rc, QStringLiteral("cannot keep temporary data in memory"),
                                      QSqlError::ConnectionError));
    if (!status) {
        sqlite3_close(connection);
        m_cipherVersion.clear();
        return status;
    }
    m_connection = connection;
    m_beginImmediate = options->beginImmediate;
    return {};
}

void QSqlCipherDriver::close()
{
    if (!m_connection)
        return;
    for (QSqlCipherResult *result : std::as_const(m_results))
        result->releaseStatement();
    if (sqlite3_close(m_connection) != SQLITE_OK) {
        // Someone prepared statements on the raw handle; the connection closes once they are finalised.
        qCWarning(lcEvidence) << "QSQLCIPHER: statements still open at close:"
                              << sqlite3_errmsg(m_connection);
        sqlite3_close_v2(m_connection);
    }
    m_connection = nullptr;
    m_cipherVersion.clear();
    setOpen(false);
    setOpenError(false);
}

QSqlResult *QSqlCipherDriver::createResult() const
{
    return new QSqlCipherResult(this);
}

QVariant QSqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_connection);
}

bool QSqlCipherDriver::beginTransaction()
{
    return runTransactionStatement(m_beginImmediate ? "BEGIN IMMEDIATE" : "BEGIN",
                                   QStringLiteral("Unable to begin transaction"));
}

bool QSqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", QStringLiteral("Unable to commit transaction"));
}

bool QSqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", QStringLiteral("Unable to roll back transaction"));
}

bool QSqlCipherDriver::runTransactionStatement(const char *sql, const QString &context)
{
    if (!isOpen())
        return false;
    const int rc = queryFirstText(m_connection, sql);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_connection, rc, context, QSqlError::TransactionError));
        return false;
    }
    return true;
}

Result<void> QSqlCipherDriver::rekey(QByteArray keySpec)
{
    if (!isOpen())
        return fail(QStringLiteral("cannot change the key: the store is not open"));
    if (keySpec.isEmpty())
        return fail(QString(kSqlCipherUnencryptedMessage));
    if (!sqlite3_get_autocommit(m_connection))
        return fail(QStringLiteral("cannot change the key inside a transaction"));
    QString journalMode;
    queryFirstText(m_connection, "PRAGMA journal_mode", &journalMode);
    const bool wal = journalMode.compare(u"wal", Qt::CaseInsensitive) == 0;
    // Rekeying rewrites every page; folding the WAL in first and after leaves no frame under the old
    // key. The checkpoint's first column is 1 when another connection kept it from completing.
    QString checkpointBusy;
    if (wal &&
        (queryFirstText(m_connection, "PRAGMA wal_checkpoint(TRUNCATE)", &checkpointBusy) != SQLITE_OK ||
         checkpointBusy != u"0"))
        return fail(QStringLiteral("cannot change the key while other connections use the store"));
    const int rc = sqlite3_rekey(m_connection, keySpec.constData(), int(keySpec.size()));
    wipe(keySpec);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("cannot change the key: ") +
                    QString::fromUtf8(sqlite3_errmsg(m_connection)));
    if (wal && queryFirstText(m_connection, "PRAGMA wal_checkpoint(TRUNCATE)") != SQLITE_OK)
        qCWarning(lcEvidence) << "QSQLCIPHER: checkpoint after rekey failed:" << sqlite3_errmsg(m_connection);
    return {};
}

void QSqlCipherDriver::attach(QSqlCipherResult *result) const
{
    m_results.append(result);
}

void QSqlCipherDriver::detach(QSqlCipherResult *result) const
{
    m_results.removeOne(result);
}

} // namespace custos
