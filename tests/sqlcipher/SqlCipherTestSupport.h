#pragma once

// Shared by the QSQLCIPHER tests: named connections that are removed again, and a raw test key.

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace custos::test {

// 32 bytes, so stores open without PBKDF2's 256,000 iterations and the tests stay fast.
inline QByteArray testRawKey(char fill = 'k')
{
    QByteArray key(32, fill);
    key[0] = '\x01';
    return key;
}

// Adds QSQLCIPHER connections with fresh names and removes them all when it goes away. Keep no
// QSqlDatabase or QSqlQuery copies alive past its lifetime.
class Connections
{
public:
    Connections() { custos::registerSqlCipherDriver(); }
    ~Connections() { removeAll(); }
    Connections(const Connections &) = delete;
    Connections &operator=(const Connections &) = delete;

    QSqlDatabase add(const QString &path, const QString &connectOptions, const QString &password = {})
    {
        const QString name = QStringLiteral("test-%1").arg(++s_counter);
        m_names.append(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QString(custos::kSqlCipherDriverName), name);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions);
        db.setPassword(password);
        return db;
    }

    // A connection opened with the test raw key plus extraOptions; check isOpen() at the caller.
    QSqlDatabase openWithRawKey(const QString &path, const QString &extraOptions = {},
                                const QByteArray &key = testRawKey())
    {
        QString options = custos::sqlCipherRawKeyOption(key);
        if (!extraOptions.isEmpty())
            options += u';' + extraOptions;
        QSqlDatabase db = add(path, options);
        db.open();
        return db;
    }

    void removeAll()
    {
        for (const QString &name : std::as_const(m_names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        m_names.clear();
    }

private:
    QStringList m_names;
    inline static int s_counter = 0;
};

} // namespace custos::test
