// The console end to end, offscreen: the first-run wizard creates a real store and starts the
// in-process gateway towards the stub provider; a test request goes through; the sections fill
// for the signed-in admin; a newly published rule blocks a request; the caller asks for an
// exception over HTTP; the named approver approves it in the inbox after re-entering their
// password; the request passes and its evidence names the exception. Screenshots of every section
// land in build/<env>/screenshots.
#include "tests/support/CustosTest.h"

#include "tests/gateway/GatewayTestSupport.h"
#include "tests/ui/console/ConsoleTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/evidence/EvidenceBrowser.h"
#include "ui/evidence/EvidenceEventsPage.h"
#include "ui/evidence/EvidenceTableModel.h"
#include "ui/explain/ExplainDialog.h"
#include "ui/feed/DecisionFeedFilterModel.h"
#include "ui/feed/DecisionFeedModel.h"
#include "ui/feed/DecisionFeedView.h"
#include "ui/policyeditor/PolicySourceEditor.h"
#include "ui/policyeditor/PolicyWorkbench.h"
#include "ui/policyeditor/RuleForm.h"
#include "ui/policyeditor/VersionHistoryPage.h"
#include "ui/policyeditor/VisualPolicyEditor.h"
#include "ui/session/ConsoleSections.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/ExceptionInbox.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/ConsoleHeader.h"
#include "ui/widgets/EmptyStateLabel.h"
#include "ui/wizard/FirstRunWizard.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"

#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

namespace tst_console_story {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"a long store passphrase"_s;
const QString adminPassword = u"admin password 1"_s;

// Steps 2 to 4 of the story, as a risk officer does them: a new rule written in the form shows up
// in the YAML; a detector and a description written in the YAML show up in the form; publish.
void authorTheCodenameRule(PolicyWorkbench &workbench)
{
    VisualPolicyEditor *editor = workbench.editor();
    RuleForm *form = editor->form();
    QTest::mouseClick(editor->findChild<QToolButton *>(u"addRule"_s), Qt::LeftButton);
    QCOMPARE(editor->currentRule(), 5);
    auto *id = qobject_cast<QLineEdit *>(form->field(u"id"_s));
    id->selectAll();
    QTest::keyClicks(id, u"codename-needs-exception"_s);
    auto *action = qobject_cast<QComboBox *>(form->field(u"action"_s));
    action->setCurrentIndex(action->findText(u"require_exception"_s));
    Q_EMIT action->activated(action->currentIndex());
    QTest::keyClicks(qobject_cast<QLineEdit *>(form->field(u"conditions.detectors"_s)), u"codename"_s);
    QTest::keyClicks(qobject_cast<QLineEdit *>(form->field(u"approvers"_s)), u"alice"_s);
    const QString yaml = editor->text();
    QVERIFY2(yaml.contains(u"  - id: codename-needs-exception\n"_s), qPrintable(yaml));
    QVERIFY2(yaml.contains(u"      detectors: [codename]\n"_s), qPrintable(yaml));
    QVERIFY2(yaml.contains(u"    action: require_exception\n    approvers: [alice]\n"_s), qPrintable(yaml));
    QVERIFY(yaml.startsWith(u"# Custos starter policy"_s)); // the rest of the file as it was

    QString edited = yaml;
    edited.replace(u"rules:\n"_s, u"detectors:\n  custom:\n    - id: codename\n      class: CONFIDENTIAL\n"
                                  "      keywords: [Bluebird]\n\nrules:\n"_s);
    edited.replace(u"Describe why this rule exists."_s, u"Codenames need alice."_s);
    editor->source()->replaceText(edited);
    QCOMPARE(qobject_cast<QLineEdit *>(form->field(u"description"_s))->text(), u"Codenames need alice."_s);
    QCOMPARE(form->rule().conditions.detectors, QStringList{u"codename"_s});

    workbench.compileNow();
    QVERIFY2(workbench.canPublish(), qPrintable(workbench.statusText()));
    workbench.setPublishPrompt([](const QString &changes) {
        return changes.contains(u"codename-needs-exception"_s)
                   ? std::optional(PublishRequest{u"codenames need alice"_s, u"rita password 1"_s})
                   : std::nullopt;
    });
    QVERIFY2(workbench.publish(), qPrintable(workbench.statusText()));
    QVERIFY(!workbench.canPublish()); // the draft is the active version now
}

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray decision;
};

