#include "tests/support/CustosTest.h"

#include "AuditPackTestSupport.h"

#include "core/audit/AuditPackWriter.h"

#include <QDirIterator>
#include <QRegularExpression>

#include <sys/mount.h>

namespace tst_audit_pack_writer {

using namespace custos;
using namespace custos::audit;
using namespace custos::test::audit;
using namespace Qt::StringLiterals;

// The pack's files as bytes: RFC 4180 with BOM and CRLF, formula injection neutralised in text
// columns only, the same bytes for the same scope, and nothing left behind by a cancel or a failure.
class TestAuditPackWriter : public QObject
{
    Q_OBJECT

    PackFixture fixture;
    StandInRenderer renderer;

    ExportOutcome exportInto(const QString &outDir, HandCollector collector = {},
                             const AuditProgress &progress = {})
    {
        AuditExporter exporter = fixture.exporter(&renderer, collector);
        return exporter.exportPack(fixture.request(outDir), progress);
    }

    static QList<QByteArray> lines(const QByteArray &csv) { return csv.split('\n'); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(fixture.setUp()); }

    void csvFollowsRfc4180WithBomAndCrlf()
    {
        QTemporaryDir out;
        auto result = exportInto(out.path());
        QVERIFY2(result, result ? "" : qPrintable(result.error().error.toString()));
        const QByteArray csv = fileBytes(result->packPath + u"/data/interactions.csv"_s);
        QVERIFY(
            csv.startsWith("\xEF\xBB\xBFseq,time_utc,service,user,decision,justification,score,note\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        // Every line feed ends a record with CR LF, except the one inside the quoted note cell.
        QCOMPARE(csv.count('\n'), csv.count("\r\n") + 1);
        QVERIFY2(csv.contains(",\"-5 and a\nline break\"") == false,
                 "a text cell starting with - is neutralised");
        QVERIFY(csv.contains(",\"'-5 and a\nline break\"\r\n"));
        // Quotes only where needed: plain cells bare.
        QVERIFY(QRegularExpression(u",chatbot,user-1,allow,ok,-\\d+,plain\r\n"_s)
                    .match(QString::fromUtf8(csv))
                    .hasMatch());
        QVERIFY(!csv.contains("\"chatbot\""));
    }

    void formulaInjectionIsNeutralisedButNumbersStay()
    {
        QTemporaryDir out;
        auto result = exportInto(out.path());
        QVERIFY(result);
        const QByteArray csv = fileBytes(result->packPath + u"/data/interactions.csv"_s);
        // The justification =HYPERLINK("x") and the user @SUM(1), with quotes doubled where the cell holds
        // one.
        QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), csv.constData());
        QVERIFY(csv.contains(",'@SUM(1),"));
        QVERIFY(!csv.contains(",=HYPERLINK") && !csv.contains(",@SUM") && !csv.contains(",\"=HYPERLINK"));
        // The numeric score column keeps its negative numbers as numbers.
        const QString text = QString::fromUtf8(csv);
        QCOMPARE(text.count(QRegularExpression(u",-\\d+,"_s)), 12);
        QVERIFY(!text.contains(QRegularExpression(u",'-\\d+,"_s)));
    }

    void numericColumnRefusesText()
    {
        QTemporaryDir out;
        auto writer = AuditPackWriter::create(out.filePath(u"pack"_s), PayloadMode::Digests);
        QVERIFY(writer);
        QVERIFY((*writer)->beginTable({u"t.csv"_s, {}, {number(u"n"_s, {}), text(u"s"_s, {})}}));
        QVERIFY((*writer)->row({u"-12.5"_s, u"x"_s}));
        auto bad = (*writer)->row({u"=1+1"_s, u"x"_s});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"t.csv row 2, column 1"_s), qPrintable(bad.error().message));
        auto short_ = (*writer)->row({u"1"_s});
        QVERIFY(!short_ && short_.error().message.contains(u"1 cells for 2 columns"_s));
        // A digests pack refuses raw payloads even if a collector offered one.
        auto raw = (*writer)->rawPayload({1, "{}", ledger::sha256("{}")});
        QVERIFY(!raw && raw.error().message.contains(u"refusing"_s));
    }

    void sameScopeGivesIdenticalBytes()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        auto a = exportInto(first.path());
        auto b = exportInto(second.path());
        QVERIFY(a && b);
        QVERIFY(a->packId != b->packId);
        QDirIterator it(a->packPath + u"/data"_s, QDir::Files);
        int compared = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            QCOMPARE(fileBytes(file), fileBytes(b->packPath + u"/data/"_s + it.fileName()));
            ++compared;
        }
        QCOMPARE(compared, 3);
        // The evidence files are all identical, so the fingerprint is too (the manifest is not).
        QCOMPARE(a->packFingerprint, b->packFingerprint);
        QVERIFY(fileBytes(a->packPath + u"/manifest.json"_s) != fileBytes(b->packPath + u"/manifest.json"_s));
    }

    void failuresLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("kind");
        QTest::newRow("cancel mid-way") << u"cancel"_s << int(ExportFailure::Kind::Cancelled);
        QTest::newRow("malformed row mid-way") << u"row"_s << int(ExportFailure::Kind::Failed);
        QTest::newRow("renderer fails") << u"renderer"_s << int(ExportFailure::Kind::Failed);
    }

    void failuresLeaveNothingBehind()
    {
        QFETCH(QString, how);
        QFETCH(int, kind);
        QTemporaryDir out;
        std::atomic_bool cancel{false};
        HandCollector collector;
        collector.cancelFlag = &cancel;
        collector.cancelMidway = how == u"cancel";
        collector.failAfterRows = how == u"row" ? 5 : -1;
        renderer.failHalfWay = how == u"renderer";
        const auto restore = qScopeGuard([this] { renderer.failHalfWay = false; });
        const qsizetype exportsBefore = fixture.eventsOfKind(EventKind::AuditExport).size();
        AuditProgress progress;
        progress.cancel = &cancel;
        auto result = exportInto(out.path(), collector, progress);
        QVERIFY(!result);
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(entriesOf(out.path()), QStringList{});
        QCOMPARE(fixture.eventsOfKind(EventKind::AuditExport).size(), exportsBefore);
    }

    void fullDiskFailsCleanly()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=256k") != 0)
            QSKIP("mounting a small tmpfs is not allowed here (needs root in a private mount namespace)");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        HandCollector collector;
        collector.bulkText = QString(40 * 1024, u'x'); // 12 rows of 40 KiB: more than the disk holds
        auto result = exportInto(mountPoint, collector);
        QVERIFY(!result);
        QCOMPARE(int(result.error().kind), int(ExportFailure::Kind::Failed));
        QVERIFY2(result.error().error.toString().contains(u"data/interactions.csv"_s),
                 qPrintable(result.error().error.toString()));
        QCOMPARE(entriesOf(mountPoint), QStringList{});
    }
};

} // namespace tst_audit_pack_writer

CUSTOS_GUILESS_TEST_MAIN(tst_audit_pack_writer::TestAuditPackWriter)
#include "tst_audit_pack_writer.moc"
