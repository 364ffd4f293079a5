#include "ui/session/ConsoleSections.h"

#include "ui/MainWindow.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/evidence/EvidenceBrowser.h"
#include "ui/evidence/EvidenceEventsPage.h"
#include "ui/explain/ExplainDialog.h"
#include "ui/feed/DecisionFeedModel.h"
#include "ui/feed/DecisionFeedView.h"
#include "ui/feed/FeedDetailPane.h"
#include "ui/policyeditor/PolicyWorkbench.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/ConsoleTray.h"
#include "ui/session/ExceptionInbox.h"
#include "ui/session/InteractionDetailHtml.h"
#include "ui/settings/GatewaySettingsPage.h"
#include "ui/settings/SettingsPanel.h"
#include "ui/widgets/ConsoleHeader.h"
#include "ui/widgets/RoleText.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/policy/InteractionPayload.h"
#include "core/publishing/PolicyVersions.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace custos {
namespace {

FeedEntry feedEntryFrom(const EvidenceEvent &event)
{
    FeedEntry entry;
    entry.seq = event.seq;
    entry.time = event.time;
    entry.service = event.service;
    entry.user = event.user;
    entry.model = event.model;
    entry.route = event.route;
    entry.decision = event.decision;
    entry.rules = event.rules;
    if (const auto payload = InteractionPayload::fromJson(event.payload)) {
        entry.latencyMs = payload->latencyMs.value(QStringLiteral("total_before_evidence"));
        entry.interactionId = payload->interactionId;
    }
    return entry;
}

} // namespace

ConsoleSections::ConsoleSections(MainWindow &window, ConsoleSession &session, PasswordPrompt prompt)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
{
    m_window.setSectionPage(QStringLiteral("dashboard"), new DashboardPage(session));
    installFeed();
    installPolicies();
    m_tray = new ConsoleTray(this);
    connect(m_tray, &ConsoleTray::openRequested, this, [this](ConsoleTray::Topic topic) {
        bringForward(topic == ConsoleTray::Topic::Alerts ? QStringLiteral("alerts")
                                                         : QStringLiteral("exceptions"));
    });
    installInbox(prompt);
    installAlerts(prompt);
    installEvidenceAndSettings(prompt);
    connect(&session, &ConsoleSession::userChanged, this, &ConsoleSections::applyRole);
    connect(&session, &ConsoleSession::gatewayStateChanged, this, &ConsoleSections::showGatewayState);
    m_window.header()->setStorePath(session.store()->path());
    showGatewayState(session.gatewayBaseUrl(), {});
    applyRole();
}

void ConsoleSections::showGatewayState(const QString &baseUrl, const QString &problem)
{
    m_settings->gatewayPage()->setCurrentState(baseUrl, problem);
    m_window.header()->setGatewayState(baseUrl, problem);
}

void ConsoleSections::installFeed()
{
    m_feed = new DecisionFeedModel(this);
    auto *view = new DecisionFeedView(m_feed);
    m_window.setSectionPage(QStringLiteral("feed"), view);
    connect(view, &DecisionFeedView::entryActivated, view, [this, view](qint64 seq) {
        auto event = m_session.store()->event(seq);
        if (event && *event)
            view->showDetail(seq, InteractionDetailHtml::render(**event));
    });
    connect(view->detailPane(), &QTextBrowser::anchorClicked, this, &ConsoleSections::followLink);
    connect(view, &DecisionFeedView::explainRequested, this,
            [this](qint64 seq) { ExplainDialog::open(m_session.store(), seq, &m_window); });
    // The writer thread emits appended(); the model, living here, receives it queued.
    connect(m_session.store().get(), &EvidenceStore::appended, m_feed,
            [feed = m_feed](const EvidenceEvent &event) {
                if (event.kind == EventKind::Interaction)
                    feed->enqueue(feedEntryFrom(event));
            });
}

void ConsoleSections::installPolicies()
{
    m_policies = new PolicyWorkbench(m_session.store(), m_session.users()->sharedDirectory());
    m_window.setSectionPage(QStringLiteral("policies"), m_policies);
}

// The feed's detail links: a policy version opens in the policy history (or, for those who do not
// edit policies, as read-only text); an exception opens its events in the evidence browser.
void ConsoleSections::followLink(const QUrl &url)
{
    const QString id = url.path().mid(1);
    const auto &user = m_session.user();
    if (url.host() == u"policy") {
        if (user && user->can(Permission::EditPolicy) && m_policies->showVersion(id)) {
            m_window.showSection(QStringLiteral("policies"));
            return;
        }
        auto version = PolicyVersions(*m_session.store(), nullptr).version(id);
        showText(tr("Policy version %1").arg(id.left(12)),
                 version ? QString::fromUtf8(version->source) : version.error().toString());
    } else if (url.host() == u"exception" && user && user->can(Permission::ReadEvidence)) {
        m_evidence->eventsPage()->showException(id);
        m_evidence->tabs()->setCurrentWidget(m_evidence->eventsPage());
        m_window.showSection(QStringLiteral("evidence"));
    }
}

