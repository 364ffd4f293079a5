// The exception path end to end, as people meet it: the real `custosctl serve` on a real store, the
// stub provider as its own process, callers over HTTP with their Custos keys, and approvers deciding
// with the real `custosctl exceptions` beside the running gateway (passwords on standard input).
// Every decision takes effect on the next request, without a restart.
#include "tests/support/CustosTest.h"

#include "GatewayTestSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <unistd.h>

namespace tst_gateway_exceptions {

using namespace gatewaytest;
using namespace Qt::StringLiterals;

namespace {

const QString codenameRule = u"codename-needs-exception"_s;
const QString secretRule = u"block-secrets"_s;
const QString codenamePrompt = u"Draft the Bluebird launch note"_s;
const QByteArray providerKey = "sk-provider-exceptions";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

QString passwordOf(const QString &user)
{
    return user + u" has a long password"_s;
}

QJsonObject chat(const QString &text, const QString &model)
{
    return QJsonObject{{"model", model},
                       {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
}

QString replyText(const HttpReply &reply)
{
    const QJsonObject choice = reply.json().value(u"choices").toArray().first().toObject();
    return choice.value(u"message").toObject().value(u"content").toString();
}

QJsonObject errorOf(const HttpReply &reply)
{
    return reply.json().value(u"error").toObject();
}

QStringList eventNames(const QJsonArray &events)
{
    QStringList names;
    for (const QJsonValue &event : events)
        names << event.toObject().value(u"payload").toObject().value(u"event").toString();
    return names;
}

QJsonObject firstWith(const QJsonArray &events, const QString &eventName)
{
    for (const QJsonValue &event : events) {
        if (event.toObject().value(u"payload").toObject().value(u"event").toString() == eventName)
            return event.toObject();
    }
    return {};
}

} // namespace

class TestGatewayExceptions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StubUpstream m_stub;
    std::unique_ptr<QProcess> m_serve;
    quint16 m_port = 0;
    QByteArray m_devKey;   // dev: developer and approver, so four-eyes is what stops them
    QByteArray m_carolKey; // another developer
    QByteArray m_doraKey;  // a developer disabled during the bad-input case

    QStringList storeArguments() const
    {
        return {u"--store"_s, m_dir.filePath(u"store.db"_s), u"--key-file"_s, m_dir.filePath(u"store.key"_s)};
    }

    Run custosctl(const QStringList &arguments, const QHash<QString, QString> &environment = {},
                  const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        process.setArguments(arguments + storeArguments());
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

    // An approver's decision, signed in with the password on standard input.
    Run decide(const QString &verb, const QString &id, const QString &user, const QStringList &extra = {},
               const QString &password = {}) const
    {
        return custosctl(
            QStringList{u"exceptions"_s, verb, id, u"--as"_s, user, u"--password-stdin"_s, u"--json"_s} +
                extra,
            {}, (password.isEmpty() ? passwordOf(user) : password).toUtf8() + '\n');
    }

    void addUser(const QString &name, const QStringList &flags)
    {
        QStringList arguments{u"users"_s, u"add"_s, name};
        arguments << flags;
        if (name != u"root")
            arguments << u"--actor"_s << u"root"_s;
        const Run run = custosctl(arguments, {{u"CUSTOS_ACTOR_PASSWORD"_s, passwordOf(u"root"_s)},
                                              {u"CUSTOS_USER_PASSWORD"_s, passwordOf(name)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    QByteArray issueKey(const QString &user)
    {
        const Run run = custosctl({u"keys"_s, u"issue"_s, u"--user"_s, user, u"--service"_s, u"chatbot"_s});
        return run.exitCode == 0 ? run.out.trimmed().toUtf8() : QByteArray();
    }

    HttpReply ask(const QByteArray &key, const QString &prompt = codenamePrompt,
                  const QString &model = u"gpt-4o-mini"_s) const
    {
        return postJson(m_port, "/v1/chat/completions", chat(prompt, model), key);
    }

    HttpReply requestException(const QJsonObject &body, const QByteArray &key) const
    {
        return postJson(m_port, "/custos/v1/exceptions", body, key);
    }

    // Asks for an exception to `rule` as dev and returns its id (empty on failure).
    QString requestedId(const QString &rule = codenameRule, int seconds = 3600)
    {
        const HttpReply reply = requestException({{"rules", QJsonArray{rule}},
                                                  {"justification", "the launch note must go out today"},
                                                  {"duration_seconds", seconds}},
                                                 m_devKey);
        if (reply.status != 201)
            qWarning() << "exception request answered" << reply.status << reply.body;
        return reply.status == 201 ? reply.json().value(u"id").toString() : QString();
    }

    QJsonArray history(const QString &id) const
    {
        return custosctl({u"exceptions"_s, u"history"_s, id, u"--json"_s}).json().toArray();
    }

    QJsonArray evidence(const QStringList &filters) const
    {
        const Run run = custosctl(QStringList{u"evidence"_s, u"query"_s, u"--json"_s} + filters);
        return run.json().toObject().value(u"events").toArray();
    }

    qint64 headSeq() const
    {
        return evidence({u"--limit"_s, u"1"_s}).first().toObject().value(u"seq").toInteger();
    }

    // Sends the request every 200 ms until the gateway stops it (or `timeoutMs` passes).
    HttpReply askUntilStopped(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        HttpReply reply = ask(m_devKey);
        while (reply.status == 200 && !deadline.hasExpired()) {
            QThread::msleep(200);
            reply = ask(m_devKey);
        }
        return reply;
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
        addUser(u"root"_s, {u"--role"_s, u"admin"_s});
        addUser(u"dev"_s, {u"--role"_s, u"developer"_s, u"--role"_s, u"approver"_s});
        addUser(u"alice"_s, {u"--role"_s, u"approver"_s});
        addUser(u"mallory"_s, {u"--role"_s, u"approver"_s});
        addUser(u"sam"_s, {u"--role"_s, u"approver"_s, u"--group"_s, u"security"_s});
        addUser(u"carol"_s, {u"--role"_s, u"developer"_s});
        addUser(u"dora"_s, {u"--role"_s, u"developer"_s});
        if (QTest::currentTestFailed())
            return;
        m_devKey = issueKey(u"dev"_s);
        m_carolKey = issueKey(u"carol"_s);
        m_doraKey = issueKey(u"dora"_s);
        QVERIFY(!m_devKey.isEmpty() && !m_carolKey.isEmpty() && !m_doraKey.isEmpty());

        m_serve = std::make_unique<QProcess>();
        m_serve->setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        m_serve->setArguments(
            QStringList{u"serve"_s, u"--policy"_s,
                        QStringLiteral(CUSTOS_SOURCE_DIR "/tests/gateway/data/exceptions-policy.yaml"),
                        u"--listen"_s, u"127.0.0.1:0"_s} +
            storeArguments());
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

    void cleanupTestCase()
    {
        if (m_serve) {
            m_serve->terminate(); // SIGTERM: the gateway flushes its evidence and exits
            QVERIFY(m_serve->waitForFinished(15000));
            QCOMPARE(m_serve->exitCode(), 0);
        }
        const Run verify = custosctl({u"evidence"_s, u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }

    // Issue 6's story: blocked, requested, refused twice, approved, passing with evidence, expired.
    void blockedRequestedApprovedUsedAndExpired()
    {
        // 1. Blocked, with a hint in the API's error shape that says how to ask.
        const HttpReply blocked = ask(m_devKey);
        QCOMPARE(blocked.status, 403);
        const QJsonObject error = errorOf(blocked);
        QCOMPARE(error.value(u"code").toString(), u"exception_required"_s);
        const QString blockedId = error.value(u"interaction_id").toString();
        QVERIFY(!blockedId.isEmpty());
        QCOMPARE(blocked.header("x-custos-interaction-id"), blockedId.toUtf8());
        const QString hint = error.value(u"message").toString();
        QVERIFY2(hint.contains(u"/custos/v1/exceptions"_s), qPrintable(hint));

        // 2. Requested with the body the hint spells out, completed as a developer would.
        const qsizetype open = hint.indexOf(u"POST {"_s) + 5;
        const qsizetype close = hint.indexOf(u"} to /custos/v1/exceptions"_s) + 1;
        QVERIFY2(open > 4 && close > open, qPrintable(hint));
        QJsonObject body = QJsonDocument::fromJson(hint.mid(open, close - open).toUtf8()).object();
        QCOMPARE(body.value(u"rules").toArray(), QJsonArray{codenameRule}); // not the monitor rule
        QCOMPARE(body.value(u"interaction_id").toString(), blockedId);
        body.insert(u"justification"_s, u"the launch note must go out today"_s);
        body.insert(u"duration_seconds"_s, 3);
        const HttpReply requested = requestException(body, m_devKey);
        QCOMPARE(requested.status, 201);
        const QString id = requested.json().value(u"id").toString();
        QCOMPARE(requested.json().value(u"status").toString(), u"pending"_s);
        QCOMPARE(requested.json().value(u"status_url").toString(), u"/custos/v1/exceptions/"_s + id);

        // 3. The requester may not approve their own request; 4. nor may an approver the rule
        // does not name.
        Run refused = decide(u"approve"_s, id, u"dev"_s);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"four-eyes"_s), qPrintable(refused.err));
        refused = decide(u"approve"_s, id, u"mallory"_s);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"not a named approver"_s), qPrintable(refused.err));
        QCOMPARE(ask(m_devKey).status, 403);

        // 5. The named approver approves, beside the running gateway.
        const Run approved = decide(u"approve"_s, id, u"alice"_s);
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(approved.json().toObject().value(u"status").toString(), u"approved"_s);

        // 6. The same request now passes, at once.
        const HttpReply passed = ask(m_devKey);
        QCOMPARE(passed.status, 200);
        QVERIFY2(replyText(passed).contains(u"Bluebird"_s), passed.body.constData());
        const QString passedId = QString::fromUtf8(passed.header("x-custos-interaction-id"));

        // 7. After expiry it is blocked again.
        const HttpReply again = askUntilStopped(15000);
        QCOMPARE(again.status, 403);
        QCOMPARE(errorOf(again).value(u"code").toString(), u"exception_required"_s);

        // The passing interaction's evidence names the exception ...
        const QJsonArray used = evidence({u"--exception"_s, id, u"--kind"_s, u"interaction"_s});
        QVERIFY(!used.isEmpty());
        const QJsonObject record = used.last().toObject();
        QCOMPARE(record.value(u"exceptionId").toString(), id);
        QVERIFY(QJsonDocument(record).toJson().contains(passedId.toUtf8()));
        // ... and the history says who did what, when, for which interaction.
        const QJsonArray steps = history(id);
        const QStringList names = eventNames(steps);
        for (const QString &step : {u"requested"_s, u"refused"_s, u"approved"_s, u"used"_s, u"expired"_s})
            QVERIFY2(names.contains(step), qPrintable(names.join(u", "_s)));
        QCOMPARE(names.count(u"refused"_s), 2);
        QCOMPARE(
            firstWith(steps, u"requested"_s).value(u"payload").toObject().value(u"interaction_id").toString(),
            blockedId);
        QCOMPARE(firstWith(steps, u"approved"_s).value(u"actor").toString(), u"alice"_s);
        QCOMPARE(firstWith(steps, u"used"_s).value(u"payload").toObject().value(u"interaction_id").toString(),
                 passedId);
        // "Who approved what" is one command, in JSON or as text.
        const QJsonArray listed = custosctl({u"exceptions"_s, u"list"_s, u"--json"_s}).json().toArray();
        const auto entry = std::find_if(listed.begin(), listed.end(), [&](const QJsonValue &value) {
            return value.toObject().value(u"id").toString() == id;
        });
        QVERIFY(entry != listed.end());
        QCOMPARE((*entry).toObject().value(u"decided_by").toString(), u"alice"_s);
        QCOMPARE((*entry).toObject().value(u"status").toString(), u"expired"_s);
        const Run trail = custosctl({u"exceptions"_s, u"history"_s, id});
        QVERIFY2(trail.out.contains(u"used (interaction "_s + passedId + u')'), qPrintable(trail.out));
        // The requester polls their own request; nobody else sees it.
        const HttpReply status = get(m_port, "/custos/v1/exceptions/" + id.toUtf8(), m_devKey);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(u"use_count").toInt(), names.count(u"used"_s)); // one per pass
        QCOMPARE(get(m_port, "/custos/v1/exceptions/" + id.toUtf8(), m_carolKey).status, 404);
        QCOMPARE(get(m_port, "/custos/v1/exceptions/" + id.toUtf8()).status, 401);
    }

    void rejectionLeavesTheRuleInForce()
    {
        const QString id = requestedId();
        QVERIFY(!id.isEmpty());
        const Run rejected = decide(u"reject"_s, id, u"alice"_s, {u"--reason"_s, u"use the public name"_s});
        QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
        QCOMPARE(ask(m_devKey).status, 403);
        const HttpReply status = get(m_port, "/custos/v1/exceptions/" + id.toUtf8(), m_devKey);
        QCOMPARE(status.json().value(u"status").toString(), u"rejected"_s);
        const Run late = decide(u"approve"_s, id, u"alice"_s);
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.err.contains(id), qPrintable(late.err));
        QCOMPARE(ask(m_devKey).status, 403);
    }

    void revocationStopsItAtOnce()
    {
        const QString id = requestedId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(decide(u"approve"_s, id, u"alice"_s).exitCode, 0);
        QCOMPARE(ask(m_devKey).status, 200);
        const Run revoked = decide(u"revoke"_s, id, u"alice"_s, {u"--reason"_s, u"the launch moved"_s});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(ask(m_devKey).status, 403);
        QVERIFY(eventNames(history(id)).contains(u"revoked"_s));
    }

    void singleUseLetsExactlyOneRequestThrough()
    {
        const QString id = requestedId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(decide(u"approve"_s, id, u"alice"_s, {u"--single-use"_s}).exitCode, 0);
        QCOMPARE(ask(m_devKey).status, 200);
        QCOMPARE(ask(m_devKey).status, 403);
        QCOMPARE(eventNames(history(id)).count(u"used"_s), 1);
    }

    void approverMayNarrowTheScope()
    {
        const QString id = requestedId();
        QVERIFY(!id.isEmpty());
        const Run approved = decide(u"approve"_s, id, u"alice"_s, {u"--narrow-model"_s, u"gpt-4o"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(ask(m_devKey, codenamePrompt, u"gpt-4o-mini"_s).status, 403);
        QCOMPARE(ask(m_devKey, codenamePrompt, u"gpt-4o"_s).status, 200);
        // Widening is refused.
        const QString other = requestedId();
        const Run widened = decide(u"approve"_s, other, u"alice"_s, {u"--narrow-user"_s, u"carol"_s});
        QCOMPARE(widened.exitCode, 1);
        QVERIFY2(widened.err.contains(u"never widen"_s), qPrintable(widened.err));
        QCOMPARE(decide(u"revoke"_s, id, u"alice"_s, {u"--reason"_s, u"done"_s}).exitCode, 0);
    }

    void wrongPasswordIsRefusedAndRecorded()
    {
        const QString id = requestedId();
        QVERIFY(!id.isEmpty());
        const Run refused = decide(u"approve"_s, id, u"alice"_s, {}, u"a wrong guess"_s);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"wrong user name or password"_s), qPrintable(refused.err));
        QCOMPARE(ask(m_devKey).status, 403);
        QCOMPARE(eventNames(history(id)), (QStringList{u"requested"_s, u"refused"_s}));
        QCOMPARE(
            get(m_port, "/custos/v1/exceptions/" + id.toUtf8(), m_devKey).json().value(u"status").toString(),
            u"pending"_s);
    }

    // A plain block is excepted the same way, by a member of the group the rule names.
    void blockRuleIsExceptedByItsGroup()
    {
        const QString prompt = u"Rotate VAULTTOKEN tonight"_s;
        const HttpReply blocked = ask(m_devKey, prompt);
        QCOMPARE(blocked.status, 403);
        QCOMPARE(errorOf(blocked).value(u"code").toString(), u"blocked_by_policy"_s);
        const QString id = requestedId(secretRule);
        QVERIFY(!id.isEmpty());
        QCOMPARE(decide(u"approve"_s, id, u"alice"_s).exitCode, 1); // alice is not in group security
        const Run approved = decide(u"approve"_s, id, u"sam"_s, {u"--single-use"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(ask(m_devKey, u"Bluebird: "_s + prompt).status, 403); // the codename rule still applies
        QCOMPARE(ask(m_devKey, prompt).status, 200);
    }

    void badRequestsGetClearErrorsAndOnlyARefusalEvent()
    {
        const QString why = u"a justification long enough"_s;
        const QList<std::pair<QJsonObject, QString>> refused{
            {{{"rules", QJsonArray{"no-such-rule"}}, {"justification", why}}, u"no-such-rule"_s},
            {{{"rules", QJsonArray{codenameRule}},
              {"justification", why},
              {"scope", QJsonObject{{"detectors", QJsonArray{"vault-token"}}}}},
             u"wider than rule"_s},
            {{{"rules", QJsonArray{codenameRule}}, {"justification", why}, {"duration_seconds", 7200}},
             u"exceeds the policy's maximum"_s},
        };
        for (const auto &[body, message] : refused) {
            const qint64 before = headSeq();
            const HttpReply reply = requestException(body, m_devKey);
            QCOMPARE(reply.status, 400);
            QVERIFY2(errorOf(reply).value(u"message").toString().contains(message), reply.body.constData());
            const QJsonArray added = evidence({u"--after"_s, QString::number(before), u"--oldest-first"_s});
            QCOMPARE(added.size(), 1);
            QCOMPARE(added.first().toObject().value(u"payload").toObject().value(u"event").toString(),
                     u"refused"_s);
        }
        // Malformed requests are turned away before they reach the ledger.
        qint64 before = headSeq();
        QCOMPARE(requestException({{"rules", QJsonArray{codenameRule}}, {"colour", "red"}}, m_devKey).status,
                 400);
        QCOMPARE(headSeq(), before);

        // A made-up key: 401, and the attempt is recorded.
        const HttpReply anonymous = requestException({{"rules", QJsonArray{codenameRule}}}, "custos_forged");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(headSeq(), before + 1);

        // A disabled user's keys stop working: for model requests and for asking exceptions.
        const Run disabled = custosctl({u"users"_s, u"disable"_s, u"dora"_s, u"--actor"_s, u"root"_s},
                                       {{u"CUSTOS_ACTOR_PASSWORD"_s, passwordOf(u"root"_s)}});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        QCOMPARE(ask(m_doraKey, u"hello"_s).status, 401);
        before = headSeq();
        const HttpReply reply =
            requestException({{"rules", QJsonArray{codenameRule}}, {"justification", why}}, m_doraKey);
        QCOMPARE(reply.status, 401);
        QVERIFY2(errorOf(reply).value(u"message").toString().contains(u"disabled users"_s),
                 reply.body.constData());
        QCOMPARE(headSeq(), before + 1);
    }

    void identityEventsNeverShowPasswordHashes()
    {
        const Run admin = custosctl({u"evidence"_s, u"query"_s, u"--json"_s, u"--kind"_s, u"admin"_s});
        QCOMPARE(admin.exitCode, 0);
        QVERIFY(admin.out.contains(u"\"withheld\""_s));
        QVERIFY(!admin.out.contains(u"password_hash\":"_s));
        QVERIFY(!admin.out.contains(u"$scrypt$"_s));
    }
};

} // namespace tst_gateway_exceptions

CUSTOS_GUILESS_TEST_MAIN(tst_gateway_exceptions::TestGatewayExceptions)
#include "tst_gateway_exceptions.moc"
