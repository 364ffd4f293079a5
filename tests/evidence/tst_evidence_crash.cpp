#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <set>

namespace tst_evidence_crash {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

// A writer appending at full speed is killed with SIGKILL again and again. Every append that had
// returned must survive, the file must pass integrity_check and the chain must verify.
class TestEvidenceCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReturnedAppendSurvivesSigkill()
    {
        const QString writer = QStringLiteral(CUSTOS_BIN_DIR "/evidence_crash_writer");
        QVERIFY2(QFile::exists(writer), qPrintable(writer));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.db"_s);
        std::set<qint64> acknowledged;
        QRandomGenerator random(20261124);
        constexpr int kKills = 20;
        for (int round = 0; round < kKills; ++round) {
            QProcess process;
            process.start(writer, {path});
            QVERIFY(process.waitForStarted());
            QVERIFY2(process.waitForReadyRead(10000), qPrintable(process.readAllStandardError()));
            QTest::qWait(int(random.bounded(50, 400)));
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
            // The last piece may be a line cut short by the kill.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                bool ok = false;
                const qint64 seq = lines.at(i).toLongLong(&ok);
                if (ok)
                    acknowledged.insert(seq);
            }
        }
        QVERIFY2(acknowledged.size() > std::size_t(kKills), "the writer should have appended something");

        auto store = openStore(path, true);
        QVERIFY(store);
        auto integrity = store->integrityCheck();
        QVERIFY(integrity);
        QCOMPARE(*integrity, u"ok"_s);
        auto head = store->head();
        QVERIFY(head);
        QVERIFY(head->seq >= *acknowledged.rbegin());
        for (const qint64 seq : acknowledged) {
            auto event = store->event(seq);
            QVERIFY(event);
            QVERIFY2(event->has_value(), qPrintable(u"acknowledged seq %1 is missing"_s.arg(seq)));
        }
        const VerifyReport report = store->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        qInfo("%zu acknowledged appends over %d kills, head seq %lld", acknowledged.size(), kKills,
              static_cast<long long>(head->seq));
    }
};

} // namespace tst_evidence_crash

CUSTOS_GUILESS_TEST_MAIN(tst_evidence_crash::TestEvidenceCrash)
#include "tst_evidence_crash.moc"