void ConsoleSections::showText(const QString &title, const QString &text)
{
    auto *dialog = new QDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *view = new QPlainTextEdit(text);
    view->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close")); // Qt's own text may be untranslated
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    dialog->show();
}

void ConsoleSections::installInbox(const PasswordPrompt &prompt)
{
    m_inbox = new ExceptionInbox(m_session);
    m_inbox->setPasswordPrompt(prompt);
    m_inbox->setTray(m_tray);
    m_window.setSectionPage(QStringLiteral("exceptions"), m_inbox);
    connect(m_inbox, &ExceptionInbox::awaitingMeChanged, this, [this](int count) {
        m_window.setSectionTitle(QStringLiteral("exceptions"),
                                 count > 0 ? tr("Exceptions (%1)").arg(count) : tr("Exceptions"));
    });
}

// The watchers' alerts; the section's title counts the open ones.
void ConsoleSections::installAlerts(const PasswordPrompt &prompt)
{
    m_alerts = new AlertsPage(m_session);
    m_alerts->setPasswordPrompt(prompt);
    m_alerts->setTray(m_tray);
    m_window.setSectionPage(QStringLiteral("alerts"), m_alerts);
    connect(m_alerts, &AlertsPage::openCountChanged, this, [this](int count) {
        m_window.setSectionTitle(QStringLiteral("alerts"),
                                 count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
    });
}

// A click on the tray's notification or icon: the section it was about, in front.
void ConsoleSections::bringForward(const QString &section)
{
    m_window.showSection(section);
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

void ConsoleSections::installEvidenceAndSettings(const PasswordPrompt &prompt)
{
    m_evidence = new EvidenceBrowser(m_session.store());
    m_window.setSectionPage(QStringLiteral("evidence"), m_evidence);
    m_settings = new SettingsPanel(m_session.store(), m_session.users());
    m_settings->setPasswordPrompt(prompt);
    m_window.setSectionPage(QStringLiteral("settings"), m_settings);
    connect(
        m_settings->gatewayPage(), &GatewaySettingsPage::listenAddressRequested, this,
        [this](const QString &hostPort, bool allowRemote) { m_session.startGateway(hostPort, allowRemote); });
}

// What a role may see: developers the feed and their exceptions, auditors the evidence, approvers
// the inbox and the alerts, risk officers the policies and the alerts, admins everything.
void ConsoleSections::applyRole()
{
    const auto &user = m_session.user();
    const auto can = [&](Permission permission) { return user && user->can(permission); };
    // The dashboard counts every interaction, so it is evidence.
    m_window.setSectionVisible(QStringLiteral("dashboard"), can(Permission::ReadEvidence));
    m_window.setSectionVisible(QStringLiteral("feed"),
                               can(Permission::ReadEvidence) || can(Permission::RouteTraffic));
    m_window.setSectionVisible(QStringLiteral("policies"), can(Permission::EditPolicy));
    m_window.setSectionVisible(QStringLiteral("exceptions"),
                               can(Permission::DecideExceptions) || can(Permission::RequestExceptions));
    // Alerts are for those AlertDecider lets decide them: approvers and risk officers.
    m_window.setSectionVisible(QStringLiteral("alerts"),
                               can(Permission::DecideExceptions) || can(Permission::PublishPolicy));
    m_window.setSectionVisible(QStringLiteral("evidence"), can(Permission::ReadEvidence));
    m_window.setSectionVisible(QStringLiteral("settings"),
                               can(Permission::ManageUsers) || can(Permission::ManageKeysAndRoutes));
    m_policies->setSignedInUser(user);
    m_window.header()->setUser(user ? user->name : QString(),
                               user ? RoleText::nameList(user->roles) : QStringList());
    if (user) {
        m_evidence->setUserDirectory(m_session.users()->sharedDirectory());
        m_evidence->setActor(user->name, user->can(Permission::ManageLegalHolds),
                             user->can(Permission::ExportEvidence));
        m_settings->setSignedInUser(*user);
        m_window.setWindowTitle(tr("Custos — %1").arg(user->name));
        m_inbox->reload();
        m_alerts->reload();
    }
}

} // namespace custos
