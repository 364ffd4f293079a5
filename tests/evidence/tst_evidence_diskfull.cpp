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

private Q_SLOTS:
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
