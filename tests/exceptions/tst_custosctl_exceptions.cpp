// The exception path through the real custosctl binary, on a real encrypted store.
#include "tests/support/CustosTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

namespace tst_custosctl_exceptions {

namespace {

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

QString policyFile()
{
    return QStringLiteral(CUSTOS_SOURCE_DIR "/tests/exceptions/data/policy.yaml");
}

QString passwordOf(const QString &user)
{
    return user + QStringLiteral(" password 1");
}

} // namespace

class TestCustosctlExceptions : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    QString store() const { return dir.filePath(QStringLiteral("store.db")); }
    QString keyFile() const { return dir.filePath(QStringLiteral("store.key")); }

    // Passwords always come from the environment; without a controlling terminal a missing one
    // fails at once instead of waiting at a prompt.
    Run custosctl(QStringList arguments, const QString &actorPassword = {},
                  const QString &userPassword = {}) const
    {
        arguments << QStringLiteral("--store") << store() << QStringLiteral("--key-file") << keyFile();
        QProcess process;
        process.setProgram(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"));
        process.setArguments(arguments);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CUSTOS_PASSPHRASE"));
        environment.insert(QStringLiteral("CUSTOS_ACTOR_PASSWORD"), actorPassword);
        environment.insert(QStringLiteral("CUSTOS_USER_PASSWORD"), userPassword);
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] { ::setsid(); });
        process.start();
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
            return {};
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    Run as(const QString &user, QStringList arguments) const
    {
        arguments << QStringLiteral("--as") << user << QStringLiteral("--policy") << policyFile()
                  << QStringLiteral("--json");
        return custosctl(arguments, passwordOf(user));
    }

