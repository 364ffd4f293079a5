// Runs the real custosctl binary: policy check/hash/diff and scan, with their exit codes.
#include "tests/support/CustosTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace tst_custosctl_policy {

namespace {

const QString awsKey = QStringLiteral("AKIAQ3EGRPNW5KFZJ7TX");
const QString email = QStringLiteral("jane.doe@acme-corp.com");

QString data(const QString &name)
{
    return QStringLiteral(CUSTOS_SOURCE_DIR "/tests/policy/data/") + name;
}
QString starter()
{
    return QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml");
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
    }
};

Run custosctl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCustosctlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("valid starter") << QStringList{QStringLiteral("check"), starter()} << 0;
        QTest::newRow("valid full") << QStringList{QStringLiteral("check"),
                                                   data(QStringLiteral("valid/full.yaml"))}
                                    << 0;
        QTest::newRow("invalid") << QStringList{QStringLiteral("check"),
                                                data(QStringLiteral("invalid/multiple.yaml"))}
                                 << 1;
        QTest::newRow("malformed") << QStringList{QStringLiteral("check"),
                                                  data(QStringLiteral("invalid/malformed.yaml"))}
                                   << 1;
        QTest::newRow("missing") << QStringList{QStringLiteral("check"), data(QStringLiteral("nope.yaml"))}
                                 << 3;
        QTest::newRow("no file") << QStringList{QStringLiteral("check")} << 2;
        QTest::newRow("unknown action") << QStringList{QStringLiteral("lint"), starter()} << 2;
    }

    void checkExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = custosctl(QStringList{QStringLiteral("policy")} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    }

    void checkPrintsEveryErrorWithLocation()
    {
        const QString file = data(QStringLiteral("invalid/multiple.yaml"));
        const Run run = custosctl({QStringLiteral("policy"), QStringLiteral("check"), file});
        QCOMPARE(run.exitCode, 1);
        const QRegularExpression located(u'^' + QRegularExpression::escape(file) +
                                             QStringLiteral(":\\d+:\\d+: .+$"),
                                         QRegularExpression::MultilineOption);
        QCOMPARE(run.err.count(located), 5);
        QVERIFY2(
            run.err.contains(file + QStringLiteral(":5:12: rule 'a' reroutes to unknown route 'missing'")),
            qPrintable(run.err));
    }

    void hashIsStableAndDiffNamesRules()
    {
        const Run a = custosctl(
            {QStringLiteral("policy"), QStringLiteral("hash"), data(QStringLiteral("valid/full.yaml"))});
        const Run b = custosctl({QStringLiteral("policy"), QStringLiteral("hash"),
                                 data(QStringLiteral("valid/full_reordered.yaml"))});
        QCOMPARE(a.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}\n$")).match(a.out).hasMatch());
        QCOMPARE(a.out, b.out);

        const Run text = custosctl({QStringLiteral("policy"), QStringLiteral("diff"),
                                    data(QStringLiteral("valid/full.yaml")), starter()});
        QCOMPARE(text.exitCode, 1); // like diff(1): 0 identical, 1 different
        QVERIFY2(text.out.contains(u"+ rule redact-personal-data") &&
                     text.out.contains(u"- rule codenames-need-exception"),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(u"~ rule block-secrets"));

        const Run json = custosctl({QStringLiteral("policy"), QStringLiteral("diff"),
                                    QStringLiteral("--json"), data(QStringLiteral("valid/full.yaml")),
                                    data(QStringLiteral("valid/full_reordered.yaml"))});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject diff = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(diff[QStringLiteral("identical")].toBool(), true);
        QCOMPARE(diff[QStringLiteral("before")].toString(), a.out.trimmed());
    }

    void scanPlainText()
    {
        const QByteArray input =
            (QStringLiteral("hello there\nmy key ") + awsKey + QStringLiteral("\nmail ") + email + u'\n')
                .toUtf8();
        const Run run = custosctl({QStringLiteral("scan"), QStringLiteral("--policy"), starter()}, input);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> lines = run.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0][QStringLiteral("decision")][QStringLiteral("action")].toString(),
                 QStringLiteral("monitor"));
        QCOMPARE(lines[1][QStringLiteral("decision")][QStringLiteral("action")].toString(),
                 QStringLiteral("block"));
        const QJsonObject keyHit = lines[1][QStringLiteral("hits")][0].toObject();
        QCOMPARE(keyHit[QStringLiteral("detector")].toString(), QStringLiteral("aws_access_key_id"));
        QCOMPARE(keyHit[QStringLiteral("class")].toString(), QStringLiteral("SECRET"));
        QCOMPARE(keyHit[QStringLiteral("start")].toInt(), 7);
        QCOMPARE(keyHit[QStringLiteral("end")].toInt(), 27);
        QCOMPARE(keyHit[QStringLiteral("text")].toString(), awsKey);
        QCOMPARE(lines[2][QStringLiteral("decision")][QStringLiteral("action")].toString(),
                 QStringLiteral("redact"));
        QCOMPARE(lines[2][QStringLiteral("decision")][QStringLiteral("redacted")].toString(),
                 QStringLiteral("mail [EMAIL_1]"));
        QCOMPARE(
            lines[2][QStringLiteral("decision")][QStringLiteral("rules")][0][QStringLiteral("id")].toString(),
            QStringLiteral("redact-personal-data"));
    }

    void scanJsonLinesReportsBadLines()
    {
        const QByteArray input =
            "{\"text\": \"mail " + email.toUtf8() + "\"}\n{\"text\": broken}\n[1]\n{\"text\": \"fine\"}\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
        file.close();
        const Run run = custosctl(
            {QStringLiteral("scan"), QStringLiteral("--policy"), starter(), QStringLiteral("--jsonl"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + QStringLiteral(":2: malformed JSON")), qPrintable(run.err));
        QVERIFY2(run.err.contains(path + QStringLiteral(":3: expected an object")), qPrintable(run.err));
        const QList<QJsonObject> lines = run.jsonLines();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0][QStringLiteral("hits")][0][QStringLiteral("class")].toString(),
                 QStringLiteral("PII"));
        QVERIFY(lines[1].contains(QStringLiteral("error")));
        QCOMPARE(lines[3][QStringLiteral("line")].toInt(), 4);
        QCOMPARE(lines[3][QStringLiteral("decision")][QStringLiteral("action")].toString(),
                 QStringLiteral("monitor"));
    }

    void scanReportsInvalidUtf8AndContinues()
    {
        const QByteArray input = "fine\nbad \xff\xfe bytes\nmail " + email.toUtf8() + "\n";
        const Run run = custosctl(
            {QStringLiteral("scan"), QStringLiteral("--policy"), starter(), QStringLiteral("-")}, input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"<stdin>:2: invalid UTF-8"), qPrintable(run.err));
        const QList<QJsonObject> lines = run.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1][QStringLiteral("error")].toString(), QStringLiteral("invalid UTF-8"));
        QCOMPARE(lines[2][QStringLiteral("decision")][QStringLiteral("action")].toString(),
                 QStringLiteral("redact"));
    }

    void scanHandlesMegabyteLines()
    {
        const QString prefix = QStringLiteral("lorem ipsum ").repeated(200000); // 2.4 MB on one line
        const QByteArray input = (QStringLiteral("é") + prefix + email + u'\n').toUtf8();
        const Run run = custosctl({QStringLiteral("scan"), QStringLiteral("--policy"), starter()}, input);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> lines = run.jsonLines();
        QCOMPARE(lines.size(), 1);
        const QJsonObject hit = lines[0][QStringLiteral("hits")][0].toObject();
        QCOMPARE(hit[QStringLiteral("start")].toInteger(), 1 + prefix.size());
        QCOMPARE(hit[QStringLiteral("text")].toString(), email);
    }

    void scanRefusesBadPolicies()
    {
        QCOMPARE(custosctl({QStringLiteral("scan"), QStringLiteral("--policy"),
                            data(QStringLiteral("invalid/multiple.yaml"))},
                           "x\n")
                     .exitCode,
                 1);
        QCOMPARE(
            custosctl({QStringLiteral("scan"), QStringLiteral("--policy"), data(QStringLiteral("none.yaml"))},
                      "x\n")
                .exitCode,
            3);
        QCOMPARE(custosctl({QStringLiteral("scan")}, "x\n").exitCode, 2);
    }
};

} // namespace tst_custosctl_policy

CUSTOS_GUILESS_TEST_MAIN(tst_custosctl_policy::TestCustosctlPolicy)
#include "tst_custosctl_policy.moc"
