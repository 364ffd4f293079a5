#include "tests/support/CustosTest.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"
#include "gateway/ActivePolicyEnforcer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace tst_active_policy_enforcer {

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

QByteArray starterSource()
{
    QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The starter policy that also blocks confidential material.
QByteArray stricterSource()
{
    QByteArray source = starterSource();
    source.replace("rules:\n", "rules:\n  - id: block-confidential\n    direction: request\n"
                               "    conditions:\n      classes: [CONFIDENTIAL]\n    action: block\n");
    return source;
}

QJsonObject chatWith(const QString &text)
{
    return QJsonObject{
        {u"model"_s, u"gpt-4o"_s},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}}}};
}

EnforcementContext requestContext()
{
    EnforcementContext context;
    context.service = u"chatbot"_s;
    context.user = u"dev"_s;
    context.model = u"gpt-4o"_s;
    context.route = u"upstream"_s;
    return context;
}

const QString confidentialText = u"CONFIDENTIAL - internal only: the merger plan"_s;

} // namespace

class TestActivePolicyEnforcer : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::shared_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
    std::unique_ptr<PolicyVersions> versions;

    Credentials rita() const { return Credentials::withPassword(u"rita"_s, u"rita password 1"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        auto created =
            EvidenceStore::create(dir.filePath(u"store.db"_s), KeySource::rawKey(QByteArray(32, 'k')));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        users = std::make_shared<UserDirectory>(PasswordHasher({10, 8, 1}));
        UserService admin(*store, users);
        QVERIFY(admin.addUser({}, {u"root"_s, {}, {Role::Admin}, {}}, u"root password 1"_s));
        QVERIFY(admin.addUser(Credentials::withPassword(u"root"_s, u"root password 1"_s),
                              {u"rita"_s, {}, {Role::RiskOfficer}, {}}, u"rita password 1"_s));
        versions = std::make_unique<PolicyVersions>(*store, users);
    }

    void withoutAPublishedVersionNothingPasses()
    {
        auto enforcer = std::make_shared<ActivePolicyEnforcer>(store);
        QCOMPARE(enforcer->pinned(), nullptr);
        auto refreshed = enforcer->refreshNow();
        QVERIFY(!refreshed);
        QVERIFY(refreshed.error().message.contains(u"no policy version"_s));
        QCOMPARE(enforcer->evaluate(requestContext(), chatWith(u"hello"_s)).action, Action::Block);
    }

    void aPublishGovernsTheNextRequestWhileAPinnedExchangeKeepsItsVersion()
    {
        auto first = versions->publish(starterSource(), u"starter"_s, rita());
        QVERIFY(first);
        auto enforcer = std::make_shared<ActivePolicyEnforcer>(store, 50);
        QVERIFY(enforcer->refreshNow());
        const auto exchangeStartedEarlier = enforcer->pinned();
        QVERIFY(exchangeStartedEarlier);
        QCOMPARE(exchangeStartedEarlier->policyHash(), first->hash);
        QVERIFY(enforcer->evaluate(requestContext(), chatWith(confidentialText)).action != Action::Block);

        auto second = versions->publish(stricterSource(), u"block confidential material"_s, rita());
        QVERIFY(second);
        QTRY_COMPARE_WITH_TIMEOUT(enforcer->policyHash(), second->hash, 5000);
        const Enforcement now = enforcer->evaluate(requestContext(), chatWith(confidentialText));
        QCOMPARE(now.action, Action::Block);
        QVERIFY(now.rules.contains(u"block-confidential"_s));
        // The exchange that pinned the first version still judges (and records) under it.
        QCOMPARE(exchangeStartedEarlier->policyHash(), first->hash);
        QVERIFY(exchangeStartedEarlier->evaluate(requestContext(), chatWith(confidentialText)).action !=
                Action::Block);
    }
};

} // namespace tst_active_policy_enforcer

CUSTOS_GUILESS_TEST_MAIN(tst_active_policy_enforcer::TestActivePolicyEnforcer)
#include "tst_active_policy_enforcer.moc"