    void addUser(const QString &name, const QStringList &roleAndGroupFlags)
    {
        const Run run = custosctl(QStringList{QStringLiteral("users"), QStringLiteral("add"), name,
                                              QStringLiteral("--actor"), QStringLiteral("root")} +
                                      roleAndGroupFlags,
                                  passwordOf(QStringLiteral("root")), passwordOf(name));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    QString request(const QString &requester, const QString &hours)
    {
        const Run run =
            as(requester,
               {QStringLiteral("exceptions"), QStringLiteral("request"), QStringLiteral("--rule"),
                QStringLiteral("codename-exception"), QStringLiteral("--scope-user"), requester,
                QStringLiteral("--scope-service"), QStringLiteral("chatbot"),
                QStringLiteral("--justification"), QStringLiteral("the launch brief must go out"),
                QStringLiteral("--hours"), hours, QStringLiteral("--interaction"), QStringLiteral("int-7")});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.json().toObject().value(u"id").toString();
    }

    QJsonObject show(const QString &id) const
    {
        return custosctl({QStringLiteral("exceptions"), QStringLiteral("show"), id, QStringLiteral("--json")})
            .json()
            .toObject();
    }

    void expectRefused(const Run &run, const QString &message)
    {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        const Run init = custosctl({QStringLiteral("evidence"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const Run bootstrap =
            custosctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"),
                       QStringLiteral("--role"), QStringLiteral("admin")},
                      {}, passwordOf(QStringLiteral("root")));
        QVERIFY2(bootstrap.exitCode == 0, qPrintable(bootstrap.err));
        addUser(QStringLiteral("carol"),
                {QStringLiteral("--role"), QStringLiteral("developer"), QStringLiteral("--role"),
                 QStringLiteral("approver"), QStringLiteral("--group"), QStringLiteral("security")});
        addUser(QStringLiteral("alice"), {QStringLiteral("--role"), QStringLiteral("approver")});
        addUser(QStringLiteral("mallory"), {QStringLiteral("--role"), QStringLiteral("approver")});
    }

    void usersAreListedWithoutHashes()
    {
        const Run run =
            custosctl({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray users = run.json().toArray();
        QCOMPARE(users.size(), 4);
        QCOMPARE(users.at(0).toObject().value(u"name").toString(), QStringLiteral("alice"));
        QVERIFY(!run.out.contains(u"scrypt"));
        QCOMPARE(users.at(1).toObject().value(u"groups").toArray(), QJsonArray{QStringLiteral("security")});
    }

    void onlyAnAuthenticatedAdminChangesUsers()
    {
        expectRefused(custosctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve"),
                                 QStringLiteral("--role"), QStringLiteral("auditor"),
                                 QStringLiteral("--actor"), QStringLiteral("alice")},
                                passwordOf(QStringLiteral("alice")), passwordOf(QStringLiteral("eve"))),
                      QStringLiteral("may not manage users"));
        expectRefused(
            custosctl({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("mallory"),
                       QStringLiteral("--actor"), QStringLiteral("root")},
                      QStringLiteral("not root's password")),
            QStringLiteral("wrong user name or password"));
        const Run missingActor =
            custosctl({QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("mallory"),
                       QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(missingActor.exitCode, 2);
        QVERIFY2(missingActor.err.contains(u"--actor NAME is required"), qPrintable(missingActor.err));
    }

    void theStory()
    {
        const QString id = request(QStringLiteral("carol"), QStringLiteral("1"));
        QVERIFY(id.startsWith(u"EXC-"));
        QCOMPARE(show(id).value(u"status").toString(), QStringLiteral("pending"));

        const QStringList approve{QStringLiteral("exceptions"), QStringLiteral("approve"), id};
        expectRefused(as(QStringLiteral("carol"), approve), QStringLiteral("four-eyes"));
        expectRefused(as(QStringLiteral("mallory"), approve), QStringLiteral("not a named approver"));
        Run wrongPassword = custosctl(approve + QStringList{QStringLiteral("--as"), QStringLiteral("alice"),
                                                            QStringLiteral("--policy"), policyFile()},
                                      QStringLiteral("alice guessed wrong"));
        expectRefused(wrongPassword, QStringLiteral("wrong user name or password"));
        QCOMPARE(show(id).value(u"status").toString(), QStringLiteral("pending"));

        // Two seconds, so the test can watch it expire.
        const Run approved = as(QStringLiteral("alice"),
                                approve + QStringList{QStringLiteral("--hours"), QStringLiteral("0.0006")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(approved.json().toObject().value(u"status").toString(), QStringLiteral("approved"));
        QCOMPARE(approved.json().toObject().value(u"decided_by").toString(), QStringLiteral("alice"));

        const Run listed =
            custosctl({QStringLiteral("exceptions"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("approved"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().toArray().size(), 1);

        const QDateTime expiry = QDateTime::fromString(
            approved.json().toObject().value(u"expires_at").toString(), Qt::ISODateWithMs);
        while (QDateTime::currentDateTimeUtc() <= expiry)
            QThread::msleep(200);
        const Run swept =
            custosctl({QStringLiteral("exceptions"), QStringLiteral("sweep"), QStringLiteral("--json")});
        QCOMPARE(swept.exitCode, 0);
        QCOMPARE(swept.json().toObject().value(u"expired").toInt(), 1);
        QCOMPARE(show(id).value(u"status").toString(), QStringLiteral("expired"));
        expectRefused(as(QStringLiteral("alice"), approve), QStringLiteral("already expired"));

        const Run history = custosctl(
            {QStringLiteral("exceptions"), QStringLiteral("history"), id, QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        QStringList trail;
        for (const QJsonValue &value : history.json().toArray()) {
            const QJsonObject event = value.toObject();
            QVERIFY(event.value(u"seq").toInteger() > 0);
            QVERIFY(!event.value(u"time").toString().isEmpty());
            trail << event.value(u"actor").toString() + u' ' +
                         event.value(u"payload").toObject().value(u"event").toString();
        }
        QCOMPARE(trail, (QStringList{"carol requested", "carol refused", "mallory refused", "alice refused",
                                     "alice approved", "custos expired", "alice refused"}));
        const Run text = custosctl({QStringLiteral("exceptions"), QStringLiteral("history"), id});
        QVERIFY2(text.out.contains(u"four-eyes"), qPrintable(text.out));

        const Run verify = custosctl({QStringLiteral("evidence"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }

    void rejectionAndRevocation()
    {
        const QString rejected = request(QStringLiteral("carol"), QStringLiteral("2"));
        expectRefused(as(QStringLiteral("alice"), {QStringLiteral("exceptions"), QStringLiteral("reject"),
                                                   rejected, QStringLiteral("--reason"), QString()}),
                      QStringLiteral("needs a reason"));
        const Run rejection =
            as(QStringLiteral("alice"), {QStringLiteral("exceptions"), QStringLiteral("reject"), rejected,
                                         QStringLiteral("--reason"), QStringLiteral("use the public brief")});
        QVERIFY2(rejection.exitCode == 0, qPrintable(rejection.err));
        QCOMPARE(show(rejected).value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(show(rejected).value(u"reason").toString(), QStringLiteral("use the public brief"));

        const QString revoked = request(QStringLiteral("carol"), QStringLiteral("2"));
        const Run approval =
            as(QStringLiteral("alice"), {QStringLiteral("exceptions"), QStringLiteral("approve"), revoked,
                                         QStringLiteral("--single-use"), QStringLiteral("--narrow-model"),
                                         QStringLiteral("gpt-4o-mini")});
        QVERIFY2(approval.exitCode == 0, qPrintable(approval.err));
        QCOMPARE(approval.json().toObject().value(u"single_use").toBool(), true);
        QCOMPARE(approval.json().toObject().value(u"granted_scope").toObject().value(u"models").toArray(),
                 QJsonArray{QStringLiteral("gpt-4o-mini")});
        expectRefused(
            as(QStringLiteral("mallory"), {QStringLiteral("exceptions"), QStringLiteral("revoke"), revoked,
                                           QStringLiteral("--reason"), QStringLiteral("meddling")}),
            QStringLiteral("may not revoke"));
        const Run revocation =
            as(QStringLiteral("carol"), {QStringLiteral("exceptions"), QStringLiteral("revoke"), revoked,
                                         QStringLiteral("--reason"), QStringLiteral("launch moved")});
        QVERIFY2(revocation.exitCode == 0, qPrintable(revocation.err));
        QCOMPARE(show(revoked).value(u"status").toString(), QStringLiteral("revoked"));
    }

    void badInput()
    {
        expectRefused(as(QStringLiteral("carol"),
                         {QStringLiteral("exceptions"), QStringLiteral("request"), QStringLiteral("--rule"),
                          QStringLiteral("codename-exception"), QStringLiteral("--justification"),
                          QStringLiteral("the launch brief must go out"), QStringLiteral("--hours"),
                          QStringLiteral("49")}),
                      QStringLiteral("exceeds the policy's maximum"));
        expectRefused(as(QStringLiteral("carol"), {QStringLiteral("exceptions"), QStringLiteral("approve"),
                                                   QStringLiteral("EXC-ffffffffffff")}),
                      QStringLiteral("no exception request with id"));
        const Run noPolicy =
            custosctl({QStringLiteral("exceptions"), QStringLiteral("approve"), QStringLiteral("EXC-1"),
                       QStringLiteral("--as"), QStringLiteral("alice")},
                      passwordOf(QStringLiteral("alice")));
        QVERIFY(noPolicy.exitCode != 0);
        QVERIFY2(noPolicy.err.contains(u"no policy version is published"), qPrintable(noPolicy.err));
        const Run unknownStatus = custosctl({QStringLiteral("exceptions"), QStringLiteral("list"),
                                             QStringLiteral("--status"), QStringLiteral("maybe")});
        QCOMPARE(unknownStatus.exitCode, 2);
    }
};

} // namespace tst_custosctl_exceptions

CUSTOS_GUILESS_TEST_MAIN(tst_custosctl_exceptions::TestCustosctlExceptions)
#include "tst_custosctl_exceptions.moc"
