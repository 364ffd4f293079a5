#include "tests/support/CustosTest.h"

#include "AuditPackTestSupport.h"

#include "core/audit/AuditPackVerifier.h"

namespace tst_audit_pack_tools {

using namespace custos;
using namespace custos::audit;
using namespace custos::test::audit;
using namespace Qt::StringLiterals;

const QString kCheckpointLoop =
    u"for m in checkpoints/*.msg; do openssl pkeyutl -verify -pubin -inkey keys/checkpoint.pem -rawin -in "
    u"\"$m\" "
    "-sigfile \"${m%.msg}.sig\" >/dev/null || { echo \"FAILED $m\"; exit 1; }; done; echo all-checkpoints-ok"_s;

// A pack checked with the auditor's own tools (sha256sum, openssl, python3, unzip), as README.txt
// tells them, and with `audit verify`'s native checks; then tampered with in the ways an exporter
// or a courier could, each of which a tool must catch.
class TestAuditPackTools : public QObject
{
    Q_OBJECT

    PackFixture fixture;
    StandInRenderer renderer;

    ExportResult exportInto(const QString &outDir, PayloadMode mode, bool zip)
    {
        ExportRequest request = fixture.request(outDir);
        request.scope.payloads = mode;
        request.scope.reason = mode == PayloadMode::Raw ? u"case 42: regulator request"_s : QString();
        request.zip = zip;
        AuditExporter exporter = fixture.exporter(&renderer);
        auto result = exporter.exportPack(request);
        if (!result)
            qWarning() << result.error().error.toString();
        return result ? *result : ExportResult{};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(fixture.setUp()); }

    void freshPackPassesEveryTool_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("zip");
        QTest::newRow("digests, folder") << int(PayloadMode::Digests) << false;
        QTest::newRow("raw, folder") << int(PayloadMode::Raw) << false;
        QTest::newRow("digests, zip") << int(PayloadMode::Digests) << true;
    }

