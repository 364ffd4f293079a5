#pragma once

// Shared helpers of the evidence tests: sample events, store opening and raw edits of a store
// through the QSQLCIPHER driver (the way an attacker with the key would tamper with it).

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace custos::test {

inline QByteArray testKey()
{
    return QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
}

inline KeySource testKeySource()
{
    return KeySource::rawKey(testKey());
}

inline EvidenceEvent sampleEvent(int i)
{
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = QStringLiteral("gateway");
    event.policyHash = QStringLiteral("policy-%1").arg(i % 2);
    event.service = i % 2 ? QStringLiteral("billing") : QStringLiteral("support");
    event.user = QStringLiteral("user-%1").arg(i % 3);
    event.decision = i % 5 == 0 ? QStringLiteral("block") : QStringLiteral("allow");
    if (i % 5 == 0)
        event.rules = {QStringLiteral("no-iban")};
    if (i % 4 == 0)
        event.dataClasses = {QStringLiteral("email")};
    event.model = QStringLiteral("gpt-test");
    event.route = QStringLiteral("openai");
    event.payload =
        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("question number %1 about invoices").arg(i)},
                    {QStringLiteral("response"), QStringLiteral("answer %1").arg(i)}};
    return event;
}

inline std::unique_ptr<EvidenceStore> createStore(const QString &path, EvidenceStore::Options options = {})
{
    auto store = EvidenceStore::create(path, testKeySource(), options);
    if (!store)
        qWarning() << "create failed:" << store.error().toString();
    return store ? std::move(*store) : nullptr;
}

inline std::unique_ptr<EvidenceStore> openStore(const QString &path, bool readOnly = false)
{
    EvidenceStore::Options options;
    options.readOnly = readOnly;
    auto store = EvidenceStore::open(path, testKeySource(), options);
    if (!store)
        qWarning() << "open failed:" << store.error().toString();
    return store ? std::move(*store) : nullptr;
}

// Runs statements on the store file directly, bypassing the ledger; returns the first error.
inline QString editRaw(const QString &path, const QStringList &statements)
{
    registerSqlCipherDriver();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqlCipherDriverName, QStringLiteral("raw-edit"));
        db.setDatabaseName(path);
        db.setConnectOptions(sqlCipherRawKeyOption(testKey()));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    failure = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-edit"));
    return failure;
}

// Runs statements on the store file through the sqlcipher command line shell in the build root,
// keyed with the test key, the way an attacker holding the key would; returns the shell's errors,
// or "no shell" when there is none.
inline QString editWithShell(const QString &path, const QStringList &statements)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty())
        return QStringLiteral("no shell");
    QProcess process;
    process.start(shell, {QStringLiteral("-bail"), path});
    if (!process.waitForStarted(10000))
        return process.errorString();
    process.write("PRAGMA key = \"x'" + testKey().toHex() + "'\";\n");
    process.write("PRAGMA foreign_keys = OFF;\n");
    for (const QString &statement : statements)
        process.write(statement.toUtf8() + ";\n");
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return QStringLiteral("the shell did not finish");
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitCode() != 0 || !errors.isEmpty())
        return errors.isEmpty() ? QStringLiteral("the shell failed") : errors;
    return {};
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace custos::test
