#include "tests/support/CustosTest.h"

#include "AuditPackTestSupport.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/gateway/GatewayFixture.h"

#include "core/audit/CsvReader.h"
#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tst_custosctl_audit {

using namespace custos;
using namespace custos::audit;
using namespace Qt::StringLiterals;
namespace at = custos::test::audit;
namespace seed = custos::audittest;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `custosctl audit export` and `audit verify` through the real binary on a real store seeded through
// the real services, the PDF read back with poppler: the three questions answered in report.pdf,
// fonts embedded, its counts equal to the CSVs', no blocked secret anywhere, anomalies named, and
// every exit code the help documents.
class TestCustosctlAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    seed::SeededLedger seeded;

    QString storePath() const { return dir.filePath(u"audit-store.db"_s); }
    QString keyPath() const { return dir.filePath(u"store.key"_s); }

    Run custosctl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"CUSTOS_ACTOR_PASSWORD"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run exportPack(const QString &out, const QString &user, const QString &password,
                   const QStringList &extra = {}) const
    {
        return custosctl(QStringList{u"audit"_s, u"export"_s, u"--store"_s, storePath(), u"--key-file"_s,
                                     keyPath(), u"--from"_s, seeded.from.toString(Qt::ISODateWithMs),
                                     u"--to"_s, seeded.to.toString(Qt::ISODateWithMs), u"--out"_s, out,
                                     u"--as"_s, user, u"--password-stdin"_s} +
                             extra,
                         password.toUtf8() + '\n');
    }

    static QString field(const QString &output, const QString &label)
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QRegularExpression::escape(label) + u"\\s+(\\S+)"_s).match(output);
        return match.captured(1);
    }

    static qint64 csvRows(const QString &path)
    {
        auto reader = CsvReader::open(path);
        qint64 rows = 0;
        while (reader && reader->next().value_or(std::nullopt))
            ++rows;
        return reader ? rows : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            auto created = EvidenceStore::create(storePath(), seed::storeKey(), seed::quietOptions());
            QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
            seed::LedgerSeeder seeder(**created);
            QVERIFY2(seeder.seed(seeded), qPrintable(seeder.error()));
            auto users = std::make_shared<UserDirectory>(PasswordHasher({10, 8, 1}));
            QVERIFY(users->rebuild(**created));
            UserService admin(**created, users);
            QVERIFY(admin.addUser(Credentials::withPassword(u"root"_s, u"root password 1"_s),
                                  {u"audrey"_s, u"Audrey Auditor"_s, {Role::Auditor}, {}}, at::kPassword));
        }
        QFile key(keyPath());
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f").toHex());
    }

    void exportThenVerifyThroughTheBinary()
    {
        QTemporaryDir out;
        const Run exported = exportPack(out.path(), u"audrey"_s, at::kPassword);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err + exported.out));
        const QString pack = field(exported.out, u"pack"_s);
        const QString fingerprint = field(exported.out, u"pack fingerprint"_s);
        const QString keyFingerprint = field(exported.out, u"export key fingerprint"_s);
        QVERIFY(QFileInfo(pack).isDir());
        QCOMPARE(fingerprint.size(), 64);
        QCOMPARE(keyFingerprint.size(), 64);

        const Run verified =
            custosctl({u"audit"_s, u"verify"_s, pack, u"--export-key-fingerprint"_s, keyFingerprint});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QCOMPARE(verified.out.count(u"\nok      "_s) + verified.out.startsWith(u"ok      "_s), 8);
        QVERIFY(verified.out.contains(u"pack fingerprint "_s + fingerprint));

        // The PDF, read back with poppler.
        const QString pdf = pack + u"/report.pdf"_s;
        const at::ToolRun text = at::runTool(pack, u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        const QString pdfText = text.output;
        const qsizetype exception = pdfText.indexOf(seeded.usedException);
        QVERIFY2(exception >= 0, qPrintable(seeded.usedException));
        QVERIFY(pdfText.indexOf(u"carol"_s, exception) > exception);
        QVERIFY(pdfText.indexOf(u"alice"_s, exception) > exception);
        QVERIFY(pdfText.contains(fingerprint.left(16))); // the footer
        QVERIFY2(pdfText.contains(u"self-approval"_s), "the self-approval attempt is an anomaly");
        QVERIFY2(pdfText.contains(u"use after expiry"_s), "the late use is an anomaly");
        const at::ToolRun fonts = at::runTool(pack, u"pdffonts"_s, {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList fontLines = fonts.output.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(QRegularExpression(u"\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s)),
                     qPrintable(u"not embedded: "_s + line));
        // Every CSV's row count, as the PDF states it.
        QDirIterator csvs(pack + u"/data"_s, {u"*.csv"_s}, QDir::Files);
        int checked = 0;
        while (csvs.hasNext()) {
            const QString file = csvs.next();
            const qint64 rows = csvRows(file);
            const QRegularExpression stated(u"data/"_s + QRegularExpression::escape(csvs.fileName()) +
                                            u"\\s+([\\d,\\x{202f} ]+)\\n"_s);
            const QRegularExpressionMatch match = stated.match(pdfText);
            QVERIFY2(match.hasMatch(), qPrintable(csvs.fileName()));
            QString number = match.captured(1);
            number.remove(QRegularExpression(u"[^\\d]"_s));
            QCOMPARE(number.toLongLong(), rows);
            ++checked;
        }
        QCOMPARE(checked, 10);
        // The blocked AWS key: in no file of this default (digests) pack, nor in the PDF's text.
        QVERIFY(!pdfText.contains(seed::blockedAwsKey));
        QDirIterator files(pack, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!at::fileBytes(file).contains(seed::blockedAwsKey.toUtf8()), qPrintable(file));
        }
        // A one-byte edit: verify fails and says where.
        const at::ToolRun edit = at::runShell(
            pack, u"printf 'Z' | dd of=data/exceptions.csv bs=1 seek=30 conv=notrunc status=none"_s);
        QCOMPARE(edit.exitCode, 0);
        const Run tampered = custosctl({u"audit"_s, u"verify"_s, pack});
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.out.contains(u"FAILED  files against SHA256SUMS: data/exceptions.csv differs"_s),
                 qPrintable(tampered.out));
    }

    void zipPackVerifies()
    {
        QTemporaryDir out;
        const Run exported = exportPack(out.path(), u"root"_s, u"root password 1"_s, {u"--zip"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err + exported.out));
        const QString zip = field(exported.out, u"pack"_s);
        QVERIFY(zip.endsWith(u".zip"_s));
        QCOMPARE(at::entriesOf(out.path()), QStringList{QFileInfo(zip).fileName()});
        const at::ToolRun test = at::runTool(out.path(), u"unzip"_s, {u"-t"_s, zip});
        QVERIFY2(test.exitCode == 0, qPrintable(test.output));
        const Run verified = custosctl({u"audit"_s, u"verify"_s, zip, u"--json"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QCOMPARE(
            QJsonDocument::fromJson(verified.out.toUtf8()).object().value(u"pack_fingerprint").toString(),
            field(exported.out, u"pack fingerprint"_s));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password")
            << u"audrey"_s << u"guess"_s << QStringList{} << 4 << u"wrong user name or password"_s;
        QTest::newRow("developer") << u"carol"_s << u"carol password 1"_s << QStringList{} << 4
                                   << u"auditor or admin role needed"_s;
        QTest::newRow("raw without reason")
            << u"audrey"_s << at::kPassword << QStringList{u"--payloads"_s, u"raw"_s} << 2
            << u"need a reason"_s;
        QTest::newRow("unknown mode")
            << u"audrey"_s << at::kPassword << QStringList{u"--payloads"_s, u"all"_s} << 2
            << u"digests, redacted or raw"_s;
        QTest::newRow("unknown service")
            << u"audrey"_s << at::kPassword << QStringList{u"--service"_s, u"payroll"_s} << 2
            << u"unknown service 'payroll'"_s;
    }

    void exitCodes()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir out;
        const Run run = exportPack(out.path(), user, password, extra);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(at::entriesOf(out.path()), QStringList{});
    }

    void fromAfterToAndMissingDestination()
    {
        QTemporaryDir out;
        Run run = custosctl({u"audit"_s, u"export"_s, u"--store"_s, storePath(), u"--key-file"_s, keyPath(),
                             u"--from"_s, u"2026-11-02T00:00:00Z"_s, u"--to"_s, u"2026-11-01"_s, u"--out"_s,
                             out.path(), u"--as"_s, u"audrey"_s, u"--password-stdin"_s},
                            at::kPassword.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"is not before --to"_s), qPrintable(run.err));
        run = exportPack(out.filePath(u"nowhere"_s), u"audrey"_s, at::kPassword);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
        run = custosctl({u"audit"_s, u"verify"_s, out.filePath(u"nowhere"_s)});
        QCOMPARE(run.exitCode, 3);
    }

    // Real traffic through the gateway (tests/gateway's fixture, enforcing its policy), recorded into
    // the store: the blocked AWS key is nowhere in the pack or the PDF, the interactions are.
    void gatewayTrafficExportsWithoutItsSecret()
    {
        gatewaytest::StubUpstream stub;
        QVERIFY(stub.start({u"--key"_s, u"sk-provider-test"_s}));
        GatewayFixture gateway;
        QVERIFY2(gateway.start(stub), qPrintable(gateway.error()));
        const QString secret = u"AKIAZ7QX3MPL5RTW2NVB"_s;
        const auto chat = [](const QString &text) {
            return QJsonObject{
                {u"model"_s, u"gpt-test"_s},
                {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}}}};
        };
        QThread::msleep(5);
        const QDateTime from = QDateTime::currentDateTimeUtc();
        const gatewaytest::HttpReply blocked = gatewaytest::postJson(
            gateway.port(), "/v1/chat/completions", chat(u"deploy with aws key %1 now"_s.arg(secret)),
            GatewayFixture::callerKey);
        QCOMPARE(blocked.status, 403);
        const gatewaytest::HttpReply redacted =
            gatewaytest::postJson(gateway.port(), "/v1/chat/completions",
                                  chat(u"mail bob@example.com the summary"_s), GatewayFixture::callerKey);
        QCOMPARE(redacted.status, 200);
        const QByteArray blockedId = blocked.header("x-custos-interaction-id");
        QCOMPARE(gateway.eventFor(blockedId).decision, u"block"_s);
        {
            auto store = EvidenceStore::open(storePath(), seed::storeKey(), seed::quietOptions());
            QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
            for (EvidenceEvent event : gateway.evidence().events())
                QVERIFY((*store)->append(std::move(event)));
        }
        gateway.stop();
        const QDateTime to = QDateTime::currentDateTimeUtc();
        QThread::msleep(5);

        QTemporaryDir out;
        const Run run = custosctl({u"audit"_s, u"export"_s, u"--store"_s, storePath(), u"--key-file"_s,
                                   keyPath(), u"--from"_s, from.toString(Qt::ISODateWithMs), u"--to"_s,
                                   to.toString(Qt::ISODateWithMs), u"--out"_s, out.path(), u"--as"_s,
                                   u"audrey"_s, u"--password-stdin"_s},
                                  at::kPassword.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QString pack = field(run.out, u"pack"_s);
        const QByteArray interactions = at::fileBytes(pack + u"/data/interactions.csv"_s);
        QVERIFY2(interactions.contains(blockedId), interactions.constData());
        QVERIFY(interactions.contains("block-secrets"));
        QCOMPARE(csvRows(pack + u"/data/interactions.csv"_s), 2);
        const at::ToolRun text = at::runTool(pack, u"pdftotext"_s, {pack + u"/report.pdf"_s, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(!text.output.contains(secret));
        QDirIterator files(pack, QDir::Files, QDirIterator::Subdirectories);
        int searched = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!at::fileBytes(file).contains(secret.toUtf8()), qPrintable(file));
            ++searched;
        }
        QVERIFY(searched > 15);
        const Run verified = custosctl({u"audit"_s, u"verify"_s, pack});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));
    }

    void brokenChainExportsWithItsOwnCode()
    {
        const QString edit =
            u"UPDATE events SET payload = CAST(replace(CAST(payload AS TEXT), 'int-blocked', "
            "'int-allowed') AS BLOB) WHERE seq = %1"_s.arg(seeded.blockedSeq);
        registerSqlCipherDriver();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(kSqlCipherDriverName, u"tamper-cli"_s);
            db.setDatabaseName(storePath());
            db.setConnectOptions(sqlCipherRawKeyOption(
                QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(edit), qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper-cli"_s);
        QTemporaryDir out;
        const Run run = exportPack(out.path(), u"audrey"_s, at::kPassword);
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.out.contains(u"chain is broken"_s), qPrintable(run.out));
        const QString pack = field(run.out, u"pack"_s);
        QVERIFY(QFileInfo(pack + u"/SHA256SUMS"_s).exists());
        const Run verified = custosctl({u"audit"_s, u"verify"_s, pack});
        QVERIFY2(verified.out.contains(u"recorded a broken chain"_s), qPrintable(verified.out));
    }
};

} // namespace tst_custosctl_audit

CUSTOS_GUILESS_TEST_MAIN(tst_custosctl_audit::TestCustosctlAudit)
#include "tst_custosctl_audit.moc"
