#include "tests/support/CustosTest.h"

#include "ui/policyeditor/PolicyPlayground.h"
#include "ui/policyeditor/PolicySourceEditor.h"
#include "ui/policyeditor/PolicyWorkbench.h"
#include "ui/policyeditor/ReplayChangeModel.h"
#include "ui/policyeditor/ReplayPage.h"
#include "ui/policyeditor/VersionHistoryPage.h"
#include "ui/policyeditor/VisualPolicyEditor.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/KeySource.h"
#include "core/identity/PasswordHasher.h"
#include "core/identity/UserDirectory.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace tst_policy_workbench {

using namespace custos;
using namespace Qt::StringLiterals;

// The Policies section on a real store: who may publish what, the playground, the replay against
// recorded interactions and the version history. Screenshots of each tab land in build/<env>/screenshots.
class TestPolicyWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::shared_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
    std::unique_ptr<PolicyWorkbench> workbench;
    QString starter;

    static User user(const QString &name, Role role)
    {
        User signedIn;
        signedIn.name = name;
        signedIn.roles = {role};
        return signedIn;
    }
    static NewUser account(const QString &name, Role role) { return NewUser{name, {}, {role}, {}}; }

    void screenshot(const QString &name)
    {
        QDir().mkpath(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots"));
        QTest::qWait(20);
        QVERIFY(workbench->grab().save(
            QStringLiteral(CUSTOS_BIN_DIR "/../screenshots/policies-%1.png").arg(name)));
    }

    qint64 recordInteraction(const QString &prompt, const QString &decision)
    {
        const QJsonObject body{
            {u"model"_s, u"gpt-4o"_s},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, prompt}}}}};
        EvidenceEvent event;
        event.kind = EventKind::Interaction;
        event.time = QDateTime::currentDateTimeUtc();
        event.service = u"chatbot"_s;
        event.user = u"dev"_s;
        event.model = u"gpt-4o"_s;
        event.route = u"upstream"_s;
        event.decision = decision;
        event.payload = QJsonObject{{u"api"_s, u"openai_chat"_s},
                                    {u"request"_s, QJsonObject{{u"received"_s, body}}},
                                    {u"decisions"_s, QJsonArray{}}};
        return store->append(event).value_or(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created =
            EvidenceStore::create(dir.filePath(u"store.db"_s), KeySource::rawKey(QByteArray(32, 'w')));
        QVERIFY(created);
        store = std::move(*created);
        users = std::make_shared<UserDirectory>(PasswordHasher({10, 8, 1}));
        UserService admin(*store, users);
        QVERIFY(admin.addUser({}, account(u"root"_s, Role::Admin), u"root password 1"_s));
        const Credentials root = Credentials::withPassword(u"root"_s, u"root password 1"_s);
        QVERIFY(admin.addUser(root, account(u"rita"_s, Role::RiskOfficer), u"rita password 1"_s));
        QVERIFY(admin.addUser(root, account(u"dev"_s, Role::Developer), u"dev password 1"_s));
        QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        starter = QString::fromUtf8(file.readAll());
        QVERIFY(PolicyVersions(*store, users)
                    .publish(starter.toUtf8(), u"first"_s,
                             Credentials::withPassword(u"rita"_s, u"rita password 1"_s)));
        workbench = std::make_unique<PolicyWorkbench>(store, users);
        workbench->resize(1280, 800);
        workbench->show();
        QVERIFY(QTest::qWaitForWindowExposed(workbench.get()));
    }

    void opensOnTheActiveVersion()
    {
        QCOMPARE(workbench->editor()->text(), starter);
        QVERIFY(workbench->statusText().contains(u"is the active version"_s));
        QVERIFY(!workbench->canPublish());
        QCOMPARE(workbench->history()->versionCount(), 1);
        screenshot(u"rules"_s);
    }

    void onlyAValidChangedDraftOfARiskOfficerCanBePublished()
    {
        QString draft = starter;
        draft.replace(u"action: monitor\n\n  - id: monitor-responses"_s,
                      u"action: monitor\n\n  - id: large-prompts\n    direction: request\n    conditions:\n"
                      "      min_size: 50000\n    action: block\n\n  - id: monitor-responses"_s);
        workbench->editor()->source()->replaceText(draft);
        workbench->compileNow();
        workbench->setSignedInUser(user(u"dev"_s, Role::Developer));
        QVERIFY(!workbench->canPublish());
        QVERIFY(workbench->statusText().contains(u"Only a risk officer"_s));

        workbench->setSignedInUser(user(u"rita"_s, Role::RiskOfficer));
        QVERIFY(workbench->canPublish());
        QVERIFY(workbench->findChild<QPushButton *>(u"publishPolicy"_s)->isEnabled());

        // Invalid text cannot be published, and says why.
        workbench->editor()->source()->replaceText(
            QString(draft).replace(u"action: block"_s, u"action: bloc"_s));
        workbench->compileNow();
        QVERIFY(!workbench->canPublish());
        QVERIFY(workbench->statusText().contains(u"not a valid policy"_s));
        workbench->editor()->source()->validateNow();
        QCOMPARE(workbench->editor()->source()->validity(), SourceValidity::Invalid);
        QVERIFY(!workbench->editor()->source()->problems().isEmpty());
        QVERIFY(workbench->editor()->source()->problems().first().line > 0);
        screenshot(u"invalid"_s);
        workbench->editor()->source()->replaceText(draft);
        workbench->compileNow();

        // A wrong password publishes nothing; the right one publishes with the comment.
        QString shownChanges;
        workbench->setPublishPrompt([&](const QString &changes) {
            shownChanges = changes;
            return std::optional(PublishRequest{u"block huge prompts"_s, u"not rita's"_s});
        });
        QVERIFY(!workbench->publish());
        QVERIFY2(shownChanges.contains(u"large-prompts"_s), qPrintable(shownChanges));
        QVERIFY(workbench->statusText().startsWith(u"Not published"_s));
        QCOMPARE(PolicyVersions(*store, nullptr).history()->size(), std::size_t(1));

        workbench->setPublishPrompt([](const QString &) {
            return std::optional(PublishRequest{u"block huge prompts"_s, u"rita password 1"_s});
        });
        QSignalSpy published(workbench.get(), &PolicyWorkbench::published);
        QVERIFY2(workbench->publish(), qPrintable(workbench->statusText()));
        QCOMPARE(published.count(), 1);
        auto active = PolicyVersions(*store, nullptr).active();
        QCOMPARE((*active)->comment, u"block huge prompts"_s);
        QCOMPARE((*active)->author, u"rita"_s);
        QCOMPARE((*active)->source, draft.toUtf8());
        QVERIFY(!workbench->canPublish());
        QCOMPARE(workbench->history()->versionCount(), 2);
    }

    void historyShowsRuleLevelChangesAndOldText()
    {
        VersionHistoryPage *history = workbench->history();
        history->list()->setCurrentItem(history->list()->topLevelItem(0));
        QVERIFY2(history->detailText().contains(u"large-prompts"_s), qPrintable(history->detailText()));
        const QString firstHash = PolicyVersions(*store, nullptr).history()->front().hash;
        QVERIFY(workbench->showVersion(firstHash.left(10)));
        QCOMPARE(workbench->tabs()->currentWidget(), history);
        QCOMPARE(history->detailText(), starter);
        screenshot(u"history"_s);
        QVERIFY(!workbench->showVersion(u"ffffffffffff"_s));
    }

    void playgroundJudgesPastedTextAndPastInteractions()
    {
        workbench->loadActive();
        PolicyPlayground *playground = workbench->playground();
        workbench->tabs()->setCurrentWidget(playground);
        playground->setPrompt(
            u"Use AKIAQ3EGRPNW5KFZJ7TX with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s);
        QVERIFY(playground->decision().has_value());
        QCOMPARE(playground->decision()->action, Action::Block);
        QVERIFY(playground->verdictText().contains(u"block-secrets"_s));
        QVERIFY(playground->hitList()->topLevelItemCount() >= 1);
        screenshot(u"playground"_s);

        // The draft changes: without the credential rule the same text is only monitored.
        QString draft = workbench->editor()->text();
        draft.replace(u"    action: block\n    message: >-"_s, u"    action: monitor\n    message: >-"_s);
        workbench->editor()->source()->replaceText(draft);
        workbench->compileNow();
        QCOMPARE(playground->decision()->action, Action::Monitor);

        const qint64 seq = recordInteraction(u"mail me at jane.doe@example.com"_s, u"redact"_s);
        playground->reloadInteractions();
        QVERIFY(playground->pickInteraction(seq));
        QCOMPARE(playground->decision()->action, Action::Redact);
        QCOMPARE(playground->decision()->hits.front().path, u"$.messages[0].content"_s);
    }

    void replayListsTheDecisionsTheDraftWouldChange()
    {
        recordInteraction(u"my key is AKIAQ3EGRPNW5KFZJ7TX"_s, u"monitor"_s);
        recordInteraction(u"hello there"_s, u"monitor"_s);
        workbench->loadActive(); // the active version blocks credentials
        ReplayPage *replay = workbench->replay();
        QAbstractItemModelTester tester(replay->changes(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        workbench->tabs()->setCurrentWidget(replay);
        QSignalSpy finished(replay, &ReplayPage::finished);
        replay->setDays(1);
        replay->start();
        QVERIFY(replay->isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY2(replay->summary().contains(u"would change 1 decisions"_s), qPrintable(replay->summary()));
        QCOMPARE(replay->changes()->data(replay->changes()->index(0, ReplayChangeModel::Draft)).toString(),
                 u"block"_s);
        QCOMPARE(replay->changes()->data(replay->changes()->index(0, ReplayChangeModel::Recorded)).toString(),
                 u"monitor"_s);
        screenshot(u"replay"_s);

        // Cancel stops at once and says how far it got.
        replay->start();
        replay->cancel();
        QVERIFY(!replay->isRunning());
        QVERIFY(replay->summary().startsWith(u"Cancelled"_s));
    }
};

} // namespace tst_policy_workbench

CUSTOS_TEST_MAIN(tst_policy_workbench::TestPolicyWorkbench)
#include "tst_policy_workbench.moc"
