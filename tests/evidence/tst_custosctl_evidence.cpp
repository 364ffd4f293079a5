#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace tst_custosctl_evidence {

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// Runs the real custosctl binary against real stores.
class TestCustosctlEvidence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run custosctl(const QStringList &arguments, const QString &passphrase = {})
    {
        return custosctlVerb(QStringList{u"evidence"_s} + arguments, passphrase);
    }

    Run custosctlVerb(const QStringList &arguments, const QString &passphrase)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"CUSTOS_PASSPHRASE"_s);
        if (!passphrase.isEmpty())
            environment.insert(u"CUSTOS_PASSPHRASE"_s, passphrase);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    // `routes add` refuses what RouteValidation refuses, naming the field, and stores nothing.
    void routesAddChecksTheRoute_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("name with a space")
            << u"my route"_s << u"openai"_s << u"https://api.openai.com/v1"_s << u"route name 'my route'"_s;
        QTest::newRow("unknown kind")
            << u"upstream"_s << u"gemini"_s << u"https://api.openai.com/v1"_s << u"route kind 'gemini'"_s;
        QTest::newRow("plain http to a remote host")
            << u"upstream"_s << u"openai"_s << u"http://api.openai.com/v1"_s << u"must use https"_s;
        QTest::newRow("password in the URL")
            << u"upstream"_s << u"openai"_s << u"https://me:pw-7f3a9c@api.openai.com/v1"_s
            << u"must not hold a user name or password"_s;
        QTest::newRow("query") << u"upstream"_s << u"openai"_s << u"https://api.openai.com/v1?x=1"_s
                               << u"must not have a query or fragment"_s;
    }

    void routesAddChecksTheRoute()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, url);
        QFETCH(QString, refusal);
        const QString store = m_dir.filePath(u"routes.db"_s);
        if (!QFile::exists(store))
            QVERIFY(custosctl({u"init"_s, u"--store"_s, store}, u"routes pass"_s).exitCode == 0);
        Run run = custosctlVerb(
            {u"routes"_s, u"add"_s, name, u"--kind"_s, kind, u"--base-url"_s, url, u"--store"_s, store},
            u"routes pass"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(refusal), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"pw-7f3a9c"_s));
        run = custosctlVerb({u"routes"_s, u"list"_s, u"--json"_s, u"--store"_s, store}, u"routes pass"_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
    }

    void routesAddStoresTheNormalisedUrl()
    {
        const QString store = m_dir.filePath(u"routes-ok.db"_s);
        QVERIFY(custosctl({u"init"_s, u"--store"_s, store}, u"routes pass"_s).exitCode == 0);
        Run run = custosctlVerb({u"routes"_s, u"add"_s, u"anthropic"_s, u"--kind"_s, u"anthropic"_s,
                                 u"--base-url"_s, u"https://api.anthropic.com/"_s, u"--store"_s, store},
                                u"routes pass"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = custosctlVerb({u"routes"_s, u"list"_s, u"--json"_s, u"--store"_s, store}, u"routes pass"_s);
        const QJsonArray routes = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(routes.size(), 1);
        QCOMPARE(routes.at(0)[u"base_url"].toString(), u"https://api.anthropic.com"_s);
    }

    void passphraseWorkflow()
    {
        const QString store = m_dir.filePath(u"pass.db"_s);
        Run run = custosctl({u"init"_s, u"--store"_s, store}, u"s3cret pass"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(u"s3cret"_s));

        run = custosctl({u"verify"_s, u"--store"_s, store}, u"wrong pass"_s);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"wrong passphrase, or not a Custos store"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"wrong pass\n"_s));

        run = custosctl({u"hold"_s, u"place"_s, u"--store"_s, store, u"--user"_s, u"alice"_s, u"--reason"_s,
                         u"case 12"_s, u"--actor"_s, u"legal"_s},
                        u"s3cret pass"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = custosctl({u"hold"_s, u"list"_s, u"--store"_s, store, u"--json"_s}, u"s3cret pass"_s);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray holds = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(holds.size(), 1);
        QCOMPARE(holds.first()[u"value"_s].toString(), u"alice"_s);

        run = custosctl({u"purge"_s, u"--store"_s, store, u"--default-days"_s, u"30"_s, u"--json"_s},
                        u"s3cret pass"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"tombstoned"_s].toInt(), 0);

        run = custosctl({u"query"_s, u"--store"_s, store, u"--json"_s, u"--kind"_s, u"admin"_s},
                        u"s3cret pass"_s);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(run.out.toUtf8()).object()[u"events"_s].toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[u"actor"_s].toString(), u"legal"_s);

        run = custosctl({u"tail"_s, u"--store"_s, store, u"-n"_s, u"5"_s}, u"s3cret pass"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"retention"_s));

        // rekey: the new passphrase comes from CUSTOS_NEW_PASSPHRASE.
        qputenv("CUSTOS_NEW_PASSPHRASE", "n3w pass");
        run = custosctl({u"rekey"_s, u"--store"_s, store}, u"s3cret pass"_s);
        qunsetenv("CUSTOS_NEW_PASSPHRASE");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(u"n3w"_s));
        QCOMPARE(custosctl({u"verify"_s, u"--store"_s, store}, u"s3cret pass"_s).exitCode, 3);
        run = custosctl({u"verify"_s, u"--store"_s, store, u"--json"_s}, u"n3w pass"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"ok"_s].toBool());
    }

    void keyFileWorkflow()
    {
        const QString store = m_dir.filePath(u"keyed.db"_s);
        const QString key = m_dir.filePath(u"keyed.key"_s);
        Run run = custosctl({u"init"_s, u"--store"_s, store, u"--key-file"_s, key});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(key));
        QCOMPARE(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());

        run = custosctl({u"verify"_s, u"--store"_s, store, u"--key-file"_s, key});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(u"ok"_s));

        const QString exported = m_dir.filePath(u"cp.json"_s);
        run = custosctl(
            {u"export-checkpoints"_s, u"--store"_s, store, u"--key-file"_s, key, u"--out"_s, exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run =
            custosctl({u"verify"_s, u"--store"_s, store, u"--key-file"_s, key, u"--checkpoints"_s, exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = custosctl({u"checkpoints"_s, u"--store"_s, store, u"--key-file"_s, key});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"public key"_s));

        QCOMPARE(custosctl({u"query"_s, u"--store"_s, store}).exitCode, 3); // no key source, no terminal
    }

    // `evidence witness` prints the newest checkpoint as a line that `verify --witness` accepts;
    // verify says loudly when there is no witness, and not with --no-witness.
    void witnessIsPrintedAndChecked()
    {
        const QString store = m_dir.filePath(u"witnessed.db"_s);
        const QString keyFile = m_dir.filePath(u"witnessed.key"_s);
        {
            auto key = custos::KeySource::createKeyFile(keyFile);
            QVERIFY(key);
            auto created = custos::EvidenceStore::create(store, *key);
            QVERIFY(created);
            for (int i = 1; i <= 5; ++i)
                QVERIFY((*created)->append(custos::test::sampleEvent(i)));
        }
        const QStringList keyed{u"--store"_s, store, u"--key-file"_s, keyFile};
        Run run = custosctl(QStringList{u"witness"_s} + keyed);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject line = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(line.value(u"seq").toInteger(), 5);
        QVERIFY(!line.value(u"signature").toString().isEmpty());
        QVERIFY2(run.err.startsWith(u"witness: "_s), qPrintable(run.err));
        const QString witnessFile = run.err.mid(9).trimmed();
        QVERIFY(QFile::exists(witnessFile));

        QVERIFY(QFile::remove(witnessFile));
        run = custosctl(QStringList{u"verify"_s} + keyed);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"WARNING: no witness for this store"_s), qPrintable(run.err));
        run = custosctl(QStringList{u"verify"_s, u"--no-witness"_s} + keyed);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(u"WARNING"_s), qPrintable(run.err));

        const QString kept = m_dir.filePath(u"kept-elsewhere.jsonl"_s);
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        run = custosctl(QStringList{u"verify"_s, u"--witness"_s, kept} + keyed);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"1 witness checkpoints verified"_s), qPrintable(run.out));
    }

    void usageErrors()
    {
        QCOMPARE(custosctl({}).exitCode, 2);
        QCOMPARE(custosctl({u"frobnicate"_s}).exitCode, 2);
        Run run = custosctl({u"verify"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--store"_s));
        run = custosctl({u"verify"_s, u"--store"_s, m_dir.filePath(u"missing.db"_s)}, u"x"_s);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"no evidence store"_s), qPrintable(run.err));
        run = custosctl(
            {u"query"_s, u"--store"_s, m_dir.filePath(u"missing.db"_s), u"--from"_s, u"yesterday"_s}, u"x"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"ISO 8601"_s));
    }
};

} // namespace tst_custosctl_evidence

CUSTOS_GUILESS_TEST_MAIN(tst_custosctl_evidence::TestCustosctlEvidence)
#include "tst_custosctl_evidence.moc"
