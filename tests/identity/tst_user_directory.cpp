#include "tests/support/CustosTest.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace tst_user_directory {

using namespace custos;

namespace {

// A cheap scrypt cost keeps the suite quick; tst_password_hasher checks the production default.
const PasswordHasher::Cost testCost{10, 8, 1};

KeySource storeKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
}

const QString rootPassword = QStringLiteral("root password 1");
const QString alicePassword = QStringLiteral("alice password 1");

Credentials root()
{
    return Credentials::withPassword(QStringLiteral("root"), rootPassword);
}

QJsonArray snapshot(const UserDirectory &users)
{
    QJsonArray array;
    for (const User &user : users.all())
        array.append(user.toJson());
    return array;
}

} // namespace

class TestUserDirectory : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
    std::unique_ptr<UserService> service;

    QString path() const { return dir.filePath(QStringLiteral("store.db")); }

    void open(bool create)
    {
        service.reset();
        store.reset();
        auto opened =
            create ? EvidenceStore::create(path(), storeKey()) : EvidenceStore::open(path(), storeKey());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        store = std::move(*opened);
        users = std::make_shared<UserDirectory>(PasswordHasher(testCost));
        service = std::make_unique<UserService>(*store, users);
        QVERIFY(service->load());
    }

    qint64 adminEvents() const
    {
        EvidenceQuery query;
        query.kind = EventKind::Admin;
        query.limit = EvidenceQuery::kMaxLimit;
        return store->query(query)->events.size();
    }

    void addStaff()
    {
        QVERIFY(service->addUser({}, {QStringLiteral("root"), QStringLiteral("Root"), {Role::Admin}, {}},
                                 rootPassword));
        QVERIFY(service->addUser(root(),
                                 {QStringLiteral("alice"),
                                  QStringLiteral("Alice A."),
                                  {Role::Approver, Role::Auditor},
                                  {QStringLiteral("security")}},
                                 alicePassword));
        QVERIFY(service->addUser(root(), {QStringLiteral("dev"), {}, {Role::Developer}, {}},
                                 QStringLiteral("dev password 1")));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir.isValid());
        QFile::remove(path());
        open(true);
    }
    void cleanup()
    {
        service.reset();
        store.reset();
        QFile::remove(path());
    }

    void firstUserMustBeAdmin()
    {
        const auto refused = service->addUser({}, {QStringLiteral("dev"), {}, {Role::Developer}, {}},
                                              QStringLiteral("dev password 1"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"first user must have the admin role"),
                 qPrintable(refused.error().message));
        QVERIFY(users->isEmpty());
        QCOMPARE(adminEvents(), 1); // the refusal
    }

    void addAndAuthenticate()
    {
        addStaff();
        const auto alice = users->authenticate(QStringLiteral("alice"), alicePassword);
        QVERIFY(alice);
        QCOMPARE(alice->displayName, QStringLiteral("Alice A."));
        QVERIFY(alice->hasRole(Role::Approver) && alice->hasRole(Role::Auditor));
        QVERIFY(alice->can(Permission::DecideExceptions));
        QVERIFY(!alice->can(Permission::ManageUsers));
        QCOMPARE(users->groupsOf(QStringLiteral("alice")), QStringList{QStringLiteral("security")});
        QVERIFY(alice->passwordHash.startsWith(u"$scrypt$ln=10,"));
        QVERIFY2(!alice->toJson().contains(u"password_hash"), "listings never carry the hash");
    }

    void wrongCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << "alice" << "alice password 2";
        QTest::newRow("empty password") << "alice" << "";
        QTest::newRow("unknown user") << "nobody" << "alice password 1";
        QTest::newRow("other's password") << "dev" << "alice password 1";
    }
    void wrongCredentialsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        addStaff();
        const auto signedIn = users->authenticate(name, password);
        QVERIFY(!signedIn);
        QCOMPARE(signedIn.error().message, QStringLiteral("wrong user name or password"));
    }

    void disabledUserCannotSignIn()
    {
        addStaff();
        QVERIFY(service->disable(root(), QStringLiteral("alice")));
        const auto signedIn = users->authenticate(QStringLiteral("alice"), alicePassword);
        QVERIFY(!signedIn);
        QCOMPARE(signedIn.error().message, QStringLiteral("user alice is disabled"));
        QVERIFY2(users->groupsOf(QStringLiteral("alice")).isEmpty(), "a disabled user approves for no group");
        QVERIFY(service->enable(root(), QStringLiteral("alice")));
        QVERIFY(users->authenticate(QStringLiteral("alice"), alicePassword));
    }

    void onlyAdminsManageUsers()
    {
        addStaff();
        const qint64 before = adminEvents();
        const auto byApprover =
            service->setRoles(Credentials::withPassword(QStringLiteral("alice"), alicePassword),
                              QStringLiteral("dev"), {Role::Admin});
        QVERIFY(!byApprover);
        QVERIFY(byApprover.error().message.contains(u"may not manage users"));
        const auto wrongPassword = service->disable(
            Credentials::withPassword(QStringLiteral("root"), alicePassword), QStringLiteral("dev"));
        QVERIFY(!wrongPassword);
        QCOMPARE(wrongPassword.error().message, QStringLiteral("wrong user name or password"));
        QCOMPARE(adminEvents(), before + 2); // one refusal each, nothing else
        QCOMPARE(users->find(QStringLiteral("dev"))->roles, QList<Role>{Role::Developer});
        QVERIFY(!users->find(QStringLiteral("dev"))->disabled);
    }

    void rolesGroupsAndPasswords()
    {
        addStaff();
        QVERIFY(service->setRoles(root(), QStringLiteral("dev"), {Role::Developer, Role::Approver}));
        QVERIFY(users->find(QStringLiteral("dev"))->can(Permission::DecideExceptions));
        QVERIFY(service->setGroups(root(), QStringLiteral("dev"), {QStringLiteral("security")}));
        QCOMPARE(users->groupsOf(QStringLiteral("dev")), QStringList{QStringLiteral("security")});
        // People change their own password; nobody but an admin changes someone else's.
        QVERIFY(service->changePassword(Credentials::withPassword(QStringLiteral("alice"), alicePassword),
                                        QStringLiteral("alice"), QStringLiteral("alice password 2")));
        QVERIFY(!users->authenticate(QStringLiteral("alice"), alicePassword));
        QVERIFY(users->authenticate(QStringLiteral("alice"), QStringLiteral("alice password 2")));
        QVERIFY(!service->changePassword(
            Credentials::withPassword(QStringLiteral("dev"), QStringLiteral("dev password 1")),
            QStringLiteral("alice"), QStringLiteral("dev chose this")));
    }

    void badChangesAreRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate") << "duplicate" << "already exists";
        QTest::newRow("bad name") << "bad name" << "must start with";
        QTest::newRow("no roles") << "no roles" << "at least one role";
        QTest::newRow("short password") << "short password" << "at least 10";
        QTest::newRow("last admin disabled") << "last admin disabled" << "last enabled admin";
        QTest::newRow("last admin demoted") << "last admin demoted" << "last enabled admin";
        QTest::newRow("unknown user") << "unknown user" << "there is no user";
    }
    void badChangesAreRefused()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        addStaff();
        const QJsonArray before = snapshot(*users);
        const qint64 eventsBefore = adminEvents();
        Result<User> result = fail(QString());
        if (change == u"duplicate")
            result =
                service->addUser(root(), {QStringLiteral("alice"), {}, {Role::Auditor}, {}}, alicePassword);
        else if (change == u"bad name")
            result =
                service->addUser(root(), {QStringLiteral("group:x"), {}, {Role::Auditor}, {}}, alicePassword);
        else if (change == u"no roles")
            result = service->addUser(root(), {QStringLiteral("eve"), {}, {}, {}}, alicePassword);
        else if (change == u"short password")
            result = service->addUser(root(), {QStringLiteral("eve"), {}, {Role::Auditor}, {}},
                                      QStringLiteral("short"));
        else if (change == u"last admin disabled")
            result = service->disable(root(), QStringLiteral("root"));
        else if (change == u"last admin demoted")
            result = service->setRoles(root(), QStringLiteral("root"), {Role::Auditor});
        else
            result = service->enable(root(), QStringLiteral("nobody"));
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(snapshot(*users), before);
        QCOMPARE(adminEvents(), eventsBefore + 1);
    }

    void everyChangeIsAnAdminEventWithItsActor()
    {
        addStaff();
        QVERIFY(service->disable(root(), QStringLiteral("dev")));
        EvidenceQuery query;
        query.kind = EventKind::Admin;
        query.newestFirst = false;
        const auto page = store->query(query);
        QVERIFY(page);
        QStringList trail;
        for (const EvidenceEvent &event : page->events)
            trail << event.actor + u' ' + event.payload.value(u"action").toString() + u' ' +
                         event.payload.value(u"user").toString();
        QCOMPARE(trail, (QStringList{"root user.add root", "root user.add alice", "root user.add dev",
                                     "root user.disable dev"}));
        QVERIFY(page->events.first().payload.value(u"password_hash").toString().startsWith(u"$scrypt$"));
    }

    void rebuildFromReopenedStoreEqualsState()
    {
        addStaff();
        QVERIFY(service->setGroups(root(), QStringLiteral("dev"), {QStringLiteral("ops")}));
        QVERIFY(service->disable(root(), QStringLiteral("alice")));
        QVERIFY(!service->disable(root(), QStringLiteral("root"))); // a refusal in the ledger too
        const QJsonArray before = snapshot(*users);
        open(false);
        QCOMPARE(snapshot(*users), before);
        QCOMPARE(users->all().size(), 3);
        QVERIFY(users->authenticate(QStringLiteral("root"), rootPassword));
        QCOMPARE(users->authenticate(QStringLiteral("alice"), alicePassword).error().message,
                 QStringLiteral("user alice is disabled"));
        QVERIFY(store->verify().ok());
    }

    void apiKeyUsersActAsDevelopers()
    {
        addStaff();
        const auto keyUser = users->authenticate(Credentials::fromApiKey(QStringLiteral("svc-bot")));
        QVERIFY(keyUser);
        QVERIFY(keyUser->can(Permission::RequestExceptions));
        QVERIFY(service->disable(root(), QStringLiteral("dev")));
        QVERIFY(!users->authenticate(Credentials::fromApiKey(QStringLiteral("dev"))));
        const auto viaKey = service->setRoles(Credentials::fromApiKey(QStringLiteral("root")),
                                              QStringLiteral("alice"), {Role::Admin});
        QVERIFY(!viaKey);
        QVERIFY(viaKey.error().message.contains(u"password sign-in"));
    }
};

} // namespace tst_user_directory

CUSTOS_GUILESS_TEST_MAIN(tst_user_directory::TestUserDirectory)
#include "tst_user_directory.moc"
