// Opening QSQLCIPHER stores: keys, wrong keys, foreign and damaged files, rekeying, what reaches the
// disk, concurrent connections and a full disk. Every store is a real file in a temporary folder.

#include "tests/support/CustosTest.h"

#include "tests/sqlcipher/SqlCipherTestSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace tst_sqlcipher_store {

using namespace Qt::StringLiterals;
using custos::test::Connections;
using custos::test::testRawKey;

namespace {

const QByteArray kCanary = "CANARY-7f3a9c";

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Files under folder whose raw bytes contain needle (as UTF-8 or as UTF-16).
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    const QString text = QString::fromLatin1(needle);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(needle) || bytes.contains(utf16))
            found.append(file.fileName());
    }
    return found;
}

// Files this process holds open under folder, read through /proc/self/fd, whose bytes contain needle.
// SQLite unlinks its temporary files as soon as it opens them, so a folder scan alone misses them.
QStringList openFilesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    const QDir descriptors(u"/proc/self/fd"_s);
    const QStringList entries = descriptors.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString target = QFile::symLinkTarget(descriptors.filePath(entry));
        if (!target.startsWith(folder + u'/'))
            continue;
        QFile file(descriptors.filePath(entry));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(target);
    }
    return found;
}

bool runSqlcipherCli(const QString &path, const QString &sql, QString *errors)
{
    QProcess cli;
    cli.start(u"sqlcipher"_s, {path, sql});
    if (!cli.waitForFinished(30000)) {
        *errors = cli.errorString();
        return false;
    }
    *errors = QString::fromUtf8(cli.readAllStandardError());
    return cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0;
}

