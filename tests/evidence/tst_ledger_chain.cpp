#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include "core/evidence/CheckpointSigner.h"
#include "core/evidence/EventFacts.h"
#include "core/evidence/LedgerHash.h"

#include <QTemporaryDir>

#include <future>

namespace tst_ledger_chain {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

class TestLedgerChain : public QObject
{
    Q_OBJECT

private:
    QString storeWithEvents(const QTemporaryDir &dir, int count)
    {
        const QString path = dir.filePath(u"ledger.db"_s);
        auto store = createStore(path);
        if (!store)
            return {};
        for (int i = 1; i <= count; ++i) {
            if (!store->append(sampleEvent(i)))
                return {};
        }
        return path;
    }

    VerifyReport verifyStore(const QString &path, const QString &external = {})
    {
        auto store = openStore(path, true);
        if (!store) {
            VerifyReport report;
            report.error = u"cannot open"_s;
            return report;
        }
        VerifyOptions options;
        options.externalCheckpoints = external;
        return store->verify(options);
    }

private Q_SLOTS:
    // Formula 2: every field of the header changes the hash, and the encoding is the documented one.
    void chainHashCoversEveryField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"prev", "seq", "time", "kind", "actor", "policy", "payload", "facts"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void chainHashCoversEveryField()
    {
        QFETCH(QString, field);
        const ledger::ChainHeader base{7,
                                       1764633600123,
                                       u"interaction"_s,
                                       u"gateway"_s,
                                       u"policy-1"_s,
                                       ledger::payloadDigest(QJsonObject{{u"a"_s, 1}}),
                                       ledger::sha256("{}")};
        ledger::ChainHeader changed = base;
        QByteArray prev = ledger::genesisHash();
        if (field == u"prev")
            prev[0] = 1;
        else if (field == u"seq")
            changed.seq = 8;
        else if (field == u"time")
            changed.timeMs -= 30LL * 24 * 3600 * 1000;
        else if (field == u"kind")
            changed.kind = u"admin"_s;
        else if (field == u"actor")
            changed.actor = u"mallory"_s;
        else if (field == u"policy")
            changed.policyHash = QString();
        else if (field == u"payload")
            changed.payloadDigest = ledger::payloadDigest(QJsonObject{{u"a"_s, 2}});
        else
            changed.factsDigest = ledger::sha256("{\"decision\":\"allow\"}");
        const QByteArray hash = ledger::chainHash(ledger::genesisHash(), base);
        QCOMPARE(hash.size(), 32);
        QVERIFY(hash != ledger::chainHash(prev, changed));
        // The documented layout, byte for byte (README, ARCHITECTURE.md, verify_chain.py).
        const QByteArray expected =
            QByteArray("custos-event-v2") + QByteArray::fromHex("0000000000000007") +
            QByteArray::fromHex("0000019adc5be07b") + QByteArray::fromHex("0000000b") + "interaction" +
            QByteArray::fromHex("00000007") + "gateway" + QByteArray::fromHex("00000008") + "policy-1" +
            base.payloadDigest + base.factsDigest;
        QCOMPARE(ledger::encodeHeader(base).toHex(), expected.toHex());
        QCOMPARE(hash, ledger::sha256(QByteArray(ledger::genesisHash() + ledger::sha256(expected))));
    }

    // Formula 1, kept for migrating older stores.
    void formula1HashCoversSeqKindAndDigest()
    {
        const QByteArray digest = ledger::payloadDigest(QJsonObject{{u"a"_s, 1}});
        const QByteArray base = ledger::chainHashV1(ledger::genesisHash(), 1, EventKind::Interaction, digest);
        QCOMPARE(base.size(), 32);
        QCOMPARE(ledger::genesisHash(), QByteArray(32, '\0'));
        QVERIFY(base != ledger::chainHashV1(ledger::genesisHash(), 2, EventKind::Interaction, digest));
        QVERIFY(base != ledger::chainHashV1(ledger::genesisHash(), 1, EventKind::Admin, digest));
        QCOMPARE(base, ledger::chainHashV1(ledger::genesisHash(), 1, u"interaction", digest));
    }

    void payloadDigestIsCanonical()
    {
        QJsonObject first;
        first.insert(u"b"_s, 2);
        first.insert(u"a"_s, u"x"_s);
        QJsonObject second;
        second.insert(u"a"_s, u"x"_s);
        second.insert(u"b"_s, 2);
        QCOMPARE(ledger::payloadDigest(first), ledger::payloadDigest(second));
        QCOMPARE(ledger::canonicalPayload(first), QByteArray(R"({"a":"x","b":2})"));
        QVERIFY(ledger::payloadDigest(first) != ledger::payloadDigest(QJsonObject{{u"a"_s, u"y"_s}}));
    }

