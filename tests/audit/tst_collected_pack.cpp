#include "tests/support/CustosTest.h"

#include "AuditTestSupport.h"

#include "core/audit/AuditExporter.h"
#include "core/audit/AuditPackVerifier.h"

#include <QDirIterator>
#include <QProcess>

namespace tst_collected_pack {

using namespace custos;
using namespace custos::audit;
using namespace custos::audittest;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The collector through the real exporter and pack writer: the pack verifies natively and with
// its own tools/verify_chain.py, holds the blocked key in no file, and two exports of one scope
// give byte-identical CSVs.
class TestCollectedPack : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    SeededLedger seeded;

    ExportOutcome exportPack(const QString &outDir)
    {
        auto users = std::make_shared<UserDirectory>();
        if (!users->rebuild(*store))
            return std::unexpected(
                ExportFailure{ExportFailure::Kind::Failed, Error{QStringLiteral("directory"), {}, 0, 0}});
        EvidenceStore &ledger = *store;
        AuditExporter exporter(ledger, users, nullptr, AuditCollector::forStore(ledger));
        ExportRequest request;
        request.scope.from = seeded.from;
        request.scope.to = seeded.to;
        request.outDir = outDir;
        request.exporter =
            Credentials::withPassword(QStringLiteral("root"), QStringLiteral("root password 1"));
        return exporter.exportPack(request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        auto created =
            EvidenceStore::create(dir.filePath(QStringLiteral("pack.db")), storeKey(), quietOptions());
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        LedgerSeeder seeder(*store);
        QVERIFY2(seeder.seed(seeded), qPrintable(seeder.error()));
    }

    void packVerifiesAndHoldsNoBlockedSecret()
    {
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("first")));
        const auto exported = exportPack(dir.filePath(QStringLiteral("first")));
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().error.toString()));
        QVERIFY(exported->chainIntact);
        QCOMPARE(exported->rowCounts.value(QStringLiteral("interactions.csv")),
                 qint64(seeded.interactionsInPeriod));

        const auto verified =
            AuditPackVerifier::verifyFolder(exported->packPath, {exported->exportKeyFingerprint});
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().toString()));
        for (const PackCheck &check : verified->checks)
            QVERIFY2(check.ok, qPrintable(check.name + QStringLiteral(": ") + check.detail));

        QProcess python;
        python.start(QStringLiteral("python3"),
                     {exported->packPath + QStringLiteral("/tools/verify_chain.py"), exported->packPath});
        QVERIFY(python.waitForFinished(60000));
        const QByteArray output = python.readAllStandardOutput() + python.readAllStandardError();
        QVERIFY2(python.exitCode() == 0, output.constData());

        QDirIterator files(exported->packPath, QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!fileBytes(path).contains(blockedAwsKey.toLatin1()), qPrintable(path));
            ++scanned;
        }
        QVERIFY(scanned >= 12);
        QVERIFY(
            fileBytes(exported->packPath + QStringLiteral("/data/exceptions.csv")).contains("'=HYPERLINK("));
    }

    void twoExportsGiveIdenticalCsvs()
    {
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b")));
        const auto a = exportPack(dir.filePath(QStringLiteral("a")));
        const auto b = exportPack(dir.filePath(QStringLiteral("b")));
        QVERIFY(a && b);
        const QStringList csvs =
            QDir(a->packPath + QStringLiteral("/data")).entryList({QStringLiteral("*.csv")});
        QCOMPARE(csvs.size(), 10);
        for (const QString &csv : csvs) {
            const QByteArray first = fileBytes(a->packPath + QStringLiteral("/data/") + csv);
            QVERIFY(!first.isEmpty());
            QVERIFY2(first == fileBytes(b->packPath + QStringLiteral("/data/") + csv), qPrintable(csv));
        }
    }
};

} // namespace tst_collected_pack

CUSTOS_GUILESS_TEST_MAIN(tst_collected_pack::TestCollectedPack)
#include "tst_collected_pack.moc"
