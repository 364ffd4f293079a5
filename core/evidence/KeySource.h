#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

class QSqlDatabase;

namespace custos {

// Where a store's key comes from: a passphrase (SQLCipher's PBKDF2 defaults), a raw 32-byte key
// read from a key file (how the headless gateway opens the store), or a raw key kept in the OS
// keychain through QtKeychain. Never logged, never printed.
class KeySource
{
public:
    enum class Kind { Passphrase, RawKey, Keychain };

    static KeySource passphrase(const QString &passphrase);
    static KeySource rawKey(const QByteArray &key);
    // A key file holds the key as 64 hex digits (surrounding whitespace ignored).
    static Result<KeySource> fromKeyFile(const QString &path);
    // The keychain entry `account` under `service` holds the key as 64 hex digits.
    static KeySource keychain(const QString &account, const QString &service = QStringLiteral("Custos"));

    // Creates a key file with 32 random bytes, mode 0600; refuses to overwrite an existing file.
    static Result<KeySource> createKeyFile(const QString &path);
    // Stores a new random raw key in the OS keychain; fails clearly when there is no keychain.
    static Result<KeySource> createInKeychain(const QString &account,
                                              const QString &service = QStringLiteral("Custos"));

    Kind kind() const { return m_kind; }
    QString describe() const; // "passphrase", "key file", "keychain entry Custos/ACCOUNT"

    // Keychain sources become raw keys (needs a QCoreApplication); the others are returned as is.
    Result<KeySource> resolved() const;
    // Sets the key on a QSQLCIPHER connection before open(); the source must be resolved.
    void applyTo(QSqlDatabase &db) const;
    // The key as sqlite3_key takes it (a passphrase, or "x'<hex>'"), for StoreDiagnosis's own
    // connection; the source must be resolved. Never logged.
    QByteArray sqlcipherKeySpec() const;
    // Re-encrypts an open connection under this (resolved) key.
    Result<void> rekey(QSqlDatabase &db) const;

private:
    Kind m_kind = Kind::Passphrase;
    QString m_passphrase;
    QByteArray m_rawKey;
    QString m_account;
    QString m_service;
};

} // namespace custos
