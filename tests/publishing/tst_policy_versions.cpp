#include "tests/support/CustosTest.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace tst_policy_versions {

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const PasswordHasher::Cost testCost{10, 8, 1}; // cheap for tests; production uses the default

KeySource storeKey()
{
    return KeySource::rawKey(QByteArray(32, '\x42'));
}

QString passwordOf(const QString &user)
{
    return user + QStringLiteral(" password 1");
}

Credentials as(const QString &user)
{
    return Credentials::withPassword(user, passwordOf(user));
}

QByteArray starterSource()
{
    QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The starter policy with one more rule, so it hashes differently.
QByteArray stricterSource()
{
    QByteArray source = starterSource();
    source.replace("rules:\n", "rules:\n  - id: block-confidential\n    direction: request\n"
                               "    conditions:\n      classes: [CONFIDENTIAL]\n    action: block\n");
    return source;
}

} // namespace

class TestPolicyVersions : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
    std::unique_ptr<PolicyVersions> versions;

    qint64 eventCount() const
    {
        EvidenceQuery all;
        all.limit = EvidenceQuery::kMaxLimit;
        return store->query(all)->events.size();
    }

private Q_SLOTS:
    void init()
    {
        versions.reset();
        store.reset();
        QFile::remove(dir.filePath(QStringLiteral("store.db")));
        auto created = EvidenceStore::create(dir.filePath(QStringLiteral("store.db")), storeKey());
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        users = std::make_shared<UserDirectory>(PasswordHasher(testCost));
        UserService admin(*store, users);
        QVERIFY(admin.addUser({}, {QStringLiteral("root"), {}, {Role::Admin}, {}}, passwordOf(u"root"_s)));
        QVERIFY(admin.addUser(as(u"root"_s), {QStringLiteral("rita"), {}, {Role::RiskOfficer}, {}},
                              passwordOf(u"rita"_s)));
        QVERIFY(admin.addUser(as(u"root"_s), {QStringLiteral("dev"), {}, {Role::Developer}, {}},
                              passwordOf(u"dev"_s)));
        versions = std::make_unique<PolicyVersions>(*store, users);
    }

    void publishKeepsTheExactSourceAndBecomesActive()
    {
        QVERIFY(!versions->active()->has_value());
        auto first = versions->publish(starterSource(), u"initial rules"_s, as(u"rita"_s));
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->author, u"rita"_s);
        QCOMPARE(first->source, starterSource());
        auto second = versions->publish(stricterSource(), u"block confidential material"_s, as(u"rita"_s));
        QVERIFY(second);
        QCOMPARE(second->previousHash, first->hash);
        QCOMPARE(versions->active()->value().hash, second->hash);

        auto history = versions->history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2u);
        QCOMPARE(history->front().hash, first->hash);
        QCOMPARE(history->front().comment, u"initial rules"_s);
        auto reloaded = versions->policy(first->hash.left(12));
        QVERIFY2(reloaded, reloaded ? "" : qPrintable(reloaded.error().toString()));
        QCOMPARE(reloaded->hash(), first->hash);
        QVERIFY(store->verify().ok());
    }

    void refusalsLeaveOnlyARefusalEvent_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("reason");
        QTest::newRow("developer") << u"dev"_s << passwordOf(u"dev"_s) << starterSource() << u"c"_s
                                   << u"may not publish"_s;
        QTest::newRow("wrong password")
            << u"rita"_s << u"guess"_s << starterSource() << u"c"_s << u"password"_s;
        QTest::newRow("unknown user")
            << u"mallory"_s << u"x"_s << starterSource() << u"c"_s << u"user name or password"_s;
        QTest::newRow("invalid policy")
            << u"rita"_s << passwordOf(u"rita"_s) << QByteArray("id: [\n") << u"c"_s << u"invalid"_s;
        QTest::newRow("no comment") << u"rita"_s << passwordOf(u"rita"_s) << starterSource() << u" "_s
                                    << u"comment"_s;
    }

    void refusalsLeaveOnlyARefusalEvent()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QByteArray, source);
        QFETCH(QString, comment);
        QFETCH(QString, reason);
        const qint64 before = eventCount();
        auto refused = versions->publish(source, comment, Credentials::withPassword(user, password));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(reason, Qt::CaseInsensitive),
                 qPrintable(refused.error().message));
        QCOMPARE(eventCount(), before + 1);
        EvidenceQuery latest;
        latest.limit = 1;
        const EvidenceEvent refusal = store->query(latest)->events.front();
        QCOMPARE(refusal.kind, EventKind::Admin);
        QCOMPARE(refusal.payload.value(u"event").toString(), u"policy.publish_refused"_s);
        QVERIFY(!versions->active()->has_value());
    }

    void republishingTheActiveVersionIsRefused()
    {
        QVERIFY(versions->publish(starterSource(), u"one"_s, as(u"rita"_s)));
        auto again = versions->publish(starterSource(), u"two"_s, as(u"rita"_s));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"already the active"_s));
    }

    void anApiKeyCannotPublish()
    {
        auto refused = versions->publish(starterSource(), u"c"_s, Credentials::fromApiKey(u"rita"_s));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"password"_s));
    }

    void aLoadedFileIsRecordedOnce()
    {
        auto policy = Policy::fromYaml(starterSource());
        QVERIFY(policy);
        auto first = versions->recordLoadedFile(*policy, u"/etc/custos/policy.yaml"_s);
        QVERIFY(first);
        QCOMPARE(first->author, u"file:/etc/custos/policy.yaml"_s);
        const qint64 before = eventCount();
        auto second = versions->recordLoadedFile(*policy, u"/etc/custos/policy.yaml"_s);
        QVERIFY(second);
        QCOMPARE(second->seq, first->seq);
        QCOMPARE(eventCount(), before);
    }

    void ambiguousOrUnknownPrefixesAreClearErrors()
    {
        QVERIFY(!versions->version(u"abc"_s));
        auto unknown = versions->version(u"0123456789ab"_s);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"no published policy version"_s));
    }
};

} // namespace tst_policy_versions

CUSTOS_GUILESS_TEST_MAIN(tst_policy_versions::TestPolicyVersions)
#include "tst_policy_versions.moc"
