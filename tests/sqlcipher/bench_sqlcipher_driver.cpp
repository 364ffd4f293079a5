// Figures for the QSQLCIPHER driver, with Qt's unencrypted QSQLITE beside it for scale:
// opening, bulk inserts in one transaction, durable single-row commits and reading rows back.
// Run: ./custos.sh exec bench_sqlcipher_driver [rows]

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString &driver, const QString &what, double value, const QString &unit)
{
    out() << qSetFieldWidth(11) << Qt::left << driver << qSetFieldWidth(44) << what << qSetFieldWidth(0)
          << Qt::right << QString::number(value, 'f', value < 100 ? 2 : 0) << u' ' << unit << Qt::endl;
}

double perSecond(qint64 count, qint64 nanoseconds)
{
    return nanoseconds > 0 ? double(count) * 1e9 / double(nanoseconds) : 0;
}

bool openConnection(QSqlDatabase &db, const QString &driver, const QString &path, bool rawKey)
{
    db.setDatabaseName(path);
    if (driver == u"QSQLCIPHER") {
        if (rawKey)
            db.setConnectOptions(custos::sqlCipherRawKeyOption(QByteArray(32, '\x5a')));
        else
            db.setPassword(u"benchmark passphrase"_s);
    }
    if (!db.open()) {
        out() << driver << ": cannot open: " << db.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

void reportPassphraseOpen(const QString &path)
{
    const QString driver = u"QSQLCIPHER"_s;
    for (const bool existing : {false, true}) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"passphrase"_s);
            QElapsedTimer timer;
            timer.start();
            if (!openConnection(db, driver, path, false))
                return;
            // The key is derived when the first page is read or written.
            QSqlQuery(db).exec(existing ? u"SELECT count(*) FROM t"_s : u"CREATE TABLE t(x)"_s);
            report(driver,
                   existing ? u"open existing with passphrase, first read"_s
                            : u"create with passphrase, first write"_s,
                   double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
        }
        QSqlDatabase::removeDatabase(u"passphrase"_s);
    }
}

// The same full scan through the C API, to separate the driver's cost from SQLCipher's.
void reportRawScan(const QSqlDatabase &db)
{
    sqlite3 *handle = custos::sqlCipherHandle(db);
    sqlite3_stmt *statement = nullptr;
    if (!handle ||
        sqlite3_prepare_v2(handle, "SELECT seq, kind, payload FROM events", -1, &statement, nullptr))
        return;
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    qint64 bytes = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        bytes += sqlite3_column_int64(statement, 0) + sqlite3_column_bytes(statement, 1) +
                 sqlite3_column_bytes(statement, 2);
        ++rows;
    }
    sqlite3_finalize(statement);
    report(u"QSQLCIPHER"_s, u"read all rows, C API (no Qt)"_s, perSecond(rows, timer.nsecsElapsed()),
           u"rows/s"_s);
}

void runFor(const QString &driver, const QString &folder, int rows)
{
    const QString path = folder + u'/' + driver + u".db"_s;
    if (driver == u"QSQLCIPHER")
        reportPassphraseOpen(path + u".pass"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, driver);
        QElapsedTimer timer;
        timer.start();
        if (!openConnection(db, driver, path, true))
            return;
        report(driver, u"open (QSQLCIPHER: raw key)"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
        QSqlQuery query(db);
        query.exec(u"PRAGMA journal_mode=WAL"_s);
        query.exec(u"PRAGMA synchronous=FULL"_s);
        query.exec(u"CREATE TABLE events(seq INTEGER PRIMARY KEY, kind TEXT, payload BLOB)"_s);

        const QByteArray payload(200, 'p');
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO events(kind, payload) VALUES(?, ?)"_s);
        timer.restart();
        db.transaction();
        for (int n = 0; n < rows; ++n) {
            insert.bindValue(0, u"interaction"_s);
            insert.bindValue(1, payload);
            if (!insert.exec()) {
                out() << insert.lastError().text() << Qt::endl;
                return;
            }
        }
        db.commit();
        report(driver, u"inserts in one transaction"_s, perSecond(rows, timer.nsecsElapsed()), u"rows/s"_s);

        const int commits = 300;
        timer.restart();
        for (int n = 0; n < commits; ++n) {
            insert.bindValue(0, u"single"_s);
            insert.bindValue(1, payload);
            insert.exec();
        }
        report(driver, u"durable single-row commits (WAL, FULL)"_s, perSecond(commits, timer.nsecsElapsed()),
               u"commits/s"_s);

        for (const bool forwardOnly : {true, false}) {
            QSqlQuery select(db);
            select.setForwardOnly(forwardOnly);
            timer.restart();
            select.exec(u"SELECT seq, kind, payload FROM events"_s);
            qint64 bytes = 0;
            int read = 0;
            while (select.next()) {
                bytes += select.value(2).toByteArray().size() + select.value(1).toString().size();
                ++read;
            }
            report(driver, forwardOnly ? u"read all rows, forward only"_s : u"read all rows, scrollable"_s,
                   perSecond(read, timer.nsecsElapsed()), u"rows/s"_s);
            if (bytes == 0)
                out() << "no rows read" << Qt::endl;
        }
        if (driver == u"QSQLCIPHER")
            reportRawScan(db);
    }
    QSqlDatabase::removeDatabase(driver);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    custos::registerSqlCipherDriver();
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    QTemporaryDir folder(QDir::currentPath() + u"/bench_sqlcipher-XXXXXX"_s);
    out() << "rows: " << rows << ", files in " << folder.path() << Qt::endl;
    for (const QString &driver : {u"QSQLCIPHER"_s, u"QSQLITE"_s}) {
        if (QSqlDatabase::isDriverAvailable(driver))
            runFor(driver, folder.path(), rows);
    }
    return 0;
}