// Asynchronous on purpose: the console's gateway shares this thread's event loop.
Answer send(const QString &url, const QString &key, const QJsonObject &body)
{
    static QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(15000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("x-custos-decision")};
    reply->deleteLater();
    return answer;
}

QJsonObject chat(const QString &text)
{
    return QJsonObject{
        {u"model"_s, u"gpt-4o-mini"_s},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}}}};
}

} // namespace

class TestConsoleStory : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    gatewaytest::StubUpstream stub;
    std::unique_ptr<ConsoleSession> session;
    QString baseUrl;
    QString adminKey;

    QString storePath() const { return dir.filePath(u"evidence.db"_s); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(stub.start()); }

    void firstRunCreatesEverythingAndTheTestRequestPasses()
    {
        FirstRunWizard wizard(storePath(), starterPolicy(), u"127.0.0.1:0"_s);
        wizard.show();
        type(&wizard, u"wizard-passphrase"_s, u"short"_s);
        type(&wizard, u"wizard-passphrase-again"_s, u"short"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::StorePage)); // refused: too short
        type(&wizard, u"wizard-passphrase"_s, passphrase);
        type(&wizard, u"wizard-passphrase-again"_s, passphrase);
        wizard.next();
        type(&wizard, u"wizard-admin"_s, u"root"_s);
        type(&wizard, u"wizard-admin-password"_s, adminPassword);
        type(&wizard, u"wizard-admin-password-again"_s, adminPassword);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ServicePage));
        type(&wizard, u"wizard-service"_s, u"chatbot"_s);
        type(&wizard, u"wizard-base-url"_s, stub.openAiBase());
        type(&wizard, u"wizard-provider-key"_s, u"sk-provider-test"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectPage));
        QVERIFY(wizard.developerKey().startsWith(u"custos_"_s));
        QVERIFY(wizard.baseUrl().startsWith(u"http://127.0.0.1:"_s));
        QSignalSpy answered(&wizard, &FirstRunWizard::testRequestAnswered);
        wizard.sendTestRequest();
        QVERIFY(answered.wait(15000));
        QVERIFY2(wizard.testResult().startsWith(u"HTTP 200"_s), qPrintable(wizard.testResult()));
        QDir().mkpath(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots"));
        QVERIFY(wizard.grab().save(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots/first-run.png")));
        baseUrl = wizard.baseUrl();
        adminKey = wizard.developerKey();
        session = wizard.takeSession();
        QVERIFY(session && session->user() && session->user()->name == u"root"_s);
    }

    void unlockRefusesAWrongPassphraseAndPassword()
    {
        auto wrong = ConsoleSession::open(storePath(), KeySource::passphrase(u"not the passphrase"_s));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(u"passphrase"_s), qPrintable(wrong.error().message));
        SignInDialog dialog(
            storePath(), false, [&](const QString &, const QString &user, const QString &password) {
                auto signedIn = session->signIn(user, password);
                return signedIn ? Result<void>{} : Result<void>(std::unexpected(signedIn.error()));
            });
        type(&dialog, u"signin-user"_s, u"root"_s);
        type(&dialog, u"signin-password"_s, u"guess"_s);
        QVERIFY(!dialog.trySignIn());
        QVERIFY(dialog.message().contains(u"wrong user name or password"_s));
        type(&dialog, u"signin-password"_s, adminPassword);
        QVERIFY(dialog.trySignIn());
    }

    void theStory()
    {
        MainWindow window;
        QString nextPassword = adminPassword;
        ConsoleSections sections(window, *session,
                                 [&](const QString &) { return std::optional<QString>(nextPassword); });
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListWidget *>(u"sectionList"_s);
        QVERIFY(!list->item(int(window.sectionIds().indexOf(u"settings"_s)))->isHidden());

        // The feed follows the in-process gateway.
        QCOMPARE(send(baseUrl + u"/chat/completions"_s, adminKey, chat(u"hello"_s)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(sections.feedModel()->rowCount() >= 1, 5000);

        // A risk officer authors a rule with a named approver in the form, adds its detector in the
        // YAML, and publishes; the gateway follows at once.
        auto users = session->users();
        const Credentials root = Credentials::withPassword(u"root"_s, adminPassword);
        QVERIFY(users->addUser(root, {u"dev"_s, {}, {Role::Developer}, {}}, u"dev password 1"_s));
        QVERIFY(users->addUser(root, {u"alice"_s, {}, {Role::Approver}, {}}, u"alice password 1"_s));
        QVERIFY(users->addUser(root, {u"rita"_s, {}, {Role::RiskOfficer}, {}}, u"rita password 1"_s));
        QVERIFY(session->signIn(u"rita"_s, u"rita password 1"_s));
        // The header says where the gateway listens, which store is open and who works in it.
        QCOMPARE(window.header()->userText(), u"Signed in as rita (risk officer)"_s);
        QCOMPARE(window.header()->gatewayText(), u"Gateway listening on "_s + session->gatewayBaseUrl());
        QVERIFY2(window.header()->storeText().endsWith(QFileInfo(session->store()->path()).fileName()),
                 qPrintable(window.header()->storeText()));
        window.showSection(u"policies"_s);
        authorTheCodenameRule(*sections.policies());
        const QString devKey = *session->store()->issueApiKey(u"dev"_s, u"chatbot"_s, u"root"_s);
        Answer blocked;
        QTRY_VERIFY_WITH_TIMEOUT(
            (blocked = send(baseUrl + u"/chat/completions"_s, devKey, chat(u"the Bluebird plan"_s))).status ==
                403,
            5000);
        const QString interaction = blocked.json[u"error"][u"interaction_id"].toString();

        // The caller asks over HTTP; the request waits in alice's inbox.
        const Answer requested = send(baseUrl.chopped(3) + u"/custos/v1/exceptions"_s, devKey,
                                      QJsonObject{{u"rules"_s, QJsonArray{u"codename-needs-exception"_s}},
                                                  {u"justification"_s, u"the launch note must go out"_s},
                                                  {u"interaction_id"_s, interaction}});
        QCOMPARE(requested.status, 201);
        const QString id = requested.json[u"id"].toString();
        QVERIFY(session->signIn(u"alice"_s, u"alice password 1"_s));
        QVERIFY(list->item(int(window.sectionIds().indexOf(u"settings"_s)))->isHidden());
        ExceptionInbox *inbox = sections.inbox();
        inbox->reload();
        QCOMPARE(inbox->pendingCount(), 1);
        QCOMPARE(inbox->awaitingMeCount(), 1);
        QCOMPARE(list->item(int(window.sectionIds().indexOf(u"exceptions"_s)))->text(), u"Exceptions (1)"_s);
        QCOMPARE(window.header()->userText(), u"Signed in as alice (approver)"_s);
        auto *pending = inbox->findChild<QTableWidget *>(u"inbox-pending"_s);
        auto *nothingPending = inbox->findChild<EmptyStateLabel *>(u"inbox-pending-empty"_s);
        QVERIFY(nothingPending && !nothingPending->isShown()); // one request waits
        pending->selectRow(0);
        QCOMPARE(pending->item(0, 5)->text(), interaction);
        window.showSection(u"exceptions"_s);
        QVERIFY(window.grab().save(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots/console-exceptions.png")));
        nextPassword = u"a wrong guess"_s;
        QVERIFY(!inbox->approveSelected());
        QVERIFY2(inbox->message().contains(u"password"_s), qPrintable(inbox->message()));
        nextPassword = u"alice password 1"_s;
        pending->selectRow(0);
        QVERIFY2(inbox->approveSelected(), qPrintable(inbox->message()));
        QTRY_VERIFY(nothingPending->isShown()); // decided: the inbox says what will arrive there

        // The same request passes; the ledger names the exception.
        const Answer passed = send(baseUrl + u"/chat/completions"_s, devKey, chat(u"the Bluebird plan"_s));
        QCOMPARE(passed.status, 200);
        EvidenceQuery byException;
        byException.exceptionId = id;
        byException.kind = EventKind::Interaction;
        QTRY_VERIFY_WITH_TIMEOUT(!session->store()->query(byException)->events.isEmpty(), 5000);

        // The feed's detail pane shows the passed request with its codename hit marked and the exception.
        window.showSection(u"feed"_s);
        auto *feedView = window.findChild<DecisionFeedView *>();
        QTRY_VERIFY_WITH_TIMEOUT(feedView->filterModel()->rowCount() >= 6, 5000);
        feedView->table()->setCurrentIndex(
            feedView->filterModel()->index(feedView->filterModel()->rowCount() - 1, 0));
        auto *detail = window.findChild<QTextBrowser *>(u"feedDetail"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detail->toHtml().contains(id), 5000);
        QVERIFY2(detail->toPlainText().contains(u"Bluebird"_s), qPrintable(detail->toPlainText()));

        // "Explain" shows what custosctl explain shows: the rule, the policy version, the exception.
        const auto enforced = *PolicyVersions(*session->store(), nullptr).active();
        auto *explain = window.findChild<QPushButton *>(u"feedExplain"_s);
        QVERIFY(explain && explain->isEnabled());
        QTest::mouseClick(explain, Qt::LeftButton);
        ExplainDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window.findChild<ExplainDialog *>(u"explainDialog"_s)) && dialog->isReady(), 10000);
        const QString explained = dialog->findChild<QPlainTextEdit *>(u"explainText"_s)->toPlainText();
        QVERIFY2(explained.contains(u"lifted by exception: codename-needs-exception"_s),
                 qPrintable(explained));
        QVERIFY2(explained.contains(u"Policy version "_s + enforced->hash), qPrintable(explained));
        QVERIFY2(explained.contains(u"published by rita"_s), qPrintable(explained));
        QVERIFY2(explained.contains(u"Exception "_s + id + u": approved"_s), qPrintable(explained));
        QVERIFY2(explained.contains(u"approved by alice"_s), qPrintable(explained));
        QVERIFY2(explained.contains(u": yes ("_s), qPrintable(explained)); // the chain verifies up to it
        dialog->close();
        QTRY_VERIFY(!window.findChild<ExplainDialog *>(u"explainDialog"_s));

        QVERIFY(session->signIn(u"root"_s, adminPassword));

        // The detail's links: the exception opens its events (request, approval, use) in the
        // evidence browser; the policy version opens its text in the policy history.
        sections.followLink(QUrl(u"custos://exception/"_s + id));
        QCOMPARE(list->currentRow(), int(window.sectionIds().indexOf(u"evidence"_s)));
        QVERIFY(sections.evidence()->eventsPage()->model()->rowCount() >= 3);
        // The evidence browser explains the interaction that used the exception the same way.
        auto *eventsTable = sections.evidence()->eventsPage()->findChild<QTableView *>();
        auto *evidenceExplain = window.findChild<QPushButton *>(u"evidenceExplain"_s);
        QVERIFY(eventsTable && evidenceExplain);
        const auto *eventsModel = sections.evidence()->eventsPage()->model();
        for (int row = 0; row < eventsModel->rowCount(); ++row) {
            if (eventsModel->eventAt(row)->kind == EventKind::Interaction) {
                eventsTable->setCurrentIndex(eventsModel->index(row, 0));
                break;
            }
        }
        QVERIFY(evidenceExplain->isEnabled());
        QTest::mouseClick(evidenceExplain, Qt::LeftButton);
        ExplainDialog *fromEvidence = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((fromEvidence = window.findChild<ExplainDialog *>(u"explainDialog"_s)) &&
                                     fromEvidence->isReady(),
                                 10000);
        QVERIFY2(fromEvidence->text().contains(u"Exception "_s + id), qPrintable(fromEvidence->text()));
        QVERIFY2(fromEvidence->text().contains(u"codename-needs-exception"_s),
                 qPrintable(fromEvidence->text()));
        fromEvidence->close();
        const auto active = *PolicyVersions(*session->store(), nullptr).active();
        sections.followLink(QUrl(u"custos://policy/"_s + active->hash));
        QCOMPARE(list->currentRow(), int(window.sectionIds().indexOf(u"policies"_s)));
        QCOMPARE(sections.policies()->history()->detailText(), QString::fromUtf8(active->source));
        auto *dashboard = window.findChild<DashboardPage *>();
        dashboard->refresh();
        const QString overview = dashboard->text();
        QVERIFY2(overview.contains(u"codenames need alice"_s) && overview.contains(u"by rita"_s),
                 qPrintable(overview));
        QVERIFY2(overview.contains(u" require_exception"_s) &&
                     overview.contains(u"codename-needs-exception ("_s),
                 qPrintable(overview));
        QVERIFY2(overview.contains(u"0 pending"_s), qPrintable(overview));
        for (const QString &section : window.sectionIds()) {
            window.showSection(section);
            QTest::qWait(50);
            QVERIFY(window.grab().save(
                QStringLiteral(CUSTOS_BIN_DIR "/../screenshots/console-%1.png").arg(section)));
        }
    }

    // Every control a screen reader reaches says what it is: its text, its form label, or an
    // accessible name. Lists each one that says nothing, by class and objectName.
    void everyControlHasAnAccessibleName()
    {
        QVERIFY(session->signIn(u"root"_s, adminPassword)); // an admin sees every section
        MainWindow window;
        ConsoleSections sections(window, *session, [](const QString &) { return std::optional<QString>(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            const bool control =
                qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget) ||
                (qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget));
            // Qt's own parts (a spin box's or combo box's line edit, a tab bar's scroll buttons) are
            // named by the control they belong to.
            const QWidget *parent = widget->parentWidget();
            const bool part =
                widget->objectName().startsWith(u"qt_"_s) || widget->inherits("QTableCornerButton") ||
                widget->inherits("QLineEditIconButton") || qobject_cast<const QAbstractSpinBox *>(parent) ||
                qobject_cast<const QComboBox *>(parent) || qobject_cast<const QTabBar *>(parent) ||
                (parent && parent->inherits("QComboBoxPrivateContainer"));
            if (!control || part)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                               widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_s)));
    }

    void aPortInUseLosesNothing()
    {
        const QString before = session->gatewayBaseUrl();
        const QString port = QUrl(before).port() > 0 ? QString::number(QUrl(before).port()) : QString();
        QVERIFY(!port.isEmpty());
        gatewaytest::StubUpstream squatter;
        QVERIFY(squatter.start());
        auto refused = session->startGateway(u"127.0.0.1:"_s + QString::number(squatter.port()));
        QVERIFY(!refused);
        QVERIFY(!session->gatewayBaseUrl().isEmpty()); // back where it listened before
        QCOMPARE(send(session->gatewayBaseUrl() + u"/v1/chat/completions"_s, adminKey, chat(u"still here"_s))
                     .status,
                 200);
    }
};

} // namespace tst_console_story

CUSTOS_TEST_MAIN(tst_console_story::TestConsoleStory)
#include "tst_console_story.moc"
