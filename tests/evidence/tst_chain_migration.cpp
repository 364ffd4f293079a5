#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include "core/evidence/CheckpointSigner.h"
#include "core/evidence/LedgerHash.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

// A store as the versions before chain formula 2 wrote it (format 1: formula-1 hashes, no facts
// column, checkpoints over formula-1 hashes) verifies read-only under formula 1, and migrates on
// its first read-write open: re-chained, checkpoints re-signed, one migration event naming the old
// head; a damaged one is refused and left as it was.
class TestChainMigration : public QObject
{
    Q_OBJECT

    static constexpr int kEvents = 12;

    // Rewrites a fresh store into format 1, as an older Custos left it; seq 3 dropped by retention.
    static bool makeFormula1Store(const QString &path)
    {
        {
            auto store = createStore(path);
            if (!store)
                return false;
            for (int i = 1; i <= kEvents; ++i) {
                if (!store->append(sampleEvent(i)))
                    return false;
            }
        }
        {
            // A store of that time kept no witness.
            auto store = openStore(path, true);
            if (!store || !QFile::remove(store->witnessPath()))
                return false;
        }
        registerSqlCipherDriver();
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(kSqlCipherDriverName, u"legacy"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(sqlCipherRawKeyOption(testKey()));
            ok = db.open();
            QSqlQuery query(db);
            ok =
                ok && query.exec(u"UPDATE events SET payload = CAST('{\"tombstone\":\"retention\"}' AS BLOB),"
                                 " tombstoned = 1 WHERE seq = 3"_s);
            ok = ok && query.exec(u"DELETE FROM event_text WHERE rowid = 3"_s);
            ok = ok && query.exec(u"SELECT value FROM meta WHERE key = 'private_key'"_s) && query.next();
            const QByteArray privateKey = query.value(0).toByteArray();
            QByteArray prev = ledger::genesisHash();
            QHash<qint64, QByteArray> hashAt;
            ok = ok && query.exec(u"SELECT seq, kind, payload_digest FROM events ORDER BY seq"_s);
            QList<std::tuple<qint64, QString, QByteArray>> rows;
            while (ok && query.next())
                rows.append(
                    {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toByteArray()});
            for (const auto &[seq, kind, digest] : rows) {
                const QByteArray hash = ledger::chainHashV1(prev, seq, kind, digest);
                QSqlQuery update(db);
                update.prepare(u"UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?"_s);
                update.addBindValue(prev);
                update.addBindValue(hash);
                update.addBindValue(seq);
                ok = ok && update.exec();
                hashAt.insert(seq, hash);
                prev = hash;
            }
            ok = ok && query.exec(u"SELECT seq, time_ms FROM checkpoints"_s);
            QList<Checkpoint> checkpoints;
            while (ok && query.next())
                checkpoints.append(
                    {query.value(0).toLongLong(),
                     hashAt.value(query.value(0).toLongLong()),
                     QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::UTC),
                     {}});
            for (Checkpoint &checkpoint : checkpoints) {
                ok = ok && CheckpointSigner::signCheckpoint(privateKey, checkpoint).has_value();
                QSqlQuery update(db);
                update.prepare(u"UPDATE checkpoints SET hash = ?, signature = ? WHERE seq = ?"_s);
                update.addBindValue(checkpoint.hash);
                update.addBindValue(checkpoint.signature);
                update.addBindValue(checkpoint.seq);
                ok = ok && update.exec();
            }
            ok = ok && query.exec(u"ALTER TABLE events DROP COLUMN facts"_s);
            ok = ok && query.exec(u"UPDATE meta SET value = 1 WHERE key = 'format_version'"_s);
            ok = ok && query.exec(u"DELETE FROM meta WHERE key = 'chain_formula'"_s);
            if (!ok)
                qWarning() << "making a formula-1 store:" << query.lastError().text()
                           << db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"legacy"_s);
        return ok;
    }

    static VerifyReport verifyWithoutWitness(const QString &path)
    {
        auto store = openStore(path, true);
        if (!store) {
            VerifyReport failed;
            failed.error = u"cannot open"_s;
            return failed;
        }
        VerifyOptions options;
        options.useWitness = false; // the witness holds the checkpoints of before the rewrite
        return store->verify(options);
    }

private Q_SLOTS:
    void formula1StoreVerifiesAndMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"legacy.db"_s);
        QVERIFY(makeFormula1Store(path));
        const VerifyReport before = verifyWithoutWitness(path);
        QVERIFY2(before.ok(), qPrintable(before.summary()));
        QCOMPARE(before.chainFormula, 1);
        ChainHead oldHead;
        {
            auto reader = openStore(path, true);
            QVERIFY(reader);
            oldHead = *reader->head();
        }
        {
            auto store = openStore(path); // read-write: migrates
            QVERIFY(store);
            QVERIFY(store->append(sampleEvent(kEvents + 1)));
        }
        const VerifyReport after = verifyWithoutWitness(path);
        QVERIFY2(after.ok(), qPrintable(after.summary()));
        QCOMPARE(after.chainFormula, 2);
        QCOMPARE(after.headSeq, kEvents + 2); // the migration event, then the new one
        auto store = openStore(path, true);
        QVERIFY(store);
        auto migration = store->event(kEvents + 1);
        QVERIFY(migration && *migration);
        const QJsonObject payload = (*migration)->payload;
        QCOMPARE(payload.value(u"action").toString(), u"chain_migration"_s);
        QCOMPARE(payload.value(u"oldHeadSeq").toInteger(), oldHead.seq);
        QCOMPARE(payload.value(u"oldHeadHash").toString(), QString::fromLatin1(oldHead.hash.toHex()));
        QCOMPARE(payload.value(u"tombstoned").toObject().value(u"retention").toArray(),
                 (QJsonArray{QJsonArray{3, 3}}));
        // The default verify (with the witness, re-signed checkpoints) holds too.
        const VerifyReport withWitness = store->verify();
        QVERIFY2(withWitness.ok(), qPrintable(withWitness.summary()));
    }

    void damagedFormula1StoreIsNotMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"legacy.db"_s);
        QVERIFY(makeFormula1Store(path));
        QVERIFY(editRaw(path, {u"UPDATE events SET kind = 'admin' WHERE seq = 6"_s}).isEmpty());
        const QByteArray bytes = readAll(path);
        auto store = EvidenceStore::open(path, testKeySource());
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(u"does not verify under chain formula 1"_s),
                 qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(u"seq 6"_s), qPrintable(store.error().message));
        QCOMPARE(readAll(path), bytes);
        const VerifyReport report = verifyWithoutWitness(path);
        QCOMPARE(report.chainFormula, 1);
        QCOMPARE(damageName(report.damage), u"modified"_s);
    }
};

CUSTOS_GUILESS_TEST_MAIN(TestChainMigration)
#include "tst_chain_migration.moc"
