#include "tests/support/CustosTest.h"

#include "AuditPackTestSupport.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/evidence/EvidenceTestSupport.h"

#include "core/audit/AuditCollector.h"
#include "core/audit/AuditPackVerifier.h"

#include <QDirIterator>

namespace tst_audit_pack_collected {

using namespace custos;
using namespace custos::audit;
using namespace Qt::StringLiterals;
namespace at = custos::test::audit;
namespace seed = custos::audittest;

// The seeder's passwords (tests/audit/AuditTestSupport.cpp).
QString seededPassword(const QString &user)
{
    return user + u" password 1"_s;
}

// Packs written from the real AuditCollector over a store seeded through the real services
// (tests/audit's LedgerSeeder: published versions, the exception path, a blocked AWS key, a
// tombstoned payload, a legal hold), checked with the auditor's tools; then a store whose chain was
// broken behind the ledger's back, which still exports and says so.
class TestAuditPackCollected : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
    seed::SeededLedger seeded;
    at::StandInRenderer renderer;

    QString path() const { return dir.filePath(u"seeded.db"_s); }

    bool openStore()
    {
        store.reset();
        auto opened = EvidenceStore::open(path(), seed::storeKey(), seed::quietOptions());
        if (!opened)
            return false;
        store = std::move(*opened);
        users = std::make_shared<UserDirectory>(PasswordHasher({10, 8, 1}));
        return bool(users->rebuild(*store));
    }

    ExportOutcome exportPack(const QString &outDir, const QString &user, PayloadMode mode)
    {
        AuditExporter exporter(*store, users, &renderer, AuditCollector::forStore(*store));
        ExportRequest request;
        request.scope.from = seeded.from;
        request.scope.to = seeded.to;
        request.scope.payloads = mode;
        request.scope.reason = mode == PayloadMode::Raw ? u"incident 12 review"_s : QString();
        request.outDir = outDir;
        request.exporter =
            Credentials::withPassword(user, user == u"audrey" ? at::kPassword : seededPassword(user));
        return exporter.exportPack(request);
    }

    static QString toolFailures(const QString &pack)
    {
        QStringList failures;
        const at::ToolRun sums = at::runTool(pack, u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s});
        if (sums.exitCode != 0)
            failures << sums.output;
        const at::ToolRun signature =
            at::runShell(pack, u"openssl pkeyutl -verify -pubin -inkey keys/export.pem -rawin -in SHA256SUMS "
                               "-sigfile SHA256SUMS.sig"_s);
        if (signature.exitCode != 0)
            failures << signature.output;
        const at::ToolRun checkpoints =
            at::runShell(pack, u"for m in checkpoints/*.msg; do openssl pkeyutl -verify -pubin -inkey "
                               u"keys/checkpoint.pem -rawin "
                               "-in \"$m\" -sigfile \"${m%.msg}.sig\" >/dev/null || exit 1; done"_s);
        if (checkpoints.exitCode != 0)
            failures << u"checkpoint signatures: "_s + checkpoints.output;
        const at::ToolRun chain = at::runTool(pack, u"python3"_s, {u"tools/verify_chain.py"_s});
        if (chain.exitCode != 0)
            failures << chain.output;
        return failures.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            auto created = EvidenceStore::create(path(), seed::storeKey(), seed::quietOptions());
            QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
            seed::LedgerSeeder seeder(**created);
            QVERIFY2(seeder.seed(seeded), qPrintable(seeder.error()));
        }
        QVERIFY(openStore());
        UserService admin(*store, users);
        QVERIFY(admin.addUser(Credentials::withPassword(u"root"_s, seededPassword(u"root"_s)),
                              {u"audrey"_s, u"Audrey Auditor"_s, {Role::Auditor}, {}}, at::kPassword));
    }

    void collectedPacksPassEveryTool_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("mode");
        QTest::newRow("digests by an admin") << u"root"_s << int(PayloadMode::Digests);
        QTest::newRow("redacted by an auditor") << u"audrey"_s << int(PayloadMode::Redacted);
        QTest::newRow("raw by an auditor") << u"audrey"_s << int(PayloadMode::Raw);
    }

    void collectedPacksPassEveryTool()
    {
        QFETCH(QString, user);
        QFETCH(int, mode);
        QTemporaryDir out;
        auto result = exportPack(out.path(), user, PayloadMode(mode));
        QVERIFY2(result, result ? "" : qPrintable(result.error().error.toString()));
        QVERIFY(result->chainIntact);
        QCOMPARE(at::entriesOf(result->packPath + u"/data"_s).size(),
                 PayloadMode(mode) == PayloadMode::Raw ? 11 : 10);
        const QString failures = toolFailures(result->packPath);
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        auto native = AuditPackVerifier::verify(result->packPath, {result->exportKeyFingerprint});
        QVERIFY(native);
        for (const PackCheck &check : std::as_const(native->checks))
            QVERIFY2(check.ok, qPrintable(check.name + u": "_s + check.detail));

        // The blocked AWS key is in no file of a digests or redacted pack; a raw pack carries the
        // prompt as received, which is what raw is for.
        bool secretFound = false;
        QDirIterator it(result->packPath, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            secretFound |= at::fileBytes(it.next()).contains(seed::blockedAwsKey.toUtf8());
        QCOMPARE(secretFound, PayloadMode(mode) == PayloadMode::Raw);
        // The report the PDF draws counts what the files hold.
        QCOMPARE(renderer.last.csvRowCounts, result->rowCounts);
        QCOMPARE(renderer.last.scope.packFingerprint, result->packFingerprint);
        QCOMPARE(renderer.last.scope.exportedBy, user);
    }

    void brokenChainStillExportsAndSaysSo()
    {
        store.reset();
        const QString edit =
            u"UPDATE events SET payload = CAST(replace(CAST(payload AS TEXT), 'int-blocked', "
            "'int-allowed') AS BLOB) WHERE seq = %1"_s.arg(seeded.blockedSeq);
        registerSqlCipherDriver();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(kSqlCipherDriverName, u"tamper"_s);
            db.setDatabaseName(path());
            db.setConnectOptions(sqlCipherRawKeyOption(
                QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(edit), qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        QVERIFY(openStore());
        QTemporaryDir out;
        auto digests = exportPack(out.path(), u"root"_s, PayloadMode::Digests);
        QVERIFY2(digests, digests ? "" : qPrintable(digests.error().error.toString()));
        QVERIFY(!digests->chainIntact);
        QVERIFY(!renderer.last.verdict.constFirst().ok);
        auto native = AuditPackVerifier::verify(digests->packPath, {});
        QVERIFY(native && !native->chainIntact);
        // The raw pack carries the altered payload, and the auditor's script names its seq.
        auto raw = exportPack(out.path(), u"audrey"_s, PayloadMode::Raw);
        QVERIFY2(raw, raw ? "" : qPrintable(raw.error().error.toString()));
        const at::ToolRun chain = at::runTool(raw->packPath, u"python3"_s, {u"tools/verify_chain.py"_s});
        QCOMPARE(chain.exitCode, 1);
        QVERIFY2(chain.output.contains(u"payload of seq %1"_s.arg(seeded.blockedSeq)),
                 qPrintable(chain.output));
    }
};

} // namespace tst_audit_pack_collected

CUSTOS_GUILESS_TEST_MAIN(tst_audit_pack_collected::TestAuditPackCollected)
#include "tst_audit_pack_collected.moc"