    void freshPackPassesEveryTool()
    {
        QFETCH(int, mode);
        QFETCH(bool, zip);
        QTemporaryDir out;
        const ExportResult result = exportInto(out.path(), PayloadMode(mode), zip);
        QVERIFY(!result.packPath.isEmpty());
        QString pack = result.packPath;
        QTemporaryDir unpacked;
        if (zip) {
            QVERIFY(result.packPath.endsWith(u".zip"_s));
            QCOMPARE(entriesOf(out.path()), QStringList{QFileInfo(result.packPath).fileName()});
            const ToolRun test = runTool(out.path(), u"unzip"_s, {u"-t"_s, result.packPath});
            QVERIFY2(test.exitCode == 0 && test.output.contains(u"No errors detected"_s),
                     qPrintable(test.output));
            const ToolRun extract = runTool(unpacked.path(), u"unzip"_s, {u"-q"_s, result.packPath});
            QVERIFY2(extract.exitCode == 0, qPrintable(extract.output));
            pack = unpacked.filePath(QFileInfo(result.packPath).completeBaseName());
        }
        QVERIFY(QFileInfo(pack).isDir());

        const ToolRun sums = runTool(pack, u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s});
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.output));
        QVERIFY(sums.output.contains(u"manifest.json: OK"_s));
        QVERIFY(sums.output.contains(u"report.pdf: OK"_s));
        QVERIFY(sums.output.contains(u"data/chain.csv: OK"_s));
        const ToolRun signature =
            runTool(pack, u"openssl"_s,
                    {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, u"keys/export.pem"_s, u"-rawin"_s,
                     u"-in"_s, u"SHA256SUMS"_s, u"-sigfile"_s, u"SHA256SUMS.sig"_s});
        QVERIFY2(signature.exitCode == 0 && signature.output.contains(u"Signature Verified Successfully"_s),
                 qPrintable(signature.output));
        const ToolRun checkpoints = runShell(pack, kCheckpointLoop);
        QVERIFY2(checkpoints.exitCode == 0 && checkpoints.output.contains(u"all-checkpoints-ok"_s),
                 qPrintable(checkpoints.output));
        const ToolRun chain = runTool(pack, u"python3"_s, {u"tools/verify_chain.py"_s});
        QVERIFY2(chain.exitCode == 0 && chain.output.contains(u"chain verified"_s), qPrintable(chain.output));
        QCOMPARE(chain.output.contains(u"raw payloads hash"_s), PayloadMode(mode) == PayloadMode::Raw);

        // The README's commands for the two fingerprints give what Custos reports.
        const ToolRun keyFingerprint = runShell(
            pack, u"openssl pkey -pubin -in keys/export.pem -outform DER | tail -c 32 | sha256sum"_s);
        QCOMPARE(keyFingerprint.output.section(u' ', 0, 0), result.exportKeyFingerprint);
        const ToolRun packFingerprint =
            runShell(pack, u"grep -v -e '  report.pdf$' -e '  manifest.json$' SHA256SUMS | sha256sum"_s);
        QCOMPARE(packFingerprint.output.section(u' ', 0, 0), result.packFingerprint);
        QVERIFY(renderer.last.scope.packFingerprint == result.packFingerprint); // fixed before the PDF
        const QByteArray readme = fileBytes(pack + u"/README.txt"_s);
        QVERIFY(readme.contains("MUST REACH YOU BY ANOTHER CHANNEL"));
        QVERIFY(readme.contains("data/chain.csv"));

        auto native = AuditPackVerifier::verify(result.packPath, {result.exportKeyFingerprint});
        QVERIFY2(native, native ? "" : qPrintable(native.error().toString()));
        for (const PackCheck &check : std::as_const(native->checks))
            QVERIFY2(check.ok, qPrintable(check.name + u": "_s + check.detail));
        QCOMPARE(native->packFingerprint, result.packFingerprint);
    }

    void tamperingIsCaught_data()
    {
        QTest::addColumn<QString>("tamper");      // a shell command run in the pack folder
        QTest::addColumn<QString>("tool");        // the README step that must fail
        QTest::addColumn<QString>("expected");    // what its output must name
        QTest::addColumn<QString>("nativeCheck"); // the `audit verify` check that must fail
        QTest::newRow("one byte of a CSV")
            << u"printf 'X' | dd of=data/interactions.csv bs=1 seek=40 conv=notrunc status=none"_s
            << u"sha256sum -c SHA256SUMS"_s << u"data/interactions.csv: FAILED"_s
            << u"files against SHA256SUMS"_s;
        QTest::newRow("SHA256SUMS regenerated after an edit")
            << u"printf 'X' | dd of=data/interactions.csv bs=1 seek=40 conv=notrunc status=none && "
               "find . -type f ! -name SHA256SUMS ! -name SHA256SUMS.sig | sed 's|^\\./||' | LC_ALL=C sort | "
               "xargs sha256sum > SHA256SUMS"_s
            << u"openssl pkeyutl -verify -pubin -inkey keys/export.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig"_s
            << u"Signature Verification Failure"_s << u"SHA256SUMS signature (keys/export.pem)"_s;
        QTest::newRow("a row of chain.csv deleted")
            << u"python3 -c \"import sys; p='data/chain.csv'; b=open(p,'rb').read().split(b'\\r\\n'); "
               "del b[4]; open(p,'wb').write(b'\\r\\n'.join(b))\""_s
            << u"python3 tools/verify_chain.py"_s << u"seq 4 missing"_s << u"hash chain (data/chain.csv)"_s;
        // Chain formula 2: the header of an in-scope row is rebuilt from its columns.
        QTest::newRow("an event's time moved back 30 days in chain.csv")
            << u"python3 -c \"import csv, io; p = 'data/chain.csv'; t = open(p, encoding='utf-8-sig', newline='').read(); r = list(csv.reader(io.StringIO(t))); i = r[0].index('time_ms'); r[3][i] = str(int(r[3][i]) - 2592000000); o = io.StringIO(); csv.writer(o, lineterminator='\\r\\n').writerows(r); open(p, 'w', encoding='utf-8-sig', newline='').write(o.getvalue())\""_s
            << u"python3 tools/verify_chain.py"_s << u": its time_ms, kind, actor"_s
            << u"hash chain (data/chain.csv)"_s;
        QTest::newRow("an event's actor changed in chain.csv")
            << u"python3 -c \"import csv, io; p = 'data/chain.csv'; t = open(p, encoding='utf-8-sig', newline='').read(); r = list(csv.reader(io.StringIO(t))); i = r[0].index('actor'); r[3][i] = 'mallory'; o = io.StringIO(); csv.writer(o, lineterminator='\\r\\n').writerows(r); open(p, 'w', encoding='utf-8-sig', newline='').write(o.getvalue())\""_s
            << u"python3 tools/verify_chain.py"_s << u": its time_ms, kind, actor"_s
            << u"hash chain (data/chain.csv)"_s;
    }

    void tamperingIsCaught()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, tool);
        QFETCH(QString, expected);
        QFETCH(QString, nativeCheck);
        QTemporaryDir out;
        const ExportResult result = exportInto(out.path(), PayloadMode::Digests, false);
        QVERIFY(!result.packPath.isEmpty());
        const ToolRun before = runShell(result.packPath, tool);
        QVERIFY2(before.exitCode == 0, qPrintable(before.output));
        const ToolRun edit = runShell(result.packPath, tamper);
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.output));
        const ToolRun after = runShell(result.packPath, tool);
        QVERIFY2(after.exitCode != 0, qPrintable(after.output));
        QVERIFY2(after.output.contains(expected), qPrintable(after.output));

        auto native = AuditPackVerifier::verify(result.packPath, {});
        QVERIFY(native);
        QVERIFY(!native->ok());
        bool named = false;
        for (const PackCheck &check : std::as_const(native->checks))
            if (check.name == nativeCheck) {
                named = true;
                QVERIFY2(!check.ok, qPrintable(check.detail));
            }
        QVERIFY(named);
    }

    void pinnedFingerprintMustMatch()
    {
        QTemporaryDir out;
        const ExportResult result = exportInto(out.path(), PayloadMode::Digests, false);
        auto native = AuditPackVerifier::verify(result.packPath, {QString(64, u'a')});
        QVERIFY(native);
        QVERIFY(!native->ok());
        QVERIFY(!native->checks.at(2).ok);
        QVERIFY(native->checks.at(2).detail.contains(result.exportKeyFingerprint));
    }
};

} // namespace tst_audit_pack_tools

CUSTOS_GUILESS_TEST_MAIN(tst_audit_pack_tools::TestAuditPackTools)
#include "tst_audit_pack_tools.moc"
