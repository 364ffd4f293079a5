#include "ui/policyeditor/PolicyWorkbench.h"

#include "ui/policyeditor/PolicyPlayground.h"
#include "ui/policyeditor/PolicySourceEditor.h"
#include "ui/policyeditor/PublishDialog.h"
#include "ui/policyeditor/ReplayPage.h"
#include "ui/policyeditor/VersionHistoryPage.h"
#include "ui/policyeditor/VisualPolicyEditor.h"
#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/Credentials.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyDiff.h"
#include "core/policy/PolicyEngine.h"
#include "core/policy/PolicyParser.h"
#include "core/publishing/PolicyVersions.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace custos {
namespace {

SourceProblems validate(const QString &text)
{
    SourceProblems problems;
    if (auto policy = Policy::fromYaml(text.toUtf8()); !policy) {
        for (const Error &error : policy.error())
            problems.append(SourceProblem{error.line, error.column, error.message});
    }
    return problems;
}

} // namespace

PolicyWorkbench::PolicyWorkbench(std::shared_ptr<EvidenceStore> store,
                                 std::shared_ptr<const UserDirectory> users, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_users(std::move(users))
    , m_prompt([this](const QString &changes) { return PublishDialog::ask(this, changes); })
    , m_editor(new VisualPolicyEditor)
    , m_playground(new PolicyPlayground)
    , m_replay(new ReplayPage)
    , m_history(new VersionHistoryPage)
    , m_tabs(new QTabWidget)
    , m_status(new StatusLabel(QStringLiteral("policyStatus")))
{
    m_editor->source()->setValidator(validate);
    m_tabs->addTab(m_editor, tr("Rules and source"));
    m_tabs->addTab(m_playground, tr("Playground"));
    m_tabs->addTab(m_replay, tr("Replay"));
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_tabs, 1);

    m_playground->setStore(m_store);
    m_replay->setStore(m_store);
    m_history->setStore(m_store);
    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(PolicySourceEditor::DefaultValidationDelay);
    connect(&m_compileTimer, &QTimer::timeout, this, &PolicyWorkbench::compileDraft);
    connect(m_editor, &VisualPolicyEditor::draftChanged, this, [this] {
        m_compileTimer.start();
        m_history->setDraftSource(m_editor->text());
    });
    connect(m_history, &VersionHistoryPage::loadRequested, this, [this](const QString &source) {
        m_editor->setText(source);
        m_tabs->setCurrentWidget(m_editor);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_playground)
            m_playground->reloadInteractions();
    });
    loadActive();
}

PolicyWorkbench::~PolicyWorkbench() = default;

QWidget *PolicyWorkbench::buildToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *revert = new QPushButton(tr("Revert to the active version"));
    revert->setObjectName(QStringLiteral("revertDraft"));
    connect(revert, &QPushButton::clicked, this, &PolicyWorkbench::loadActive);
    m_publish = new QPushButton(QIcon::fromTheme(QStringLiteral("document-send")), tr("Publish…"));
    m_publish->setObjectName(QStringLiteral("publishPolicy"));
    connect(m_publish, &QPushButton::clicked, this, &PolicyWorkbench::publish);
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    row->addWidget(revert);
    row->addWidget(m_publish);
    return bar;
}

void PolicyWorkbench::setPublishPrompt(PublishPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void PolicyWorkbench::setSignedInUser(const std::optional<User> &user)
{
    m_user = user;
    updateState();
}

QString PolicyWorkbench::activeSource() const
{
    auto active = PolicyVersions(*m_store, nullptr).active();
    return active && *active ? QString::fromUtf8((*active)->source) : QString();
}

void PolicyWorkbench::loadActive()
{
    m_editor->setText(activeSource());
    m_history->reload();
    compileNow();
}

void PolicyWorkbench::compileNow()
{
    m_compileTimer.stop();
    compileDraft();
}

void PolicyWorkbench::compileDraft()
{
    const QString text = m_editor->text();
    if (text == m_compiledText && m_draft)
        return updateState();
    m_compiledText = text;
    m_draft.reset();
    if (auto policy = Policy::fromYaml(text.toUtf8())) {
        if (auto engine = PolicyEngine::compile(*policy))
            m_draft = *engine;
    }
    m_playground->setDraft(m_draft);
    m_replay->setDraft(m_draft);
    updateState();
}

QString PolicyWorkbench::activeHash() const
{
    auto active = PolicyVersions(*m_store, nullptr).active();
    return active && *active ? (*active)->hash : QString();
}

bool PolicyWorkbench::canPublish() const
{
    return canPublishOver(activeHash());
}

bool PolicyWorkbench::canPublishOver(const QString &active) const
{
    return m_draft && m_user && m_user->can(Permission::PublishPolicy) &&
           m_compiledText == m_editor->text() && m_draft->policyHash() != active;
}

QString PolicyWorkbench::statusText() const
{
    return m_status->text();
}

void PolicyWorkbench::updateState()
{
    const QString active = activeHash();
    m_publish->setEnabled(canPublishOver(active));
    if (!m_draft)
        m_status->showProblem(
            tr("The draft is not a valid policy; the problems are listed under the source."));
    else if (m_draft->policyHash() == active)
        m_status->showInfo(tr("The draft is the active version %1.").arg(active.left(12)));
    else if (!m_user || !m_user->can(Permission::PublishPolicy))
        m_status->showInfo(
            tr("The draft differs from the active version. Only a risk officer can publish it."));
    else
        m_status->showInfo(tr("The draft differs from the active version %1 and is ready to publish.")
                               .arg(active.isEmpty() ? tr("(none)") : active.left(12)));
}

bool PolicyWorkbench::publish()
{
    compileNow();
    if (!canPublish())
        return false;
    const QString source = m_editor->text();
    const auto before = PolicyParser::parse(activeSource().toUtf8(), QString());
    const PolicyDiff changes = PolicyDiff::between(before.document, m_draft->policy().document());
    const auto request = m_prompt(changes.isEmpty() ? tr("Only the text changed.") : changes.toText());
    if (!request)
        return false;
    auto versions = PolicyVersions(*m_store, m_users);
    auto version = versions.publish(source.toUtf8(), request->comment,
                                    Credentials::withPassword(m_user->name, request->password));
    if (!version) {
        m_status->showProblem(tr("Not published: %1").arg(version.error().message));
        return false;
    }
    m_history->reload();
    updateState();
    m_status->showInfo(tr("Published version %1; the gateway enforces it now.").arg(version->hash.left(12)));
    Q_EMIT published(version->hash);
    return true;
}

bool PolicyWorkbench::showVersion(const QString &hash)
{
    if (!m_history->showVersion(hash))
        return false;
    m_tabs->setCurrentWidget(m_history);
    return true;
}

} // namespace custos
