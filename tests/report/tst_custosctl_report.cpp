// `custosctl report risk-surface` end to end: the real `custosctl serve` on a real store records
// traffic from six users sent over HTTP (the stub provider as its own process), then the real
// custosctl binary writes the report and poppler's pdftotext reads it back. Every figure checked is
// counted independently here from the traffic the test sent: interactions, distinct values per
// class, the dead and ready rules, and the recommended budgets (nearest-rank p99 + 1). Bad input
// leaves no file behind; refusals and exports are ledger events.
#include "tests/gateway/GatewayTestSupport.h"
#include "tests/report/PopplerTools.h"
#include "tests/support/CustosTest.h"
#include "tests/support/CustosctlProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>

#include <unistd.h>

using namespace gatewaytest;
using namespace custos::test::report;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// One request of the test traffic: who sends it and which values it carries.
struct Sent
{
    QString user;
    QList<int> ssns;   // SSN numbers (see ssnText), distinct per user when counted
    QList<int> emails; // e-mail numbers
    bool codename = false;
};

const QStringList kUsers{u"alice.cooper"_s, u"bruno.diaz"_s, u"chen.wei"_s,
                         u"dana.scully"_s,  u"emil.nolde"_s, u"farah.khan"_s};

// alice sends SSN 1 twice (one distinct value) and farah SSN 1 too (distinct per user, one value
// overall); dana sends nothing sensitive; chen hits the enforced codename rule once.
const QList<Sent> kTraffic{
    {u"alice.cooper"_s, {1}, {}}, {u"alice.cooper"_s, {2, 3}, {}}, {u"alice.cooper"_s, {4}, {}},
    {u"alice.cooper"_s, {1}, {}}, {u"bruno.diaz"_s, {5}, {}},      {u"bruno.diaz"_s, {6}, {1}},
    {u"chen.wei"_s, {7}, {}},     {u"chen.wei"_s, {}, {}, true},   {u"dana.scully"_s, {}, {}},
    {u"dana.scully"_s, {}, {}},   {u"emil.nolde"_s, {}, {2}},      {u"emil.nolde"_s, {}, {3}},
    {u"farah.khan"_s, {1}, {}},
};

QString ssnText(int n)
{
    return u"234-56-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
}

QString emailText(int n)
{
    return u"contact%1@example.org"_s.arg(n);
}

QString promptOf(const Sent &sent)
{
    QStringList parts{u"Please summarise the case file."_s};
    for (int ssn : sent.ssns)
        parts << u"The customer's ssn is %1."_s.arg(ssnText(ssn));
    for (int email : sent.emails)
        parts << u"Write to %1."_s.arg(emailText(email));
    if (sent.codename)
        parts << u"Mention the Bluebird launch."_s;
    return parts.join(u' ');
}

// Nearest rank, as a reader would compute it by hand.
int nearestRankP99(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const int rank = int(std::ceil(0.99 * values.size()));
    return values.at(std::max(rank, 1) - 1);
}

// Each user's distinct values of one kind, all users included (0 for those who sent none).
QList<int> distinctPerUser(QList<int> Sent::*field)
{
    QList<int> counts;
    for (const QString &user : kUsers) {
        QSet<int> values;
        for (const Sent &sent : kTraffic)
            if (sent.user == user)
                for (int value : sent.*field)
                    values.insert(value);
        counts << int(values.size());
    }
    return counts;
}

int distinctOverall(QList<int> Sent::*field)
{
    QSet<int> values;
    for (const Sent &sent : kTraffic)
        for (int value : sent.*field)
            values.insert(value);
    return int(values.size());
}

int firingsOf(QList<int> Sent::*field)
{
    return int(std::count_if(kTraffic.cbegin(), kTraffic.cend(),
                             [field](const Sent &sent) { return !(sent.*field).isEmpty(); }));
}

QString passwordOf(const QString &user)
{
    return user + u" has a long password"_s;
}

} // namespace