int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class tst_SqlCipherStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_sqliteTemp; // SQLITE_TMPDIR, so any temporary file SQLite makes can be inspected
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"store%1.db"_s.arg(++m_counter)); }

    // A store with one row in t(x), written with the test raw key.
    QString makeStore(const QString &journalMode = u"DELETE"_s)
    {
        const QString path = freshPath();
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(path);
        QSqlQuery query(db);
        query.exec(u"PRAGMA journal_mode="_s + journalMode);
        query.exec(u"CREATE TABLE t(x TEXT)"_s);
        query.exec(u"INSERT INTO t VALUES('secret row')"_s);
        return path;
    }

    // A temporary table of about 2 MB holding the canary, beyond a 10-page cache.
    static bool fillTempTable(QSqlQuery &query)
    {
        return query.exec(u"CREATE TEMP TABLE scratch AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                          "SELECT i + 1 FROM n WHERE i < 2000) SELECT (SELECT payload FROM events LIMIT 1) "
                          "|| i || hex(randomblob(500)) AS payload FROM n"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sqliteTemp.isValid());
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_sqliteTemp.path()));
        custos::registerSqlCipherDriver();
        custos::registerSqlCipherDriver(); // idempotent
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
    }

    void passphraseRoundTrip()
    {
        const QString path = freshPath();
        {
            Connections connections;
            QSqlDatabase db = connections.add(path, {}, u"correct horse battery staple"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE t(x)"_s));
            QVERIFY(query.exec(u"INSERT INTO t VALUES(1)"_s));
            const QString version = custos::sqlCipherVersion(db);
            QVERIFY2(version.startsWith(u'4'), qPrintable(version));
            QVERIFY(custos::sqlCipherHandle(db) != nullptr);
            QCOMPARE(db.driver()->handle().typeName(), "sqlite3*");
            // SQLCipher 4 defaults for a passphrase.
            QVERIFY(query.exec(u"PRAGMA kdf_iter"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 256000);
            QVERIFY(query.exec(u"PRAGMA cipher_kdf_algorithm"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"PBKDF2_HMAC_SHA512"_s);
            QVERIFY(query.exec(u"PRAGMA temp_store"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 2); // MEMORY
        }
        Connections connections;
        QSqlDatabase db = connections.add(path, {}, u"correct horse battery staple"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s), 1);
    }

    void wrongKey_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong raw key") << custos::sqlCipherRawKeyOption(testRawKey('z')) << QString();
        QTest::newRow("passphrase instead of raw key") << QString() << u"k"_s.repeated(32);
    }

    void wrongKey()
    {
        QFETCH(QString, options);
        QFETCH(QString, password);
        const QString path = makeStore();
        const QByteArray before = fileDigest(path);
        Connections connections;
        QSqlDatabase db = connections.add(path, options, password);
        QVERIFY(!db.open());
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(db.lastError().text(), QString(custos::kSqlCipherWrongKeyMessage));
        QCOMPARE(db.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB
        QCOMPARE(fileDigest(path), before);
    }

    void notACustosStore_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("plain SQLite") << u"plain"_s;
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("header cut") << u"headercut"_s;
        QTest::newRow("truncated to 1000 bytes") << u"truncated"_s;
        QTest::newRow("text file") << u"text"_s;
    }

    void notACustosStore()
    {
        QFETCH(QString, kind);
        QString path = freshPath();
        if (kind == u"plain") {
            QString errors;
            if (!runSqlcipherCli(path, u"create table t(x); insert into t values('hello');"_s, &errors))
                QSKIP(qPrintable(u"the sqlcipher command line tool is not usable: "_s + errors));
            QVERIFY(filesContaining(m_dir.path(), "hello").contains(path)); // really unencrypted
        } else if (kind == u"random") {
            QByteArray bytes(8192, '\0');
            QRandomGenerator generator(1234);
            generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QVERIFY(writeFile(path, bytes));
        } else if (kind == u"text") {
            QVERIFY(writeFile(path, "policy: starter\nrules: []\n"));
        } else {
            const QString store = makeStore();
            QFile file(store);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 4096);
            QVERIFY(writeFile(path, kind == u"headercut" ? bytes.mid(100) : bytes.left(1000)));
        }
        const QByteArray before = fileDigest(path);
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(path);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(db.lastError().text(), QString(custos::kSqlCipherWrongKeyMessage));
        QVERIFY(!db.lastError().nativeErrorCode().isEmpty());
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(path + u"-journal"_s));
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesEmptyKey()
    {
        const QString path = freshPath();
        Connections connections;
        QSqlDatabase db = connections.add(path, {});
        QVERIFY(!db.open());
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(db.lastError().text(), QString(custos::kSqlCipherUnencryptedMessage));
        QVERIFY(!QFile::exists(path));
    }

    void refusesEmptyPath()
    {
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(QString());
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().text(), u"no store path given"_s);
    }

    void badOpenRequests_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("expectedText");
        const QString missing = QDir::tempPath() + u"/custos-no-such-dir/missing.db"_s;
        const QString raw = custos::sqlCipherRawKeyOption(testRawKey());
        QTest::newRow("unknown option")
            << raw + u";QSQLCIPHER_FOO=1"_s << u"unknown connect option QSQLCIPHER_FOO"_s;
        QTest::newRow("short raw key") << u"QSQLCIPHER_RAW_KEY=abcd"_s
                                       << u"QSQLCIPHER_RAW_KEY must be 64 hex digits (a 32-byte key) or 96 "
                                          "(key and salt)"_s;
        QTest::newRow("bad timeout") << raw + u";QSQLCIPHER_BUSY_TIMEOUT=soon"_s
                                     << u"QSQLCIPHER_BUSY_TIMEOUT takes milliseconds, not \"soon\""_s;
        QTest::newRow("no create") << raw + u";QSQLCIPHER_CREATE=0"_s << u"no store at PATH"_s;
        QTest::newRow("read-only missing") << raw + u";QSQLCIPHER_OPEN_READONLY"_s << u"no store at PATH"_s;
    }

    void badOpenRequests()
    {
        QFETCH(QString, options);
        QFETCH(QString, expectedText);
        const QString path = freshPath();
        Connections connections;
        QSqlDatabase db = connections.add(path, options);
        QVERIFY(!db.open());
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(db.lastError().text(), QString(expectedText).replace(u"PATH"_s, path));
        QVERIFY(!QFile::exists(path));
    }

    void unwritableLocation()
    {
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(u"/proc/custos-cannot-create/store.db"_s);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(db.lastError().text(),
                 u"cannot open store /proc/custos-cannot-create/store.db: unable to open database file"_s);
        QCOMPARE(db.lastError().nativeErrorCode().toInt() & 0xff, 14); // SQLITE_CANTOPEN
    }

    void readOnly_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << u"DELETE"_s;
        QTest::newRow("WAL") << u"WAL"_s;
    }

    void readOnly()
    {
        QFETCH(QString, journalMode);
        const QString path = makeStore(journalMode);
        const QByteArray before = fileDigest(path);
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(path, u"QSQLCIPHER_OPEN_READONLY"_s);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s), 1);
        QSqlQuery insert(db);
        QVERIFY(!insert.exec(u"INSERT INTO t VALUES('no')"_s));
        QCOMPARE(insert.lastError().nativeErrorCode().toInt() & 0xff, 8); // SQLITE_READONLY
        QVERIFY(insert.lastError().text().contains(u"read-only"_s));
        QCOMPARE(fileDigest(path), before);
    }

    // The ledger's readers: read-only connections beside a writer whose commits are still in the WAL.
    void readOnlyBesideWalWriter()
    {
        const QString path = makeStore(u"WAL"_s);
        Connections connections;
        QSqlDatabase writer = connections.openWithRawKey(path);
        QVERIFY(writer.isOpen());
        QVERIFY(QSqlQuery(writer).exec(u"PRAGMA wal_autocheckpoint=0"_s));
        QVERIFY(QSqlQuery(writer).exec(u"INSERT INTO t VALUES('only in the wal')"_s));
        QSqlDatabase reader = connections.openWithRawKey(path, u"QSQLCIPHER_OPEN_READONLY"_s);
        QVERIFY2(reader.isOpen(), qPrintable(reader.lastError().text()));
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM t"_s), 2);
        QVERIFY(QSqlQuery(writer).exec(u"INSERT INTO t VALUES('later')"_s));
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM t"_s), 3);
    }

    void rekey_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addColumn<bool>("toRawKey");
        QTest::newRow("rollback journal, passphrase") << u"DELETE"_s << false;
        QTest::newRow("WAL, passphrase") << u"WAL"_s << false;
        QTest::newRow("WAL, raw key") << u"WAL"_s << true;
    }

    void rekey()
    {
        QFETCH(QString, journalMode);
        QFETCH(bool, toRawKey);
        const QString path = makeStore(journalMode);
        const QByteArray newRawKey = testRawKey('n');
        const QString newPassphrase = u"new passphrase"_s;
        {
            Connections connections;
            QSqlDatabase db = connections.openWithRawKey(path);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(db.transaction());
            QVERIFY(!custos::rekeySqlCipher(db, newPassphrase)); // not inside a transaction
            QVERIFY(db.rollback());
            QVERIFY(!custos::rekeySqlCipher(db, QString())); // never to an empty key
            QVERIFY(!custos::rekeySqlCipherRawKey(db, QByteArray(5, 'x')));
            const custos::Result<void> changed = toRawKey ? custos::rekeySqlCipherRawKey(db, newRawKey)
                                                          : custos::rekeySqlCipher(db, newPassphrase);
            QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
            QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s), 1); // still usable
            QSqlQuery(db).exec(u"INSERT INTO t VALUES('after rekey')"_s);
        }
        Connections connections;
        QSqlDatabase old = connections.openWithRawKey(path);
        QVERIFY(!old.isOpen());
        QCOMPARE(old.lastError().text(), QString(custos::kSqlCipherWrongKeyMessage));
        QSqlDatabase renewed = toRawKey ? connections.openWithRawKey(path, {}, newRawKey)
                                        : connections.add(path, {}, newPassphrase);
        if (!toRawKey)
            renewed.open();
        QVERIFY2(renewed.isOpen(), qPrintable(renewed.lastError().text()));
        QCOMPARE(scalar(renewed, u"SELECT count(*) FROM t"_s), 2);
        QCOMPARE(
            scalar(renewed, u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"_s),
            1);
    }

    void rekeyRefusedWhileAnotherConnectionReads()
    {
        const QString path = makeStore(u"WAL"_s);
        {
            Connections connections;
            QSqlDatabase owner = connections.openWithRawKey(path, u"QSQLCIPHER_BUSY_TIMEOUT=50"_s);
            QSqlDatabase reader = connections.openWithRawKey(path);
            QVERIFY(QSqlQuery(owner).exec(u"INSERT INTO t VALUES('in the wal')"_s));
            QSqlQuery reading(reader);
            reading.setForwardOnly(true);
            QVERIFY(reading.exec(u"SELECT x FROM t"_s) && reading.next()); // holds a read snapshot
            const custos::Result<void> changed = custos::rekeySqlCipher(owner, u"new"_s);
            QVERIFY(!changed);
            QCOMPARE(changed.error().message,
                     u"cannot change the key while other connections use the store"_s);
        }
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(path);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s), 2);
    }

    // The control for canaryNeverOnDisk: the scan does find the canary in an unencrypted file.
    void canaryScanFindsPlaintext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plain.db"_s);
        QString errors;
        if (!runSqlcipherCli(path,
                             u"create table t(x); insert into t values('"_s + QString::fromLatin1(kCanary) +
                                 u"');"_s,
                             &errors))
            QSKIP(qPrintable(u"the sqlcipher command line tool is not usable: "_s + errors));
        QCOMPARE(filesContaining(dir.path(), kCanary), QStringList{path});
    }

    // The second control: with temp_store=FILE, SQLCipher writes temporary tables unencrypted, and the
    // scan of open files sees it. The driver's temp_store=MEMORY is what keeps them off the disk.
    void canaryScanFindsUnencryptedTempFiles()
    {
        QTemporaryDir dir;
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(dir.filePath(u"ledger.db"_s));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE events(payload TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO events VALUES('"_s + QString::fromLatin1(kCanary) + u"')"_s));
        QVERIFY(query.exec(u"PRAGMA temp_store=FILE"_s));
        QVERIFY(query.exec(u"PRAGMA cache_size=10"_s));
        QVERIFY(fillTempTable(query));
        QVERIFY(!openFilesContaining(m_sqliteTemp.path(), kCanary).isEmpty());
    }

    void canaryNeverOnDisk_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("WAL") << u"WAL"_s;
        QTest::newRow("rollback journal") << u"DELETE"_s;
    }

    void canaryNeverOnDisk()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.db"_s);
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(path);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode="_s + journalMode) && query.next());
        QCOMPARE(query.value(0).toString(), journalMode.toLower());
        QVERIFY(query.exec(u"CREATE TABLE events(seq INTEGER PRIMARY KEY, payload TEXT, raw BLOB)"_s));
        QVERIFY(query.prepare(u"INSERT INTO events(payload, raw) VALUES(?, ?)"_s));
        for (int n = 0; n < 200; ++n) {
            query.addBindValue(u"prompt %1 %2"_s.arg(n).arg(QString::fromLatin1(kCanary)));
            query.addBindValue(QByteArray(kCanary + QByteArray::number(n)));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        // Sorting and temporary tables would spill to temp files if temp_store allowed it.
        QVERIFY(query.exec(u"PRAGMA cache_size=10"_s));
        QVERIFY(fillTempTable(query));
        QVERIFY(query.exec(u"SELECT DISTINCT payload FROM scratch ORDER BY payload DESC"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().contains(QString::fromLatin1(kCanary)));
        // An open write transaction: the rollback journal now holds the old pages, the WAL the new.
        QVERIFY(db.transaction());
        QVERIFY(query.exec(u"UPDATE events SET payload = payload || ' edited'"_s));
        const QString sideFile = path + (journalMode == u"WAL" ? u"-wal"_s : u"-journal"_s);
        QVERIFY2(QFileInfo(sideFile).size() > 0, qPrintable(sideFile));

        QCOMPARE(filesContaining(dir.path(), kCanary), QStringList());
        QCOMPARE(filesContaining(m_sqliteTemp.path(), kCanary), QStringList());
        QCOMPARE(openFilesContaining(dir.path(), kCanary), QStringList());
        QCOMPARE(openFilesContaining(m_sqliteTemp.path(), kCanary), QStringList());
        QVERIFY(db.commit());
        QCOMPARE(filesContaining(dir.path(), kCanary), QStringList());
    }

    void twoConnectionsShareWal()
    {
        const QString path = makeStore(u"WAL"_s);
        Connections connections;
        QSqlDatabase writer = connections.openWithRawKey(path);
        QSqlDatabase reader = connections.openWithRawKey(path);
        QVERIFY(writer.isOpen() && reader.isOpen());
        QVERIFY(writer.transaction());
        QVERIFY(QSqlQuery(writer).exec(u"INSERT INTO t VALUES('from writer')"_s));
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM t"_s), 1); // not committed yet
        QVERIFY(writer.commit());
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM t"_s), 2);
    }

    // One connection per thread, as Qt requires: writers in several threads share one WAL store.
    void connectionPerThread()
    {
        const QString path = makeStore(u"WAL"_s);
        const int threads = 4;
        const int rowsEach = 50;
        QList<QThread *> workers;
        QAtomicInt failures = 0;
        for (int worker = 0; worker < threads; ++worker) {
            workers.append(QThread::create([&, worker] {
                Connections connections;
                QSqlDatabase db = connections.openWithRawKey(path, u"QSQLCIPHER_BEGIN_IMMEDIATE"_s);
                QSqlQuery insert(db);
                if (!db.isOpen() || !insert.prepare(u"INSERT INTO t VALUES(?)"_s)) {
                    failures.fetchAndAddRelaxed(1);
                    return;
                }
                for (int n = 0; n < rowsEach; ++n) {
                    insert.addBindValue(u"thread %1 row %2"_s.arg(worker).arg(n));
                    if (!db.transaction() || !insert.exec() || !db.commit())
                        failures.fetchAndAddRelaxed(1);
                }
            }));
            workers.last()->start();
        }
        for (QThread *worker : std::as_const(workers)) {
            QVERIFY(worker->wait(60000));
            delete worker;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(path);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s), 1 + threads * rowsEach);
    }

    void busyIsReported()
    {
        const QString path = makeStore();
        Connections connections;
        QSqlDatabase holder = connections.openWithRawKey(path, u"QSQLCIPHER_BEGIN_IMMEDIATE"_s);
        QSqlDatabase other = connections.openWithRawKey(path, u"QSQLCIPHER_BUSY_TIMEOUT=0"_s);
        QVERIFY(holder.isOpen() && other.isOpen());
        QVERIFY(holder.transaction()); // BEGIN IMMEDIATE takes the write lock now
        QSqlQuery insert(other);
        QVERIFY(!insert.exec(u"INSERT INTO t VALUES('blocked')"_s));
        QCOMPARE(insert.lastError().type(), QSqlError::StatementError);
        QCOMPARE(insert.lastError().nativeErrorCode().toInt() & 0xff, 5); // SQLITE_BUSY
        QVERIFY2(insert.lastError().text().contains(u"busy"_s), qPrintable(insert.lastError().text()));
        QVERIFY(holder.rollback());
        QVERIFY2(insert.exec(u"INSERT INTO t VALUES('now')"_s), qPrintable(insert.lastError().text()));
    }

    void diskFull()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=512k"_s, u"tmpfs"_s, mountPoint});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0)
            QSKIP(qPrintable(u"cannot mount a 512 KiB tmpfs here: "_s +
                             QString::fromUtf8(mount.readAllStandardError()) + mount.errorString()));
        auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint}); });

        Connections connections;
        QSqlDatabase db = connections.openWithRawKey(mountPoint + u"/full.db"_s);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE filler(b BLOB)"_s));
        QVERIFY(query.prepare(u"INSERT INTO filler VALUES(randomblob(65536))"_s));
        int written = 0;
        while (written < 64 && query.exec())
            ++written;
        QVERIFY2(written < 64, "a 512 KiB file system took 4 MiB");
        const QSqlError error = query.lastError();
        QCOMPARE(error.type(), QSqlError::StatementError);
        QCOMPARE(error.nativeErrorCode().toInt() & 0xff, 13); // SQLITE_FULL
        QVERIFY2(error.text().contains(u"disk is full"_s), qPrintable(error.text()));
        // What was committed before the failure is intact.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM filler"_s), written);
    }
};

} // namespace tst_sqlcipher_store

CUSTOS_GUILESS_TEST_MAIN(tst_sqlcipher_store::tst_SqlCipherStore)
#include "tst_sqlcipher_store.moc"
