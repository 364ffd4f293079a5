#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include "core/evidence/WitnessLog.h"

#include <QTemporaryDir>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

// Tampering by someone holding the store's key, row by row through the sqlcipher shell: every field
// of an event, forged tombstones, the query tables and the text index, and deleted checkpoints and
// a lowered head against the witness. Each row names the damage verify must report and where.
class TestEvidenceTamper : public QObject
{
    Q_OBJECT

    static constexpr int kEvents = 20; // sampleEvent(i) at seq i; seqs 5, 10, 15, 20 are blocked

    QString storeWithEvents(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(u"ledger.db"_s);
        auto store = createStore(path);
        if (!store)
            return {};
        for (int i = 1; i <= kEvents; ++i) {
            if (!store->append(sampleEvent(i)))
                return {};
        }
        return path;
    }

    static VerifyReport verifyStore(const QString &path)
    {
        auto store = openStore(path, true);
        if (!store) {
            VerifyReport report;
            report.error = u"cannot open"_s;
            return report;
        }
        return store->verify();
    }

private Q_SLOTS:
    void tamperingIsNamed_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<qint64>("firstBadSeq");
        QTest::addColumn<QString>("detail"); // a part of the detail that names the cause

        const QString thirtyDays = QString::number(30LL * 24 * 3600 * 1000);
        QTest::newRow("time moved back 30 days")
            << QStringList{u"UPDATE events SET time_ms = time_ms - "_s + thirtyDays + u" WHERE seq = 7"_s,
                           u"UPDATE event_facts SET time_ms = time_ms - "_s + thirtyDays +
                               u" WHERE seq = 7"_s}
            << u"modified"_s << qint64(7) << u"time, kind, actor"_s;
        QTest::newRow("actor changed") << QStringList{u"UPDATE events SET actor = 'mallory' WHERE seq = 8"_s}
                                       << u"modified"_s << qint64(8) << u"actor"_s;
        QTest::newRow("policy hash changed")
            << QStringList{u"UPDATE events SET policy_hash = 'policy-9' WHERE seq = 9"_s} << u"modified"_s
            << qint64(9) << u"policy"_s;
        QTest::newRow("projection record edited to match relabelled tables")
            << QStringList{u"UPDATE events SET facts = CAST(replace(CAST(facts AS TEXT), 'block', 'allow') "
                           u"AS BLOB)"
                           " WHERE seq = 10"_s,
                           u"UPDATE event_facts SET decision = 'allow' WHERE seq = 10"_s}
            << u"modified"_s << qint64(10) << u"projection record"_s;
        QTest::newRow("forged tombstone over a blocked interaction")
            << QStringList{u"UPDATE events SET payload = CAST('{\"tombstone\":\"retention\"}' AS BLOB),"
                           " tombstoned = 1 WHERE seq = 5"_s,
                           u"DELETE FROM event_text WHERE rowid = 5"_s}
            << u"unaccounted tombstone"_s << qint64(5) << u"no retention event names it"_s;
        QTest::newRow("forged erasure tombstone")
            << QStringList{u"UPDATE events SET payload = CAST('{\"tombstone\":\"erasure\"}' AS BLOB),"
                           " tombstoned = 1 WHERE seq = 15"_s,
                           u"DELETE FROM event_text WHERE rowid = 15"_s}
            << u"unaccounted tombstone"_s << qint64(15) << u"no retention event names it"_s;
        QTest::newRow("tombstone flag over new content")
            << QStringList{u"UPDATE events SET payload = CAST('{\"prompt\":\"harmless\"}' AS BLOB),"
                           " tombstoned = 1 WHERE seq = 10"_s}
            << u"unaccounted tombstone"_s << qint64(10) << u"not a bare retention or erasure tombstone"_s;
        QTest::newRow("blocked interaction removed from the query tables")
            << QStringList{u"DELETE FROM event_facts WHERE seq = 5"_s,
                           u"DELETE FROM event_rules WHERE seq = 5"_s}
            << u"projection differs"_s << qint64(5) << u"missing from the query tables (decision 'block'"_s;
        QTest::newRow("blocked interaction relabelled allowed")
            << QStringList{u"UPDATE event_facts SET decision = 'allow', rules = NULL WHERE seq = 15"_s,
                           u"DELETE FROM event_rules WHERE seq = 15"_s}
            << u"projection differs"_s << qint64(15)
            << u"decision is 'allow' in the query tables, the chain says 'block'"_s;
        QTest::newRow("rule index row removed")
            << QStringList{u"DELETE FROM event_rules WHERE seq = 20"_s} << u"projection differs"_s
            << qint64(20) << u"the rule index holds [], the chain says [no-iban]"_s;
        QTest::newRow("service changed in the query tables")
            << QStringList{u"UPDATE event_facts SET service = 'support' WHERE seq = 3"_s}
            << u"projection differs"_s << qint64(3) << u"service is 'support'"_s;
        QTest::newRow("text index entry removed")
            << QStringList{u"DELETE FROM event_text WHERE rowid = 12"_s} << u"projection differs"_s
            << qint64(12) << u"full-text index has no entry"_s;
        QTest::newRow("query row for no event")
            << QStringList{u"INSERT INTO event_facts (seq, time_ms, kind, decision) VALUES (99, 0, "
                           u"'interaction',"
                           " 'allow')"_s}
            << u"projection differs"_s << qint64(99) << u"a seq the ledger does not hold"_s;
        QTest::newRow("all checkpoints deleted") << QStringList{u"DELETE FROM checkpoints"_s} << u"deleted"_s
                                                 << qint64(20) << u"checkpoints were deleted"_s;
        QTest::newRow("tail truncated, head lowered, checkpoints deleted")
            << QStringList{u"DELETE FROM events WHERE seq > 15"_s,
                           u"DELETE FROM event_facts WHERE seq > 15"_s,
                           u"DELETE FROM event_rules WHERE seq > 15"_s,
                           u"DELETE FROM event_classes WHERE seq > 15"_s,
                           u"DELETE FROM event_text WHERE rowid > 15"_s,
                           u"DELETE FROM checkpoints"_s,
                           u"UPDATE meta SET value = 15 WHERE key = 'head_seq'"_s}
            << u"rolled back"_s << qint64(16) << u"an external checkpoint vouches for seq 20"_s;
    }

    void tamperingIsNamed()
    {
        QFETCH(QStringList, edits);
        QFETCH(QString, damage);
        QFETCH(qint64, firstBadSeq);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir);
        QVERIFY(!path.isEmpty());
        const VerifyReport intact = verifyStore(path);
        QVERIFY2(intact.ok(), qPrintable(intact.summary()));
        QVERIFY2(intact.witnessWarning.isEmpty(), qPrintable(intact.witnessWarning));
        const QString edited = editWithShell(path, edits);
        if (edited == u"no shell")
            QSKIP("no sqlcipher shell in this environment");
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const VerifyReport report = verifyStore(path);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(!report.ok());
        QCOMPARE(damageName(report.damage), damage);
        QCOMPARE(report.firstBadSeq, firstBadSeq);
        QVERIFY2(report.detail.contains(detail), qPrintable(report.detail));
    }

    // Genuine retention passes; a genuine tombstone relabelled, or moved to a younger event, does not.
    void tombstonesMustBeCoveredForTheRightReasonAndTime_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("detail");
        QTest::newRow("as dropped") << QStringList{} << u"none"_s << QString();
        QTest::newRow("reason relabelled")
            << QStringList{u"UPDATE events SET payload = CAST('{\"tombstone\":\"erasure\"}' AS BLOB) WHERE seq = 2"_s}
            << u"unaccounted tombstone"_s << u"the tombstone says erasure"_s;
    }

    void tombstonesMustBeCoveredForTheRightReasonAndTime()
    {
        QFETCH(QStringList, edits);
        QFETCH(QString, damage);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir);
        QVERIFY(!path.isEmpty());
        {
            auto store = openStore(path);
            QVERIFY(store);
            RetentionRules rules;
            rules.defaultDays = 30;
            // Judged 31 days from now, every event so far is older than the 30 days kept.
            auto purged = store->purge(rules, QDateTime::currentDateTimeUtc().addDays(31), u"tester"_s);
            QVERIFY2(purged, purged ? "" : qPrintable(purged.error().toString()));
            QCOMPARE(purged->tombstoned, kEvents);
        }
        const QString edited = editWithShell(path, edits);
        if (edited == u"no shell")
            QSKIP("no sqlcipher shell in this environment");
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const VerifyReport report = verifyStore(path);
        QCOMPARE(damageName(report.damage), damage);
        QVERIFY2(report.detail.contains(detail), qPrintable(report.detail));
    }

    // After a kill -9 no checkpoint covers the last events; the next start vouches for them, so
    // dropping them afterwards is caught by the witness.
    void startupVouchesForAnUnvouchedTail()
    {
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir);
        QVERIFY(!path.isEmpty());
        QString storeId;
        {
            auto store = openStore(path, true);
            QVERIFY(store);
            storeId = *store->storeId();
        }
        // What a crash leaves: no checkpoint at the head, none in the witness.
        QVERIFY(editWithShell(path, {u"DELETE FROM checkpoints WHERE seq = 20"_s}).isEmpty());
        const QString witness = WitnessLog::defaultPathFor(storeId);
        QVERIFY(QFile::remove(witness));
        QVERIFY(openStore(path)); // the restart
        auto witnessed = WitnessLog::read(witness, storeId);
        QVERIFY(witnessed && *witnessed);
        QCOMPARE((*witnessed)->checkpoints.constLast().seq, 20);
        QVERIFY(
            editWithShell(path, {u"DELETE FROM events WHERE seq > 17"_s,
                                 u"DELETE FROM event_facts WHERE seq > 17"_s,
                                 u"DELETE FROM event_rules WHERE seq > 17"_s,
                                 u"DELETE FROM event_classes WHERE seq > 17"_s,
                                 u"DELETE FROM event_text WHERE rowid > 17"_s, u"DELETE FROM checkpoints"_s,
                                 u"UPDATE meta SET value = 17 WHERE key = 'head_seq'"_s})
                .isEmpty());
        const VerifyReport report = verifyStore(path);
        QCOMPARE(damageName(report.damage), u"rolled back"_s);
        QCOMPARE(report.firstBadSeq, 18);
    }

    void noWitnessIsSaidLoudly()
    {
        QTemporaryDir dir;
        const QString path = storeWithEvents(dir);
        QVERIFY(!path.isEmpty());
        auto store = openStore(path, true);
        QVERIFY(store);
        QVERIFY(QFile::remove(store->witnessPath()));
        const VerifyReport report = store->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QVERIFY(report.witnessWarning.contains(u"no witness for this store"_s));
        QVERIFY(report.summary().contains(u"WARNING: no witness"_s));
        QVERIFY(report.toJson().contains(u"witnessWarning"_s));
    }
};

CUSTOS_GUILESS_TEST_MAIN(TestEvidenceTamper)
#include "tst_evidence_tamper.moc"