    void checkpointSignatures()
    {
        auto keys = CheckpointSigner::generateKeyPair();
        QVERIFY(keys);
        Checkpoint checkpoint{42, QByteArray(32, 'h'), QDateTime::currentDateTimeUtc(), {}};
        QVERIFY(CheckpointSigner::signCheckpoint(keys->privateKey, checkpoint));
        QVERIFY(CheckpointSigner::verifyCheckpoint(keys->publicKey, checkpoint));
        Checkpoint forged = checkpoint;
        forged.seq = 43;
        QVERIFY(!CheckpointSigner::verifyCheckpoint(keys->publicKey, forged));
        auto other = CheckpointSigner::generateKeyPair();
        QVERIFY(!CheckpointSigner::verifyCheckpoint(other->publicKey, checkpoint));
    }

    void appendLinksAndVerifies()
    {
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir, 30);
        QVERIFY(!path.isEmpty());
        auto store = openStore(path, true);
        QVERIFY(store);
        auto previous = store->event(9);
        auto current = store->event(10);
        QVERIFY(previous && current && *previous && *current);
        QCOMPARE((*current)->seq, 10);
        QCOMPARE((*current)->prevHash, (*previous)->hash);
        QCOMPARE((*current)->payloadDigest, ledger::payloadDigest((*current)->payload));
        // The projection record is re-derivable from what the event's projections say.
        (*current)->facts = EventFacts::encode(**current);
        QCOMPARE((*current)->hash, ledger::chainHash((*previous)->hash, ledger::headerOf(**current)));
        const VerifyReport report = store->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.eventsChecked, 30);
        QCOMPARE(report.headSeq, 30);
        QVERIFY(report.checkpointsChecked >= 1); // the final checkpoint written on close
    }

    void damageIsNamed_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<int>("damage");
        QTest::addColumn<qint64>("firstBadSeq");

        const QString shiftUp = u"UPDATE events SET seq = seq + 1000 WHERE seq >= 5"_s;
        const QString shiftBack = u"UPDATE events SET seq = seq - 999 WHERE seq >= 1000"_s;
        QTest::newRow("modified payload")
            << QStringList{u"UPDATE events SET payload = CAST('{\"prompt\":\"forged\"}'"
                           " AS BLOB) WHERE seq = 5"_s}
            << int(Damage::Modified) << qint64(5);
        QTest::newRow("modified header") << QStringList{u"UPDATE events SET kind = 'admin' WHERE seq = 7"_s}
                                         << int(Damage::Modified) << qint64(7);
        QTest::newRow("deleted") << QStringList{u"DELETE FROM events WHERE seq = 5"_s} << int(Damage::Deleted)
                                 << qint64(5);
        QTest::newRow("deleted range") << QStringList{u"DELETE FROM events WHERE seq BETWEEN 8 AND 10"_s}
                                       << int(Damage::Deleted) << qint64(8);
        QTest::newRow("inserted")
            << QStringList{shiftUp, shiftBack,
                           u"INSERT INTO events SELECT 5, time_ms, kind, actor, policy_hash,"
                           " payload, payload_digest, randomblob(32), randomblob(32), 0, facts"
                           " FROM events WHERE seq = 4"_s}
            << int(Damage::Inserted) << qint64(5);
        QTest::newRow("reordered") << QStringList{u"UPDATE events SET seq = -5 WHERE seq = 5"_s,
                                                  u"UPDATE events SET seq = 5 WHERE seq = 6"_s,
                                                  u"UPDATE events SET seq = 6 WHERE seq = -5"_s}
                                   << int(Damage::Reordered) << qint64(5);
        QTest::newRow("truncated") << QStringList{u"DELETE FROM events WHERE seq > 15"_s}
                                   << int(Damage::Truncated) << qint64(16);
        QTest::newRow("bad signature") << QStringList{u"UPDATE checkpoints SET signature = zeroblob(64)"_s}
                                       << int(Damage::BadSignature) << qint64(20);
    }

    void damageIsNamed()
    {
        QFETCH(QStringList, edits);
        QFETCH(int, damage);
        QFETCH(qint64, firstBadSeq);
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir, 20);
        QVERIFY(!path.isEmpty());
        const QString exported = dir.filePath(u"checkpoints.json"_s);
        {
            auto store = openStore(path, true);
            QVERIFY(store);
            QVERIFY(store->verify().ok());
            QVERIFY(store->exportCheckpoints(exported));
        }
        const QString edited = editRaw(path, edits);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const VerifyReport report = verifyStore(path, exported);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(damageName(report.damage), damageName(Damage(damage)));
        QCOMPARE(report.firstBadSeq, firstBadSeq);
        QVERIFY(!report.ok());
    }

    // "Does the chain verify up to this event": damage before it is found, damage after it is not
    // judged, and a missing event at or before it counts.
    void verifiesUpToASeq_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<qint64>("upToSeq");
        QTest::addColumn<int>("damage");
        QTest::addColumn<qint64>("firstBadSeq");
        const QString forge =
            u"UPDATE events SET payload = CAST('{\"prompt\":\"forged\"}' AS BLOB) WHERE seq = %1"_s;
        QTest::newRow("intact") << QStringList{} << qint64(10) << int(Damage::None) << qint64(0);
        QTest::newRow("intact to the head") << QStringList{} << qint64(20) << int(Damage::None) << qint64(0);
        QTest::newRow("modified after")
            << QStringList{forge.arg(15)} << qint64(10) << int(Damage::None) << qint64(0);
        QTest::newRow("truncated after") << QStringList{u"DELETE FROM events WHERE seq > 15"_s} << qint64(10)
                                         << int(Damage::None) << qint64(0);
        QTest::newRow("modified before")
            << QStringList{forge.arg(5)} << qint64(10) << int(Damage::Modified) << qint64(5);
        QTest::newRow("modified at") << QStringList{forge.arg(10)} << qint64(10) << int(Damage::Modified)
                                     << qint64(10);
        QTest::newRow("the event itself missing")
            << QStringList{u"DELETE FROM events WHERE seq BETWEEN 10 AND 12"_s} << qint64(10)
            << int(Damage::Deleted) << qint64(10);
    }

    void verifiesUpToASeq()
    {
        QFETCH(QStringList, edits);
        QFETCH(qint64, upToSeq);
        QFETCH(int, damage);
        QFETCH(qint64, firstBadSeq);
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir, 20);
        QVERIFY(!path.isEmpty());
        if (!edits.isEmpty()) {
            const QString edited = editRaw(path, edits);
            QVERIFY2(edited.isEmpty(), qPrintable(edited));
        }
        auto store = openStore(path, true);
        QVERIFY(store);
        VerifyOptions options;
        options.upToSeq = upToSeq;
        const VerifyReport report = store->verify(options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(damageName(report.damage), damageName(Damage(damage)));
        QCOMPARE(report.firstBadSeq, firstBadSeq);
        if (damage == int(Damage::None)) {
            QVERIFY2(report.ok(), qPrintable(report.summary()));
            QCOMPARE(report.eventsChecked, upToSeq);
            QCOMPARE(report.headSeq, upToSeq);
        }
    }

    void rollbackToOlderCopyIsCaughtByExternalCheckpoints()
    {
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir, 10);
        QVERIFY(!path.isEmpty());
        const QString older = dir.filePath(u"older.db"_s);
        const QStringList suffixes{QString(), u"-wal"_s, u"-shm"_s};
        for (const QString &suffix : suffixes) {
            if (QFile::exists(path + suffix))
                QVERIFY(QFile::copy(path + suffix, older + suffix));
        }
        {
            auto store = openStore(path);
            QVERIFY(store);
            for (int i = 11; i <= 20; ++i)
                QVERIFY(store->append(sampleEvent(i)));
        }
        const QString exported = dir.filePath(u"checkpoints.json"_s);
        {
            auto store = openStore(path, true);
            QVERIFY(store && store->exportCheckpoints(exported));
        }
        for (const QString &suffix : suffixes) {
            QFile::remove(path + suffix);
            if (QFile::exists(older + suffix))
                QVERIFY(QFile::copy(older + suffix, path + suffix));
        }

        {
            auto store = openStore(path, true);
            QVERIFY(store);
            VerifyOptions withoutWitness;
            withoutWitness.useWitness = false;
            QVERIFY2(store->verify(withoutWitness).ok(), "an older copy is consistent on its own");
        }
        // The witness in the config folder catches it by default; an export kept elsewhere too.
        const VerifyReport byWitness = verifyStore(path);
        QCOMPARE(damageName(byWitness.damage), damageName(Damage::RolledBack));
        QCOMPARE(byWitness.firstBadSeq, 11);
        const VerifyReport report = verifyStore(path, exported);
        QCOMPARE(damageName(report.damage), damageName(Damage::RolledBack));
        QCOMPARE(report.firstBadSeq, 11);
    }

    void checkpointsFromAnotherStoreAreRejected()
    {
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir, 3);
        QTemporaryDir otherDir;
        const QString other = storeWithEvents(otherDir, 3);
        const QString exported = otherDir.filePath(u"checkpoints.json"_s);
        {
            auto store = openStore(other, true);
            QVERIFY(store && store->exportCheckpoints(exported));
        }
        const VerifyReport report = verifyStore(path, exported);
        QCOMPARE(damageName(report.damage), damageName(Damage::BadSignature));
    }

    void verifyCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.db"_s);
        auto store = createStore(path);
        QVERIFY(store);
        for (int batch = 0; batch < 40; ++batch) {
            std::vector<std::future<Result<qint64>>> waits;
            for (int i = 0; i < 1000; ++i) {
                auto promise = std::make_shared<std::promise<Result<qint64>>>();
                waits.push_back(promise->get_future());
                store->appendAsync(sampleEvent(i),
                                   [promise](Result<qint64> seq) { promise->set_value(seq); });
            }
            for (auto &wait : waits)
                QVERIFY(wait.get());
        }
        std::atomic_bool cancel{true};
        VerifyOptions options;
        options.cancel = &cancel;
        const VerifyReport report = store->verify(options);
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
    }
};

} // namespace tst_ledger_chain

CUSTOS_GUILESS_TEST_MAIN(tst_ledger_chain::TestLedgerChain)
#include "tst_ledger_chain.moc"