class tst_custosctl_report : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StubUpstream m_stub;
    QString m_named;         // the report's text (pdftotext -layout), names shown
    QString m_pseudonymised; // the same with --pseudonymise

    QStringList storeArguments(const QString &keyFile = {}) const
    {
        return {u"--store"_s, m_dir.filePath(u"store.db"_s), u"--key-file"_s,
                keyFile.isEmpty() ? m_dir.filePath(u"store.key"_s) : keyFile};
    }

    Run custosctl(const QStringList &arguments, const QHash<QString, QString> &environment = {},
                  const QByteArray &input = {}) const
    {
        const custos::test::CustosctlRun run =
            custos::test::runCustosctl(arguments, environment, input, 180000);
        return Run{run.exitCode, run.out, run.err};
    }

    Run ctlOnStore(const QStringList &arguments, const QHash<QString, QString> &environment = {}) const
    {
        return custosctl(arguments + storeArguments(), environment);
    }

    Run report(const QString &out, const QString &as, const QStringList &extra = {},
               const QStringList &store = {}, const QString &password = {}) const
    {
        return custosctl(QStringList{u"report"_s, u"risk-surface"_s, u"--out"_s, out, u"--as"_s, as,
                                     u"--password-stdin"_s} +
                             extra + (store.isEmpty() ? storeArguments() : store),
                         {}, (password.isEmpty() ? passwordOf(as) : password).toUtf8() + '\n');
    }

    void addUser(const QString &name, const QString &role)
    {
        QStringList arguments{u"users"_s, u"add"_s, name, u"--role"_s, role};
        if (name != u"root")
            arguments << u"--actor"_s << u"root"_s;
        const Run run = ctlOnStore(arguments, {{u"CUSTOS_ACTOR_PASSWORD"_s, passwordOf(u"root"_s)},
                                               {u"CUSTOS_USER_PASSWORD"_s, passwordOf(name)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // Records kTraffic through the real gateway, each user with their own Custos key.
    void recordTraffic()
    {
        QHash<QString, QByteArray> keys;
        for (const QString &user : kUsers) {
            const QString service = user == kUsers.first() ? u"billing"_s : u"chatbot"_s;
            const Run run = ctlOnStore({u"keys"_s, u"issue"_s, u"--user"_s, user, u"--service"_s, service});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            keys.insert(user, run.out.trimmed().toUtf8());
        }
        QProcess serve;
        serve.setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        serve.setArguments(QStringList{u"serve"_s, u"--policy"_s,
                                       QStringLiteral(REPORT_TEST_DATA "/risk-policy.yaml"), u"--listen"_s,
                                       u"127.0.0.1:0"_s} +
                           storeArguments());
        serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        serve.start();
        QVERIFY(serve.waitForStarted(10000));
        QByteArray output;
        const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QRegularExpressionMatch match;
        const QDeadlineTimer deadline(30000);
        while (!(match = listening.match(QString::fromUtf8(output))).hasMatch() && !deadline.hasExpired()) {
            serve.waitForReadyRead(200);
            output += serve.readAllStandardOutput();
        }
        QVERIFY2(match.hasMatch(), output.constData());
        const quint16 port = quint16(match.captured(1).toUInt());
        for (const Sent &sent : kTraffic) {
            const QJsonObject body{
                {"model", "gpt-4o-mini"},
                {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", promptOf(sent)}}}}};
            const HttpReply reply = postJson(port, "/v1/chat/completions", body, keys.value(sent.user));
            QVERIFY2(reply.status == (sent.codename ? 403 : 200), reply.body.constData());
        }
        serve.terminate(); // SIGTERM: the gateway flushes its evidence and exits
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), 0);
    }

    QString layoutText(const QString &pdf) const
    {
        const ToolOutput text = runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        return text.ok() ? text.out : QString();
    }

    // The text between two headings of the report.
    static QString between(const QString &text, const QString &from, const QString &to)
    {
        const qsizetype start = text.indexOf(from);
        const qsizetype end = text.indexOf(to, start + 1);
        return start < 0 || end < 0 ? QString() : text.mid(start, end - start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_stub.start({u"--key"_s, u"sk-provider-report"_s}));
        Run run = ctlOnStore({u"evidence"_s, u"init"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = ctlOnStore({u"routes"_s, u"add"_s, u"upstream"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s,
                          m_stub.openAiBase(), u"--api-key-env"_s, u"TEST_PROVIDER_KEY"_s},
                         {{u"TEST_PROVIDER_KEY"_s, u"sk-provider-report"_s}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        addUser(u"root"_s, u"admin"_s);
        addUser(u"rita"_s, u"risk_officer"_s);
        addUser(u"otto"_s, u"auditor"_s);
        addUser(u"dev"_s, u"developer"_s);
        recordTraffic();
        if (QTest::currentTestFailed())
            return;

        const QString named = m_dir.filePath(u"named.pdf"_s);
        run = report(named, u"rita"_s, {u"--days"_s, u"30"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        m_named = layoutText(named);
        QVERIFY(!m_named.isEmpty());
        const QString pseudonymised = m_dir.filePath(u"pseudonymised.pdf"_s);
        run = report(pseudonymised, u"otto"_s, {u"--pseudonymise"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        m_pseudonymised = layoutText(pseudonymised);
        QVERIFY(!m_pseudonymised.isEmpty());
    }

    void isPdfA_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("named") << u"named.pdf"_s;
        QTest::newRow("pseudonymised") << u"pseudonymised.pdf"_s;
    }
    void isPdfA()
    {
        QFETCH(QString, file);
        const ToolOutput info = pdfInfo(m_dir.filePath(file));
        QVERIFY2(info.ok(), qPrintable(info.describe()));
        QVERIFY(infoField(info.out, u"Title"_s).startsWith(u"Custos risk-surface report rr-"_s));
        QCOMPARE(infoField(info.out, u"PDF version"_s), u"1.4"_s);
        const ToolOutput fonts = pdfFonts(m_dir.filePath(file));
        QVERIFY2(fonts.ok(), qPrintable(fonts.describe()));
        QVERIFY(fonts.out.contains(u"DejaVu"_s));
        // name type encoding emb sub uni object ID: every font embedded (the first yes/no column)
        const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts);
        const qsizetype dashes = lines.indexOf(QRegularExpression(u"^-+ .*"_s));
        QVERIFY2(dashes >= 0 && lines.size() > dashes + 1, qPrintable(fonts.out));
        const QRegularExpression row(u"\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s);
        for (const QString &line : lines.mid(dashes + 1)) {
            const QRegularExpressionMatch match = row.match(line);
            QVERIFY2(match.hasMatch() && match.captured(1) == u"yes", qPrintable(line));
        }
    }

    void hasEverySection_data()
    {
        QTest::addColumn<QString>("heading");
        for (const QString &heading :
             {u"1  Scope"_s, u"2  Integrity"_s, u"3  Volume"_s, u"4  Who and where"_s, u"5  Decisions"_s,
              u"6  Rules"_s, u"7  Exceptions"_s, u"8  Alerts and their resolution"_s, u"9  Weekly trends"_s,
              u"10  Recommended budgets"_s})
            QTest::newRow(qPrintable(heading)) << heading;
    }
    void hasEverySection()
    {
        QFETCH(QString, heading);
        // "3  Volume": pdftotext keeps the words, not the two spaces between number and title.
        const QString number = heading.section(u' ', 0, 0);
        const QString title = heading.section(u' ', 1).trimmed();
        const QRegularExpression line(
            u"(^|\\n)\\s*%1\\s+%2\\s*\\n"_s.arg(number, QRegularExpression::escape(title)));
        QVERIFY2(line.match(m_named).hasMatch(), qPrintable(heading));
    }

    void figuresEqualIndependentCounts_data()
    {
        QTest::addColumn<QString>("pattern");
        const int interactions = int(kTraffic.size());
        QTest::newRow("interactions") << u"Interactions\\s+%1\\n"_s.arg(interactions);
        QTest::newRow("the chain verifies") << u"The chain verifies"_s;
        QTest::newRow("distinct SSNs") << u"\\n\\s*us_ssn\\s+%1\\n"_s.arg(distinctOverall(&Sent::ssns));
        QTest::newRow("distinct e-mails") << u"\\n\\s*email\\s+%1\\n"_s.arg(distinctOverall(&Sent::emails));
        // rule, mode, action, fired, would have, unvalidated, exceptions
        QTest::newRow("watch-ssn") << u"watch-ssn\\s+monitor\\s+block\\s+%1\\s+%1\\s+0\\s+0"_s.arg(
            firingsOf(&Sent::ssns));
        QTest::newRow("watch-email") << u"watch-email\\s+monitor\\s+block\\s+%1\\s+%1\\s+0\\s+0"_s.arg(
            firingsOf(&Sent::emails));
        QTest::newRow("block-codename") << u"block-codename\\s+enforce\\s+block\\s+1\\s+0\\s+0\\s+0"_s;
        QTest::newRow("blocked decisions") << u"\\n\\s*block\\s+1\\n"_s;
    }
    void figuresEqualIndependentCounts()
    {
        QFETCH(QString, pattern);
        QVERIFY2(QRegularExpression(pattern).match(m_named).hasMatch(),
                 qPrintable(pattern + u"\n"_s + m_named));
    }

    void listsDeadAndReadyRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("dead");
        QTest::addColumn<bool>("ready");
        QTest::newRow("iban never sent") << u"block-iban"_s << true << false;
        QTest::newRow("no secret sent") << u"block-secrets"_s << true << false;
        QTest::newRow("SSNs: monitor, validated, often") << u"watch-ssn"_s << false << true;
        QTest::newRow("e-mails: too rare to be ready") << u"watch-email"_s << false << false;
        QTest::newRow("codename: already enforced") << u"block-codename"_s << false << false;
    }
    void listsDeadAndReadyRules()
    {
        QFETCH(QString, rule);
        QFETCH(bool, dead);
        QFETCH(bool, ready);
        const QString deadPart =
            between(m_named, u"Dead rules"_s, u"Ready to move from monitor to enforce"_s);
        const QString readyPart =
            between(m_named, u"Ready to move from monitor to enforce"_s, u"Alerts and their resolution"_s);
        QVERIFY2(!deadPart.isEmpty() && !readyPart.isEmpty(),
                 qPrintable(m_named.mid(m_named.indexOf(u"Rules"_s), 4000)));
        QCOMPARE(deadPart.contains(rule), dead);
        QCOMPARE(readyPart.contains(rule), ready);
        // The criterion is stated, with its threshold.
        QVERIFY(QRegularExpression(u"at\\s+least\\s+5\\s+interactions"_s).match(readyPart).hasMatch());
    }

    void recommendsBudgetsFromP99_data()
    {
        QTest::addColumn<QString>("valueClass");
        QTest::addColumn<int>("p99");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<QString>("current");
        const QList<int> ssns = distinctPerUser(&Sent::ssns);
        const QList<int> emails = distinctPerUser(&Sent::emails);
        QTest::newRow("us_ssn") << u"us_ssn"_s << nearestRankP99(ssns)
                                << *std::max_element(ssns.begin(), ssns.end()) << u"6"_s;
        QTest::newRow("email") << u"email"_s << nearestRankP99(emails)
                               << *std::max_element(emails.begin(), emails.end()) << u"none"_s;
        QTest::newRow("credit_card, never sent") << u"credit_card"_s << 0 << 0 << u"12"_s;
    }
    void recommendsBudgetsFromP99()
    {
        QFETCH(QString, valueClass);
        QFETCH(int, p99);
        QFETCH(int, maximum);
        QFETCH(QString, current);
        const QString budgets = m_named.mid(m_named.indexOf(u"Recommended budgets"_s));
        // class, window, users, p99, max, recommended (p99 + 1), current
        const QString row = u"\\n\\s*%1\\s+30\\s+%2\\s+%3\\s+%4\\s+%5\\s+%6\\n"_s.arg(valueClass)
                                .arg(kUsers.size())
                                .arg(p99)
                                .arg(maximum)
                                .arg(p99 + 1)
                                .arg(current);
        QVERIFY2(QRegularExpression(row).match(budgets).hasMatch(), qPrintable(row + u"\n"_s + budgets));
    }

    void pseudonymisedNamesNoOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ranked"); // sent validated values, so the named report lists them
        for (const QString &user : kUsers) {
            const bool sentValues = std::any_of(kTraffic.cbegin(), kTraffic.cend(), [&](const Sent &sent) {
                return sent.user == user && !(sent.ssns.isEmpty() && sent.emails.isEmpty());
            });
            QTest::newRow(qPrintable(user)) << user << sentValues;
        }
        QTest::newRow("service billing") << u"billing"_s << true;
        QTest::newRow("service chatbot") << u"chatbot"_s << true;
    }
    void pseudonymisedNamesNoOne()
    {
        QFETCH(QString, name);
        QFETCH(bool, ranked);
        if (ranked)
            QVERIFY2(m_named.contains(name), "the named report shows the top users and services");
        QVERIFY(!m_pseudonymised.contains(name));
        QVERIFY(!m_pseudonymised.contains(name.section(u'.', 0, 0)));
        QVERIFY(m_pseudonymised.contains(u"user-"_s));
        QVERIFY(m_pseudonymised.contains(u"service-"_s));
    }

    void badInputLeavesNoFile_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("as");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("store"); // "key": the wrong key file, "missing": no store there
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder missing")
            << u"nowhere/r.pdf"_s << u"rita"_s << QStringList{} << QString() << 2 << u"does not exist"_s;
        QTest::newRow("a folder, not a file")
            << u"."_s << u"rita"_s << QStringList{} << QString() << 2 << u"is a folder"_s;
        QTest::newRow("parent is a file")
            << u"store.key/r.pdf"_s << u"rita"_s << QStringList{} << QString() << 2 << u"does not exist"_s;
        QTest::newRow("zero days") << u"zero.pdf"_s << u"rita"_s << QStringList{u"--days"_s, u"0"_s}
                                   << QString() << 2 << u"--days must be a positive"_s;
        QTest::newRow("developer") << u"dev.pdf"_s << u"dev"_s << QStringList{} << QString() << 4
                                   << u"auditor, risk officer or admin"_s;
        QTest::newRow("wrong password")
            << u"pw.pdf"_s << u"rita"_s << QStringList{} << u"password"_s << 4 << QString();
        QTest::newRow("wrong store key")
            << u"key.pdf"_s << u"rita"_s << QStringList{} << u"key"_s << 3 << QString();
        QTest::newRow("no store") << u"none.pdf"_s << u"rita"_s << QStringList{} << u"missing"_s << 3
                                  << QString();
    }
    void badInputLeavesNoFile()
    {
        QFETCH(QString, out);
        QFETCH(QString, as);
        QFETCH(QStringList, extra);
        QFETCH(QString, store);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString path = out == u"." ? m_dir.path() : m_dir.filePath(out);
        QStringList storeArgs;
        if (store == u"key") {
            QFile wrong(m_dir.filePath(u"wrong.key"_s));
            QVERIFY(wrong.open(QIODevice::WriteOnly));
            wrong.write(QByteArray(64, 'a'));
            wrong.close();
            storeArgs = storeArguments(wrong.fileName());
        } else if (store == u"missing") {
            storeArgs = {u"--store"_s, m_dir.filePath(u"none.db"_s), u"--key-file"_s,
                         m_dir.filePath(u"store.key"_s)};
        }
        const Run run =
            report(path, as, extra, storeArgs, store == u"password" ? u"not the password"_s : QString());
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(u"custosctl report risk-surface: "_s), qPrintable(run.err));
        if (!message.isEmpty())
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (out != u".")
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none.db"_s)));
    }

    void exportsAndRefusalsAreLedgerEvents()
    {
        const Run run = ctlOnStore(
            {u"evidence"_s, u"query"_s, u"--kind"_s, u"audit_export"_s, u"--json"_s, u"--limit"_s, u"100"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray events =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"events").toArray();
        int exports = 0;
        int refusals = 0;
        for (const QJsonValue &event : events) {
            const QJsonObject payload = event.toObject().value(u"payload").toObject();
            exports += payload.value(u"event").toString() == u"report_export" ? 1 : 0;
            refusals += payload.value(u"event").toString() == u"report_export.refused" ? 1 : 0;
            if (payload.value(u"event").toString() == u"report_export")
                QCOMPARE(payload.value(u"interactions").toInteger(), kTraffic.size());
        }
        QCOMPARE(exports, 2);
        QCOMPARE(refusals, 2); // the developer and the wrong password; bad --out stops before the store
    }
};

CUSTOS_TEST_MAIN(tst_custosctl_report)
#include "tst_custosctl_report.moc"
