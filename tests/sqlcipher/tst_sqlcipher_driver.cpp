// The QSQLCIPHER driver through plain Qt SQL: binding, fetching, transactions, metadata, errors.

#include "tests/support/CustosTest.h"

#include "tests/sqlcipher/SqlCipherTestSupport.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace tst_sqlcipher_driver {

using namespace Qt::StringLiterals;

using custos::test::Connections;

class tst_SqlCipherDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Connections m_connections;
    QSqlDatabase m_db;

    QSqlQuery exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        return query;
    }

    void fillNumbers(int count)
    {
        exec(QStringLiteral("CREATE TABLE numbers(n INTEGER PRIMARY KEY, label TEXT NOT NULL)"));
        QSqlQuery insert(m_db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO numbers(n, label) VALUES(?, ?)")));
        for (int n = 0; n < count; ++n) {
            insert.addBindValue(n);
            insert.addBindValue(QStringLiteral("row %1").arg(n));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int store = 0;
        m_db = m_connections.openWithRawKey(m_dir.filePath(QStringLiteral("s%1.db").arg(++store)));
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_connections.removeAll();
    }

    void features_data()
    {
        QTest::addColumn<int>("feature");
        QTest::addColumn<bool>("supported");
        QTest::newRow("Transactions") << int(QSqlDriver::Transactions) << true;
        QTest::newRow("BLOB") << int(QSqlDriver::BLOB) << true;
        QTest::newRow("Unicode") << int(QSqlDriver::Unicode) << true;
        QTest::newRow("PreparedQueries") << int(QSqlDriver::PreparedQueries) << true;
        QTest::newRow("PositionalPlaceholders") << int(QSqlDriver::PositionalPlaceholders) << true;
        QTest::newRow("LastInsertId") << int(QSqlDriver::LastInsertId) << true;
        QTest::newRow("QuerySize") << int(QSqlDriver::QuerySize) << false;
        QTest::newRow("EventNotifications") << int(QSqlDriver::EventNotifications) << false;
    }

    void features()
    {
        QFETCH(int, feature);
        QFETCH(bool, supported);
        QCOMPARE(m_db.driver()->hasFeature(QSqlDriver::DriverFeature(feature)), supported);
    }

    void bindAndReadBack_data()
    {
        QTest::addColumn<QString>("columnType");
        QTest::addColumn<QVariant>("bound");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<bool>("named");
        const QByteArray blob("\x00\x01\xfe\xff payload", 12);
        const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7, 89), QTimeZone::UTC);
        struct Case
        {
            const char *name;
            QString type;
            QVariant bound;
            QVariant expected;
        };
        const QList<Case> cases{
            {"int", u"INTEGER"_s, QVariant(42), QVariant(qint64(42))},
            {"int64", u"INTEGER"_s, QVariant(qint64(1) << 60), QVariant(qint64(1) << 60)},
            {"negative", u"INTEGER"_s, QVariant(-7), QVariant(qint64(-7))},
            {"double", u"REAL"_s, QVariant(2.5), QVariant(2.5)},
            {"string", u"TEXT"_s, QVariant(u"grüße 世界 🙂"_s), QVariant(u"grüße 世界 🙂"_s)},
            {"empty string", u"TEXT"_s, QVariant(u""_s), QVariant(u""_s)},
            {"blob", u"BLOB"_s, QVariant(blob), QVariant(blob)},
            {"null int", u"INTEGER"_s, QVariant(QMetaType::fromType<int>()), QVariant()},
            {"null string", u"TEXT"_s, QVariant(QString()), QVariant()},
            {"bool true", u"BOOLEAN"_s, QVariant(true), QVariant(qint64(1))},
            {"bool false", u"BOOLEAN"_s, QVariant(false), QVariant(qint64(0))},
            {"datetime", u"TEXT"_s, QVariant(when), QVariant(u"2026-03-04T05:06:07.089Z"_s)},
        };
        for (const Case &c : cases) {
            QTest::addRow("%s positional", c.name) << c.type << c.bound << c.expected << false;
            QTest::addRow("%s named", c.name) << c.type << c.bound << c.expected << true;
        }
    }

    void bindAndReadBack()
    {
        QFETCH(QString, columnType);
        QFETCH(QVariant, bound);
        QFETCH(QVariant, expected);
        QFETCH(bool, named);
        exec(u"CREATE TABLE t(id INTEGER PRIMARY KEY, v "_s + columnType + u')');
        QSqlQuery insert(m_db);
        QVERIFY(
            insert.prepare(named ? u"INSERT INTO t(v) VALUES(:value)"_s : u"INSERT INTO t(v) VALUES(?)"_s));
        if (named)
            insert.bindValue(u":value"_s, bound);
        else
            insert.addBindValue(bound);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        QSqlQuery select(m_db);
        QVERIFY(
            select.prepare(named ? u"SELECT v FROM t WHERE id = :id"_s : u"SELECT v FROM t WHERE id = ?"_s));
        if (named)
            select.bindValue(u":id"_s, insert.lastInsertId());
        else
            select.addBindValue(insert.lastInsertId());
        QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
        QVERIFY(select.next());
        QCOMPARE(select.isNull(0), expected.isNull());
        if (expected.isNull())
            QVERIFY(select.value(0).isNull());
        else
            QCOMPARE(select.value(0), expected);
        QVERIFY(!select.next());
    }

    void repeatedNamedPlaceholder()
    {
        QSqlQuery query(m_db);
        QVERIFY(query.prepare(u"SELECT :a + :b + :a"_s));
        query.bindValue(u":a"_s, 10);
        query.bindValue(u":b"_s, 1);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 21);
    }

    void parameterCountMismatch()
    {
        QSqlQuery query(m_db);
        QVERIFY(query.prepare(u"SELECT ?, ?"_s));
        query.addBindValue(1);
        QVERIFY(!query.exec());
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);
        QVERIFY(query.lastError().text().contains(u"Parameter count mismatch"_s));
    }

    void iterateRows_data()
    {
        QTest::addColumn<bool>("forwardOnly");
        QTest::newRow("forward only") << true;
        QTest::newRow("scrollable") << false;
    }

    void iterateRows()
    {
        QFETCH(bool, forwardOnly);
        fillNumbers(25);
        QSqlQuery query(m_db);
        query.setForwardOnly(forwardOnly);
        QVERIFY(query.exec(u"SELECT n, label FROM numbers ORDER BY n"_s));
        QVERIFY(query.isSelect());
        QCOMPARE(query.size(), -1);
        int expected = 0;
        while (query.next()) {
            QCOMPARE(query.at(), expected);
            QCOMPARE(query.value(0).toInt(), expected);
            QCOMPARE(query.value(u"label"_s).toString(), u"row %1"_s.arg(expected));
            ++expected;
        }
        QCOMPARE(expected, 25);
        QVERIFY(!query.lastError().isValid());
    }

    void scrollableNavigation()
    {
        fillNumbers(10);
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"SELECT n FROM numbers ORDER BY n"_s));
        QVERIFY(query.last());
        QCOMPARE(query.at(), 9);
        QCOMPARE(query.value(0).toInt(), 9);
        QVERIFY(query.previous());
        QCOMPARE(query.value(0).toInt(), 8);
        QVERIFY(query.first());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.seek(5));
        QCOMPARE(query.value(0).toInt(), 5);
        QVERIFY(query.seek(2, true));
        QCOMPARE(query.value(0).toInt(), 7);
        QVERIFY(!query.seek(10));
        QVERIFY(query.seek(3));
        QCOMPARE(query.value(0).toInt(), 3);
    }

    void forwardOnlyLastAndSeek()
    {
        fillNumbers(6);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        QVERIFY(query.exec(u"SELECT n FROM numbers ORDER BY n"_s));
        QVERIFY(query.seek(2));
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.last());
        QCOMPARE(query.at(), 5);
        QCOMPARE(query.value(0).toInt(), 5);
        QVERIFY(!query.next());
    }

    void emptyResult()
    {
        fillNumbers(3);
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"SELECT n FROM numbers WHERE n > 100"_s));
        QVERIFY(query.isActive());
        QVERIFY(query.isSelect());
        QVERIFY(!query.next());
        QVERIFY(!query.last());
        QCOMPARE(query.record().count(), 1);
    }

    void rowsAffectedAndLastInsertId()
    {
        fillNumbers(5);
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"INSERT INTO numbers(label) VALUES('auto')"_s));
        QCOMPARE(query.lastInsertId().toLongLong(), 5);
        QCOMPARE(query.numRowsAffected(), 1);
        QVERIFY(query.exec(u"UPDATE numbers SET label = 'x' WHERE n < 3"_s));
        QCOMPARE(query.numRowsAffected(), 3);
        QVERIFY(!query.lastInsertId().isValid());
        QVERIFY(query.exec(u"DELETE FROM numbers"_s));
        QCOMPARE(query.numRowsAffected(), 6);
        QVERIFY(query.exec(u"CREATE TABLE other(x)"_s));
        QCOMPARE(query.numRowsAffected(), 0);
        QVERIFY(!query.isSelect());
        QVERIFY(query.isActive());
    }

    void transactions_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("commit") << true << 4;
        QTest::newRow("rollback") << false << 1;
    }

    void transactions()
    {
        QFETCH(bool, commit);
        QFETCH(int, expectedRows);
        fillNumbers(1);
        QVERIFY(m_db.transaction());
        for (int n = 1; n < 4; ++n)
            exec(u"INSERT INTO numbers VALUES(%1, 'tx')"_s.arg(n));
        QVERIFY(commit ? m_db.commit() : m_db.rollback());
        QSqlQuery count = exec(u"SELECT count(*) FROM numbers"_s);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), expectedRows);
        QVERIFY(!m_db.commit()); // no transaction is open any more
        QCOMPARE(m_db.lastError().type(), QSqlError::TransactionError);
    }

    void recordNamesAndTypes()
    {
        exec(u"CREATE TABLE typed(id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL DEFAULT 'n', "
             "score REAL, data BLOB, flag BOOLEAN)"_s);
        const QSqlRecord table = m_db.record(u"typed"_s);
        QCOMPARE(table.count(), 5);
        QCOMPARE(table.fieldName(1), u"name"_s);
        QCOMPARE(table.field(u"id"_s).metaType(), QMetaType::fromType<qint64>());
        QVERIFY(table.field(u"id"_s).isAutoValue());
        QCOMPARE(table.field(u"name"_s).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(table.field(u"name"_s).requiredStatus(), QSqlField::Required);
        QCOMPARE(table.field(u"score"_s).metaType(), QMetaType::fromType<double>());
        QCOMPARE(table.field(u"data"_s).metaType(), QMetaType::fromType<QByteArray>());
        QCOMPARE(table.field(u"flag"_s).metaType(), QMetaType::fromType<bool>());

        QSqlQuery query = exec(u"SELECT name AS who, score, 1 + 1 AS two FROM typed"_s);
        const QSqlRecord result = query.record();
        QCOMPARE(result.count(), 3);
        QCOMPARE(result.fieldName(0), u"who"_s);
        QCOMPARE(result.field(0).tableName(), u"typed"_s);
        QCOMPARE(result.field(1).metaType(), QMetaType::fromType<double>());
    }

    void tablesAndPrimaryIndex()
    {
        exec(u"CREATE TABLE b(x)"_s);
        exec(u"CREATE TABLE a(k1 TEXT, k2 INTEGER, v, PRIMARY KEY(k2, k1))"_s);
        exec(u"CREATE VIEW v AS SELECT * FROM a"_s);
        QCOMPARE(m_db.tables(QSql::Tables), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(m_db.tables(QSql::Views), QStringList{u"v"_s});
        QVERIFY(m_db.tables(QSql::SystemTables).contains(u"sqlite_schema"_s));
        const QSqlIndex key = m_db.primaryIndex(u"a"_s);
        QCOMPARE(key.count(), 2);
        QCOMPARE(key.fieldName(0), u"k2"_s);
        QCOMPARE(key.fieldName(1), u"k1"_s);
        QVERIFY(m_db.primaryIndex(u"b"_s).isEmpty());
    }

    void escapeIdentifier_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"events"_s << int(QSqlDriver::TableName) << u"\"events\""_s;
        QTest::newRow("quote inside") << u"we\"ird"_s << int(QSqlDriver::FieldName) << u"\"we\"\"ird\""_s;
        QTest::newRow("schema.table")
            << u"main.events"_s << int(QSqlDriver::TableName) << u"\"main\".\"events\""_s;
        QTest::newRow("already escaped") << u"\"x y\""_s << int(QSqlDriver::FieldName) << u"\"x y\""_s;
    }

    void escapeIdentifier()
    {
        QFETCH(QString, identifier);
        QFETCH(int, type);
        QFETCH(QString, escaped);
        QCOMPARE(m_db.driver()->escapeIdentifier(identifier, QSqlDriver::IdentifierType(type)), escaped);
    }

    void formatValue_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("literal");
        QTest::newRow("null") << QVariant(QMetaType::fromType<int>()) << u"NULL"_s;
        QTest::newRow("int") << QVariant(5) << u"5"_s;
        QTest::newRow("string") << QVariant(u"it's"_s) << u"'it''s'"_s;
        QTest::newRow("blob") << QVariant(QByteArray("\x01\xab", 2)) << u"X'01ab'"_s;
        QTest::newRow("bool") << QVariant(true) << u"1"_s;
        QTest::newRow("datetime") << QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC))
                                  << u"'2026-01-02T03:04:05.000Z'"_s;
    }

    void formatValue()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, literal);
        QSqlField field(u"f"_s, value.metaType());
        field.setValue(value);
        const QString formatted = m_db.driver()->formatValue(field);
        QCOMPARE(formatted, literal);
        QSqlQuery query = exec(u"SELECT "_s + formatted); // the literal is valid SQL
        QVERIFY(query.next());
    }

    void constraintViolation()
    {
        exec(u"CREATE TABLE u(x TEXT UNIQUE NOT NULL)"_s);
        exec(u"INSERT INTO u VALUES('once')"_s);
        QSqlQuery query(m_db);
        QVERIFY(query.prepare(u"INSERT INTO u VALUES(?)"_s));
        query.addBindValue(u"once"_s);
        QVERIFY(!query.exec());
        const QSqlError error = query.lastError();
        QCOMPARE(error.type(), QSqlError::StatementError);
        QCOMPARE(error.nativeErrorCode(), u"2067"_s); // SQLITE_CONSTRAINT_UNIQUE
        QVERIFY2(error.text().contains(u"UNIQUE constraint failed: u.x"_s), qPrintable(error.text()));
        // The statement stays usable after the failure.
        query.addBindValue(u"twice"_s);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    void lockedIsReported()
    {
        fillNumbers(3);
        QSqlQuery reading(m_db);
        reading.setForwardOnly(true);
        QVERIFY(reading.exec(u"SELECT n FROM numbers"_s));
        QVERIFY(reading.next()); // the statement is still running over the table
        QSqlQuery drop(m_db);
        QVERIFY(!drop.exec(u"DROP TABLE numbers"_s));
        QCOMPARE(drop.lastError().type(), QSqlError::StatementError);
        QCOMPARE(drop.lastError().nativeErrorCode().toInt() & 0xff, 6); // SQLITE_LOCKED
        QVERIFY2(drop.lastError().text().contains(u"locked"_s), qPrintable(drop.lastError().text()));
        reading.finish(); // releases the table
        QVERIFY2(drop.exec(u"DROP TABLE numbers"_s), qPrintable(drop.lastError().text()));
    }

    void prepareErrors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("syntax") << u"SELEKT 1"_s << u"syntax error"_s;
        QTest::newRow("missing table") << u"SELECT * FROM nowhere"_s << u"no such table"_s;
        QTest::newRow("two statements") << u"SELECT 1; SELECT 2"_s << u"more than one statement"_s;
        QTest::newRow("empty") << u"-- nothing"_s << u"no SQL statement"_s;
    }

    void prepareErrors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, fragment);
        QSqlQuery query(m_db);
        QVERIFY(!query.exec(sql));
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);
        QVERIFY2(query.lastError().text().contains(fragment), qPrintable(query.lastError().text()));
    }

    void trailingSemicolonAndComment()
    {
        QSqlQuery query(m_db);
        QVERIFY2(query.exec(u"SELECT 1; -- done"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
    }

    void interleavedStatements()
    {
        fillNumbers(20);
        QSqlQuery evens(m_db);
        QSqlQuery odds(m_db);
        evens.setForwardOnly(true);
        QVERIFY(evens.exec(u"SELECT n FROM numbers WHERE n % 2 = 0 ORDER BY n"_s));
        QVERIFY(odds.exec(u"SELECT n FROM numbers WHERE n % 2 = 1 ORDER BY n"_s));
        exec(u"CREATE TABLE log(entry TEXT)"_s);
        QSqlQuery writer(m_db);
        QVERIFY(writer.prepare(u"INSERT INTO log(entry) VALUES(?)"_s));
        QList<int> seen;
        while (evens.next() && odds.next()) {
            seen << evens.value(0).toInt() << odds.value(0).toInt();
            writer.addBindValue(u"during"_s);
            QVERIFY2(writer.exec(), qPrintable(writer.lastError().text()));
        }
        QCOMPARE(seen.size(), 20);
        for (int n = 0; n < 20; ++n)
            QCOMPARE(seen.at(n), n);
        QSqlQuery logged = exec(u"SELECT count(*) FROM log"_s);
        QVERIFY(logged.next());
        QCOMPARE(logged.value(0).toInt(), 10);
    }

    void execBatch()
    {
        exec(u"CREATE TABLE batch(a INTEGER, b TEXT)"_s);
        QSqlQuery query(m_db);
        QVERIFY(query.prepare(u"INSERT INTO batch VALUES(?, ?)"_s));
        query.addBindValue(QVariantList{1, 2, 3});
        query.addBindValue(QVariantList{u"x"_s, u"y"_s, QVariant(QMetaType::fromType<QString>())});
        QVERIFY2(query.execBatch(), qPrintable(query.lastError().text()));
        QSqlQuery count = exec(u"SELECT count(*), count(b) FROM batch"_s);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 3);
        QCOMPARE(count.value(1).toInt(), 2);
    }

    void precisionPolicy()
    {
        QSqlQuery query(m_db);
        query.setNumericalPrecisionPolicy(QSql::HighPrecision);
        QVERIFY(query.exec(u"SELECT 0.1, 7"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(query.value(1).toLongLong(), 7);
        query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
        QVERIFY(query.exec(u"SELECT 7"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).metaType(), QMetaType::fromType<int>());
    }

    void closeWithOpenStatements()
    {
        fillNumbers(5);
        const QString path = m_db.databaseName();
        QSqlQuery pending(m_db);
        pending.setForwardOnly(true);
        QVERIFY(pending.exec(u"SELECT n FROM numbers"_s));
        QVERIFY(pending.next());
        m_db.close(); // finalises the pending statement instead of leaking the connection
        QVERIFY(!m_db.isOpen());
        QVERIFY(!pending.isActive());
        QVERIFY(m_db.open());
        QSqlQuery again(m_db);
        QVERIFY(again.exec(u"SELECT count(*) FROM numbers"_s));
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 5);
    }

    void queryModel()
    {
        fillNumbers(300);
        QSqlQueryModel model;
        model.setQuery(u"SELECT n, label FROM numbers ORDER BY n"_s, m_db);
        // Attached after setQuery(): QSqlQueryModel itself inserts rows inside its model reset, which
        // the tester reports with Qt's own QSQLITE driver too.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"label"_s);
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.data(model.index(299, 1)).toString(), u"row 299"_s);
        QCOMPARE(model.data(model.index(17, 0)).toInt(), 17);
        QCOMPARE(model.record(42).value(u"label"_s).toString(), u"row 42"_s);
    }
};

} // namespace tst_sqlcipher_driver

CUSTOS_GUILESS_TEST_MAIN(tst_sqlcipher_driver::tst_SqlCipherDriver)
#include "tst_sqlcipher_driver.moc"
