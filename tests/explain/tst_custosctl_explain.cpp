// `custosctl explain` with the real binaries: a real SQLCipher store filled by the real
// `custosctl serve` (stub provider as its own process), a policy published by a risk officer, an
// exception requested over HTTP and approved with `custosctl exceptions approve`; then explain
// for an allowed, a redacted, a blocked and an excepted interaction, as text and as JSON, an
// unknown id and a wrong passphrase.
#include "tests/support/CustosTest.h"

#include "tests/gateway/GatewayTestSupport.h"

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace tst_custosctl_explain {

using namespace gatewaytest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray providerKey = "sk-provider-explain";
const QString publishComment = u"explain tests: codenames need alice"_s;
const QString justification = u"the launch note must go out today"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QString passwordOf(const QString &user)
{
    return user + u" has a long password"_s;
}

QJsonObject chat(const QString &text)
{
    return QJsonObject{{"model", "gpt-4o-mini"},
                       {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
}

} // namespace

class TestCustosctlExplain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StubUpstream m_stub;
    std::unique_ptr<QProcess> m_serve;
    quint16 m_port = 0;
    QByteArray m_devKey;
    QString m_policyHash;
    QString m_exceptionId;
    QHash<QString, QString> m_ids; // case -> interaction id

    QStringList storeArguments() const
    {
        return {u"--store"_s, m_dir.filePath(u"store.db"_s), u"--key-file"_s, m_dir.filePath(u"store.key"_s)};
    }

    Run custosctl(const QStringList &arguments, const QHash<QString, QString> &environment = {},
                  const QByteArray &input = {}, bool withStore = true) const
    {
        QProcess process;
        process.setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        process.setArguments(withStore ? arguments + storeArguments() : arguments);
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        variables.remove(u"CUSTOS_PASSPHRASE"_s);
        variables.remove(u"CUSTOS_ACTOR_PASSWORD"_s);
        for (auto it = environment.begin(); it != environment.end(); ++it)
            variables.insert(it.key(), it.value());
        process.setProcessEnvironment(variables);
        process.setChildProcessModifier([] { ::setsid(); }); // no terminal to prompt on
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    void addUser(const QString &name, const QString &role)
    {
        QStringList arguments{u"users"_s, u"add"_s, name, u"--role"_s, role};
        if (name != u"root")
            arguments << u"--actor"_s << u"root"_s;
        const Run run = custosctl(arguments, {{u"CUSTOS_ACTOR_PASSWORD"_s, passwordOf(u"root"_s)},
                                              {u"CUSTOS_USER_PASSWORD"_s, passwordOf(name)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    HttpReply ask(const QString &prompt) const
    {
        return postJson(m_port, "/v1/chat/completions", chat(prompt), m_devKey);
    }

    // Sends the prompt, checks the status and keeps the interaction id under `name`.
    void record(const QString &name, const QString &prompt, int status)
    {
        const HttpReply reply = ask(prompt);
        QCOMPARE(reply.status, status);
        const QString id = QString::fromUtf8(reply.header("x-custos-interaction-id"));
        QVERIFY(!id.isEmpty());
        m_ids.insert(name, id);
    }

    void startServe()
    {
        m_serve = std::make_unique<QProcess>();
        m_serve->setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        m_serve->setArguments(QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s} + storeArguments());
        m_serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_serve->start();
        QVERIFY(m_serve->waitForStarted(10000));
        QByteArray output;
        const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QRegularExpressionMatch match;
        const QDeadlineTimer deadline(30000);
        while (!(match = listening.match(QString::fromUtf8(output))).hasMatch() && !deadline.hasExpired()) {
            m_serve->waitForReadyRead(200);
            output += m_serve->readAllStandardOutput();
        }
        QVERIFY2(match.hasMatch(), output.constData());
        m_port = quint16(match.captured(1).toUInt());
    }

    // The codename is stopped, dev asks over HTTP, alice approves, the same prompt passes.
    void recordExceptionUse()
    {
        const QString prompt = u"Draft the Bluebird launch note"_s;
        const HttpReply stopped = ask(prompt);
        QCOMPARE(stopped.status, 403);
        const QString blockedId = QString::fromUtf8(stopped.header("x-custos-interaction-id"));
        const HttpReply requested = postJson(m_port, "/custos/v1/exceptions",
                                             QJsonObject{{"rules", QJsonArray{u"codename-needs-exception"_s}},
                                                         {"justification", justification},
                                                         {"duration_seconds", 3600},
                                                         {"interaction_id", blockedId}},
                                             m_devKey);
        QCOMPARE(requested.status, 201);
        m_exceptionId = requested.json().value(u"id").toString();
        const Run approved = custosctl(
            {u"exceptions"_s, u"approve"_s, m_exceptionId, u"--as"_s, u"alice"_s, u"--password-stdin"_s}, {},
            passwordOf(u"alice"_s).toUtf8() + '\n');
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        record(u"exception"_s, prompt, 200);
    }

    Run explain(const QString &id, const QStringList &extra = {}) const
    {
        return custosctl(QStringList{u"explain"_s, id} + extra);
    }

    // Rewrites one event's payload straight in the store file, as someone holding the key could.
    QString forgePayload(qint64 seq) const
    {
        custos::registerSqlCipherDriver();
        QFile keyFile(m_dir.filePath(u"store.key"_s));
        if (!keyFile.open(QIODevice::ReadOnly))
            return keyFile.errorString();
        QString failure;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(custos::kSqlCipherDriverName, u"forge"_s);
            db.setDatabaseName(m_dir.filePath(u"store.db"_s));
            db.setConnectOptions(
                custos::sqlCipherRawKeyOption(QByteArray::fromHex(keyFile.readAll().trimmed())));
            if (!db.open()) {
                failure = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(
                        u"UPDATE events SET payload = CAST('{\"forged\":true}' AS BLOB) WHERE seq = %1"_s.arg(
                            seq)))
                    failure = query.lastError().text();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(u"forge"_s);
        return failure;
    }

    QJsonObject ledgerEventOf(const QString &id) const
    {
        const Run run = custosctl(
            {u"evidence"_s, u"query"_s, u"--json"_s, u"--text"_s, id, u"--kind"_s, u"interaction"_s});
        const QJsonArray events = run.json().value(u"events").toArray();
        return events.isEmpty() ? QJsonObject() : events.first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_stub.start({u"--key"_s, QString::fromLatin1(providerKey)}));
        Run run = custosctl({u"evidence"_s, u"init"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = custosctl({u"routes"_s, u"add"_s, u"upstream"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s,
                         m_stub.openAiBase(), u"--api-key-env"_s, u"TEST_PROVIDER_KEY"_s},
                        {{u"TEST_PROVIDER_KEY"_s, QString::fromLatin1(providerKey)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        addUser(u"root"_s, u"admin"_s);
        addUser(u"rita"_s, u"risk_officer"_s);
        addUser(u"alice"_s, u"approver"_s);
        addUser(u"dev"_s, u"developer"_s);
        if (QTest::currentTestFailed())
            return;
        run = custosctl({u"policy"_s, u"publish"_s,
                         QStringLiteral(CUSTOS_EXPLAIN_DATA_DIR "/explain-policy.yaml"), u"--as"_s, u"rita"_s,
                         u"--comment"_s, publishComment, u"--json"_s},
                        {{u"CUSTOS_ACTOR_PASSWORD"_s, passwordOf(u"rita"_s)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_policyHash = run.json().value(u"hash").toString();
        QVERIFY(!m_policyHash.isEmpty());
        run = custosctl({u"keys"_s, u"issue"_s, u"--user"_s, u"dev"_s, u"--service"_s, u"chatbot"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_devKey = run.out.trimmed().toUtf8();
        startServe();
        if (QTest::currentTestFailed())
            return;
        record(u"allow"_s, u"what is the weather"_s, 200);
        record(u"redact"_s, u"mail bob@example.com now"_s, 200);
        record(u"block"_s, u"here is VAULTTOKEN 1234"_s, 403);
        recordExceptionUse();
    }

    void cleanupTestCase()
    {
        if (m_serve) {
            m_serve->terminate(); // SIGTERM: the gateway flushes its evidence and exits
            QVERIFY(m_serve->waitForFinished(15000));
        }
    }

    void explainsAsText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("allow") << u"allow"_s
                               << QStringList{u"Decision: allow"_s, u"rules fired: none"_s,
                                              u"\"what is the weather\""_s, u"as passed on:\n    unchanged"_s,
                                              u"Exception: none used"_s};
        QTest::newRow("redact") << u"redact"_s
                                << QStringList{u"Decision: redact"_s, u"redact-personal-data"_s,
                                               u"(PII) at $.messages[0].content [5, 20)"_s,
                                               u"\"mail bob@example.com now\""_s,
                                               u"\"mail [EMAIL_1] now\""_s};
        QTest::newRow("block") << u"block"_s
                               << QStringList{u"Decision: block"_s, u"block-secrets"_s, u"(SECRET)"_s,
                                              u"as passed on:\n    not passed on"_s, u"outcome HTTP 403"_s};
        QTest::newRow("exception") << u"exception"_s
                                   << QStringList{u"Decision: allow"_s,
                                                  u"lifted by exception: codename-needs-exception"_s,
                                                  u"requested by dev at "_s,
                                                  justification,
                                                  u"approved by alice at "_s,
                                                  u"this use: use 1, seq "_s,
                                                  u"(this interaction)"_s};
    }

    void explainsAsText()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        const QString id = m_ids.value(name);
        const Run run = explain(id);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.startsWith(u"Interaction "_s + id + u'\n'), qPrintable(run.out));
        for (const QString &text : expected)
            QVERIFY2(run.out.contains(text), qPrintable(u"missing «%1» in:\n%2"_s.arg(text, run.out)));
        // The policy version: its hash, publisher and comment; the chain position, verified.
        QVERIFY2(run.out.contains(u"Policy version "_s + m_policyHash), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"published by rita at "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(publishComment), qPrintable(run.out));
        const QJsonObject event = ledgerEventOf(id);
        const qint64 seq = event.value(u"seq").toInteger();
        QVERIFY(seq > 0);
        QVERIFY2(run.out.contains(u"hash           "_s + event.value(u"hash").toString()),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"prev hash      "_s + event.value(u"prevHash").toString()),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"verified up to seq %1: yes"_s.arg(seq)), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"(reproduced from the record)"_s), qPrintable(run.out));
        // The block's secret never enters the hits (only in the body as received).
        if (name == u"block")
            QCOMPARE(run.out.count(u"VAULTTOKEN"_s), 1);
    }

    void explainsAsJson()
    {
        const Run run = explain(m_ids.value(u"exception"_s), {u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"interaction_id").toString(), m_ids.value(u"exception"_s));
        QCOMPARE(json.value(u"decision").toString(), u"allow"_s);
        const QJsonObject policy = json.value(u"policy").toObject();
        QCOMPARE(policy.value(u"hash").toString(), m_policyHash);
        QCOMPARE(policy.value(u"author").toString(), u"rita"_s);
        QCOMPARE(policy.value(u"comment").toString(), publishComment);
        const QJsonArray exceptions = json.value(u"exceptions").toArray();
        QCOMPARE(exceptions.size(), 1);
        const QJsonObject exception = exceptions.first().toObject();
        QCOMPARE(exception.value(u"id").toString(), m_exceptionId);
        QCOMPARE(exception.value(u"record").toObject().value(u"requester").toString(), u"dev"_s);
        QCOMPARE(exception.value(u"record").toObject().value(u"justification").toString(), justification);
        const QJsonArray decisions = exception.value(u"decisions").toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first()[u"event"].toString(), u"approved"_s);
        QCOMPARE(decisions.first()[u"actor"].toString(), u"alice"_s);
        QVERIFY(!decisions.first()[u"time"].toString().isEmpty());
        QCOMPARE(exception.value(u"this_use").toObject().value(u"interaction_id").toString(),
                 m_ids.value(u"exception"_s));
        const QJsonObject chain = json.value(u"chain").toObject();
        const QJsonObject event = ledgerEventOf(m_ids.value(u"exception"_s));
        QCOMPARE(chain.value(u"seq").toInteger(), event.value(u"seq").toInteger());
        QCOMPARE(chain.value(u"hash").toString(), event.value(u"hash").toString());
        QCOMPARE(chain.value(u"payload_digest").toString(), event.value(u"payloadDigest").toString());
        QCOMPARE(chain.value(u"verified_up_to_seq").toBool(), true);
        QCOMPARE(chain.value(u"events_checked").toInteger(), event.value(u"seq").toInteger());
        QCOMPARE(json.value(u"payload").toObject().value(u"excepted_rules").toString(),
                 u"codename-needs-exception"_s);
    }

    void anUnknownIdHasItsOwnExitCode()
    {
        const Run run = explain(u"00000000-0000-4000-8000-000000000000"_s);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"no interaction with id 00000000-0000-4000-8000-000000000000"_s),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // An id quoted inside another prompt is not that interaction.
        const HttpReply quoting = ask(u"what happened to "_s + m_ids.value(u"allow"_s).left(8) + u'?');
        QCOMPARE(quoting.status, 200);
        QCOMPARE(explain(m_ids.value(u"allow"_s).left(8)).exitCode, 4);
        const Run help = custosctl({u"explain"_s, u"--help"_s}, {}, {}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"4 the store holds no interaction with this id"_s), qPrintable(help.out));
    }

    void aWrongPassphraseIsSaid()
    {
        const Run run =
            custosctl({u"explain"_s, m_ids.value(u"allow"_s), u"--store"_s, m_dir.filePath(u"store.db"_s)},
                      {{u"CUSTOS_PASSPHRASE"_s, u"not the key of this store"_s}}, {}, false);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"wrong passphrase"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // After the others: it stops the gateway and damages the store. An event before the interaction is
    // rewritten, so the chain no longer verifies up to it; one after it would not matter.
    void aDamagedChainBeforeTheEventIsSaid()
    {
        m_serve->terminate();
        QVERIFY(m_serve->waitForFinished(15000));
        m_serve.reset();
        const qint64 seq = ledgerEventOf(m_ids.value(u"redact"_s)).value(u"seq").toInteger();
        QVERIFY(seq > 2);
        const QString forged = forgePayload(seq + 1);
        QVERIFY2(forged.isEmpty(), qPrintable(forged));
        QCOMPARE(explain(m_ids.value(u"redact"_s)).exitCode, 0); // damage after it is not its chain
        QVERIFY(forgePayload(2).isEmpty());
        const Run run = explain(m_ids.value(u"redact"_s));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"verified up to seq %1: NO (DAMAGED at seq 2 (modified)"_s.arg(seq)),
                 qPrintable(run.out));
        const Run json = explain(m_ids.value(u"redact"_s), {u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(u"chain").toObject().value(u"verified_up_to_seq").toBool(), false);
    }

    void badUsage()
    {
        QCOMPARE(custosctl({u"explain"_s}).exitCode, 2);
        QCOMPARE(custosctl({u"explain"_s, m_ids.value(u"allow"_s)}, {}, {}, false).exitCode, 2); // no --store
    }
};

} // namespace tst_custosctl_explain

CUSTOS_TEST_MAIN(tst_custosctl_explain::TestCustosctlExplain)
#include "tst_custosctl_explain.moc"
