#include "core/evidence/sqlcipher/SqlCipher.h"

#include "core/evidence/sqlcipher/QSqlCipherDriver.h"

#include <QSqlDriverCreator>

#include <mutex>

namespace custos {

namespace {

QSqlCipherDriver *cipherDriverOf(const QSqlDatabase &db)
{
    return qobject_cast<QSqlCipherDriver *>(db.driver());
}

Result<void> rekeyWith(QSqlDatabase &db, QByteArray keySpec)
{
    QSqlCipherDriver *driver = cipherDriverOf(db);
    if (!driver)
        return fail(QStringLiteral("cannot change the key: not a QSQLCIPHER connection"));
    return driver->rekey(std::move(keySpec));
}

} // namespace

void registerSqlCipherDriver()
{
    static std::once_flag registered;
    std::call_once(registered, [] {
        QSqlDatabase::registerSqlDriver(QString(kSqlCipherDriverName),
                                        new QSqlDriverCreator<QSqlCipherDriver>);
    });
}

QString sqlCipherRawKeyOption(QByteArrayView key)
{
    return QStringLiteral("QSQLCIPHER_RAW_KEY=") + QString::fromLatin1(key.toByteArray().toHex());
}

QString sqlCipherVersion(const QSqlDatabase &db)
{
    const QSqlCipherDriver *driver = cipherDriverOf(db);
    return driver ? driver->cipherVersion() : QString();
}

sqlite3 *sqlCipherHandle(const QSqlDatabase &db)
{
    const QSqlCipherDriver *driver = cipherDriverOf(db);
    return driver ? driver->connection() : nullptr;
}

Result<void> rekeySqlCipher(QSqlDatabase &db, const QString &newPassphrase)
{
    return rekeyWith(db, newPassphrase.toUtf8());
}

Result<void> rekeySqlCipherRawKey(QSqlDatabase &db, QByteArrayView newKey)
{
    if (newKey.size() != 32 && newKey.size() != 48)
        return fail(QStringLiteral("cannot change the key: a raw key is 32 bytes (or 48 with its salt)"));
    return rekeyWith(db, "x'" + newKey.toByteArray().toHex() + '\'');
}

} // namespace custos
