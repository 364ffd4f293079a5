#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

#include <expected>

struct sqlite3;

namespace custos {

class QSqlCipherResult;

// QSqlDriver over SQLCipher's C API, registered as "QSQLCIPHER" (see SqlCipher.h for keying, connect
// options and error texts). Like every Qt SQL driver it belongs to the thread that opened it.
class QSqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit QSqlCipherDriver(QObject *parent = nullptr);
    ~QSqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    QVariant handle() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QSqlRecord record(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

    sqlite3 *connection() const { return m_connection; }
    QString cipherVersion() const { return m_cipherVersion; }

    // Re-encrypts the open store; keySpec is what sqlite3_rekey takes (a passphrase or "x'<hex>'").
    Result<void> rekey(QByteArray keySpec);

private:
    friend class QSqlCipherResult;

    std::expected<void, QSqlError> openStore(const QString &path, const QString &password,
                                             const QString &connectOptions);
    bool runTransactionStatement(const char *sql, const QString &context);
    // Column rows of "PRAGMA table_info(table)", for record() and primaryIndex().
    QList<QStringList> tableInfo(const QString &tableName) const;
    QStringList namesFromQuery(const char *sql) const;

    void attach(QSqlCipherResult *result) const;
    void detach(QSqlCipherResult *result) const;

    sqlite3 *m_connection = nullptr;
    QString m_cipherVersion;
    bool m_beginImmediate = false;
    // Results with live statements, finalised on close() so the connection can really close.
    mutable QList<QSqlCipherResult *> m_results;
};

} // namespace custos
