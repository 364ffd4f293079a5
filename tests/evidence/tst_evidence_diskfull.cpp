#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include <QTemporaryDir>

#include <sys/mount.h>

namespace tst_evidence_diskfull {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

// A full disk fails the append clearly, loses nothing committed, and the writer works again once
// space returns.
class TestEvidenceDiskFull : public QObject
{
    Q_OBJECT

private:
    // Writes ballast until the file system refuses.
    static void fill(const QString &ballast)
    {
        QFile filler(ballast);
        if (!filler.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(64 * 1024, 'b');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        const QByteArray small(512, 'b');
        while (filler.write(small) == small.size() && filler.flush()) {
        }
    }

private Q_SLOTS:
    // On a full disk, `evidence init` leaves nothing behind and says why, and reopening a store for
    // writing (a restart of serve) names the disk rather than "disk I/O error".
    void fullDiskOpenErrorsNameTheDisk_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("init") << false;
        QTest::newRow("restart") << true;
    }

    void fullDiskOpenErrorsNameTheDisk()
    {
        QFETCH(bool, existing);
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("mounting a small tmpfs is not allowed here (needs root in a private mount namespace)");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        const QString path = mountPoint + u"/store.db"_s;
        if (existing) {
            auto store = createStore(path);
            QVERIFY(store);
            for (int i = 1; i <= 20; ++i)
                QVERIFY(store->append(sampleEvent(i)));
        }
        const QByteArray before = readAll(path);
        fill(mountPoint + u"/ballast"_s);
        auto opened = existing ? EvidenceStore::open(path, testKeySource())
                               : EvidenceStore::create(path, testKeySource());
        if (opened && existing)
            QSKIP("SQLite opened the store without writing on this file system; nothing to name");
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"the disk is full"_s),
                 qPrintable(opened.error().toString()));
        if (existing) {
            QCOMPARE(readAll(path), before);
        } else {
            QVERIFY2(!QFile::exists(path), "a failed init left a store file behind");
            QVERIFY(!QFile::exists(path + u"-wal"_s));
            QVERIFY(QFile::remove(mountPoint + u"/ballast"_s));
            QVERIFY(createStore(path)); // the next init is not refused by a leftover
        }
    }

    void fullDiskFailsCleanlyAndRecovers()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1536k") != 0)
            QSKIP("mounting a small tmpfs is not allowed here (needs root in a private mount namespace)");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        const QString path = mountPoint + u"/store.db"_s;
        const QString ballast = mountPoint + u"/ballast"_s;
        {
            QFile filler(ballast);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            filler.write(QByteArray(256 * 1024, 'b'));
        }
        auto store = createStore(path);
        QVERIFY(store);
        QList<qint64> durable;
        Error failure;
        const QString bulk = QString(4000, u'x');
        for (int i = 0; i < 10000; ++i) {
            EvidenceEvent event = sampleEvent(i);
            event.payload.insert(u"response"_s, QString(bulk + QString::number(i)));
            auto seq = store->append(event);
            if (!seq) {
                failure = seq.error();
                break;
            }
            durable.append(*seq);
        }
        QVERIFY2(!failure.message.isEmpty(), "the disk never filled up");
        QVERIFY2(failure.message.contains(u"disk is full"_s), qPrintable(failure.toString()));
        QVERIFY(durable.size() > 10);

        // Everything that was acknowledged is there and the chain verifies.
        for (const qint64 seq : std::as_const(durable)) {
            auto event = store->event(seq);
            QVERIFY(event && event->has_value());
        }
        VerifyReport report = store->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));

        // Space returns: the same writer goes on.
        QVERIFY(QFile::remove(ballast));
        auto after = store->append(sampleEvent(1));
        QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
        QCOMPARE(*after, durable.constLast() + 1);
        store.reset();
        auto reopened = openStore(path, true);
        QVERIFY(reopened);
        report = reopened->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.headSeq, *after);
    }
};

} // namespace tst_evidence_diskfull

CUSTOS_GUILESS_TEST_MAIN(tst_evidence_diskfull::TestEvidenceDiskFull)
#include "tst_evidence_diskfull.moc"
