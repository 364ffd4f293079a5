#include "ui/alerts/AlertsPage.h"

#include "ui/alerts/AlertDetailText.h"
#include "ui/alerts/AlertListModel.h"
#include "ui/explain/ExplainDialog.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/ConsoleTray.h"
#include "ui/widgets/EmptyStateLabel.h"
#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/watch/AlertDecider.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace custos {
namespace {

constexpr int kContributingSeqRole = Qt::UserRole + 1;

QPushButton *alertButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

AlertsPage::AlertsPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AlertListModel(this))
{
    setObjectName(QStringLiteral("alerts-page"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alerts-table"));
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Few rows, so sizing every column to its header and cells stays cheap; nothing is cut off.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    EmptyStateLabel::attach(m_table,
                            tr("No alerts. When a watcher sees a user send more new sensitive values "
                               "than usual, or break a budget, the alert appears here."));
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("alerts-detail"));
    m_detail->setAccessibleName(tr("Alert detail"));
    m_contributing = new QListWidget(this);
    m_contributing->setObjectName(QStringLiteral("alerts-contributing"));
    m_contributing->setAccessibleName(tr("Contributing interactions"));
    m_contributing->setWordWrap(true);
    m_contributing->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_explain = alertButton(tr("Explain…"), QStringLiteral("alerts-explain"), this);
    m_explain->setAccessibleName(tr("Explain the selected interaction"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("alerts-reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why (required to dismiss or escalate)"));
    m_dismiss = alertButton(tr("Dismiss…"), QStringLiteral("alerts-dismiss"), this);
    m_confirm = alertButton(tr("Confirm…"), QStringLiteral("alerts-confirm"), this);
    m_escalate = alertButton(tr("Escalate…"), QStringLiteral("alerts-escalate"), this);
    m_message = new StatusLabel(QStringLiteral("alerts-message"), this);

    auto *interactions = new QWidget(this);
    auto *interactionsLayout = new QVBoxLayout(interactions);
    interactionsLayout->setContentsMargins(0, 0, 0, 0);
    interactionsLayout->addWidget(m_contributing, 1);
    interactionsLayout->addWidget(m_explain);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_detail);
    lower->addWidget(interactions);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_escalate);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPage::showSelected);
    connect(m_contributing, &QListWidget::itemActivated, this, &AlertsPage::explainSelectedInteraction);
    connect(m_contributing, &QListWidget::currentRowChanged, this, &AlertsPage::updateButtons);
    connect(m_explain, &QPushButton::clicked, this, &AlertsPage::explainSelectedInteraction);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertsPage::dismissSelected);
    connect(m_confirm, &QPushButton::clicked, this, &AlertsPage::confirmSelected);
    connect(m_escalate, &QPushButton::clicked, this, &AlertsPage::escalateSelected);
    // The watchers record alerts in this process's gateway or in custosctl; decisions come from
    // custosctl alerts too.
    auto *poll = new QTimer(this);
    poll->setInterval(3000);
    connect(poll, &QTimer::timeout, this, &AlertsPage::reload);
    poll->start();
    updateButtons();
}

void AlertsPage::reload()
{
    auto book = AlertBook::load(*m_session.store());
    if (!book) {
        m_message->showProblem(tr("The alerts could not be read: %1").arg(book.error().toString()));
        return;
    }
    const QString selected = selectedRecord() ? selectedRecord()->alert.id : QString();
    m_model->setRecords(book->all());
    if (!selected.isEmpty())
        selectAlert(selected);
    announce();
}

void AlertsPage::announce()
{
    const int open = m_model->openCount();
    int fresh = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AlertRecord *record = m_model->record(row);
        if (record->isUndecided() && !m_announced.contains(record->alert.id)) {
            m_announced.insert(record->alert.id);
            ++fresh;
        }
    }
    if (fresh > 0 && m_tray)
        m_tray->notify(ConsoleTray::Topic::Alerts, tr("%n new alert(s) to review.", nullptr, fresh));
    if (m_tray)
        m_tray->setCount(ConsoleTray::Topic::Alerts, open);
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
}

bool AlertsPage::selectAlert(const QString &alertId)
{
    const int row = m_model->rowOf(alertId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

const AlertRecord *AlertsPage::selectedRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->record(current.row()) : nullptr;
}

void AlertsPage::showSelected()
{
    m_contributing->clear();
    const AlertRecord *record = selectedRecord();
    if (!record) {
        m_detail->setHtml(tr("<p>Select an alert to see what the watcher counted.</p>"));
        updateButtons();
        return;
    }
    m_detail->setHtml(AlertDetailText::html(*record));
    for (qint64 seq : record->alert.contributing) {
        const QString text = record->alert.covered.contains(seq)
                                 ? tr("Interaction #%1 (covered by an exception)").arg(seq)
                                 : tr("Interaction #%1").arg(seq);
        auto *item = new QListWidgetItem(text, m_contributing);
        item->setData(kContributingSeqRole, seq);
    }
    updateButtons();
}

// An approver or risk officer decides an undecided alert that is not about them; an escalated one
// is the risk officers' (AlertDecider says the same; the buttons say it first).
void AlertsPage::updateButtons()
{
    const AlertRecord *record = selectedRecord();
    const auto &user = m_session.user();
    const bool aboutMe = record && user && record->alert.user == user->name;
    const bool open = record && record->state == AlertRecord::State::Open && !aboutMe;
    const bool escalated = record && record->state == AlertRecord::State::Escalated && !aboutMe;
    const bool riskOfficer = user && user->hasRole(Role::RiskOfficer);
    m_dismiss->setEnabled(open || (escalated && riskOfficer));
    m_confirm->setEnabled(open || (escalated && riskOfficer));
    m_escalate->setEnabled(open);
    m_explain->setEnabled(m_contributing->currentItem() != nullptr);
    QString why;
    if (aboutMe)
        why = tr("This alert is about you: another approver or risk officer decides it.");
    else if (escalated && !riskOfficer)
        why = tr("This alert was escalated: a risk officer decides it.");
    for (QPushButton *button : {m_dismiss, m_confirm, m_escalate})
        button->setToolTip(why);
}

ExplainDialog *AlertsPage::explainSelectedInteraction()
{
    const QListWidgetItem *item = m_contributing->currentItem();
    if (!item)
        return nullptr;
    return ExplainDialog::open(m_session.store(), item->data(kContributingSeqRole).toLongLong(), this);
}

std::optional<QString> AlertsPage::reauthenticate(const QString &reason)
{
    if (!m_prompt) {
        m_message->showProblem(tr("Deciding needs your password, and no prompt is available."));
        return std::nullopt;
    }
    auto password = m_prompt(reason);
    if (!password)
        m_message->showInfo(tr("Cancelled; nothing changed."));
    return password;
}

bool AlertsPage::dismissSelected()
{
    return decide(Verdict::Dismiss);
}

bool AlertsPage::confirmSelected()
{
    return decide(Verdict::Confirm);
}

bool AlertsPage::escalateSelected()
{
    return decide(Verdict::Escalate);
}

QString AlertsPage::promptFor(Verdict verdict, const QString &id)
{
    switch (verdict) {
    case Verdict::Dismiss:
        return tr("Dismiss %1").arg(id);
    case Verdict::Confirm:
        return tr("Confirm %1").arg(id);
    case Verdict::Escalate:
        return tr("Escalate %1").arg(id);
    }
    return {};
}

QString AlertsPage::refusalFor(Verdict verdict, const QString &id, const QString &why)
{
    switch (verdict) {
    case Verdict::Dismiss:
        return tr("%1 was not dismissed: %2").arg(id, why);
    case Verdict::Confirm:
        return tr("%1 was not confirmed: %2").arg(id, why);
    case Verdict::Escalate:
        return tr("%1 was not escalated: %2").arg(id, why);
    }
    return {};
}

QString AlertsPage::outcomeFor(Verdict verdict, const AlertRecord &record)
{
    switch (verdict) {
    case Verdict::Dismiss:
        return tr("%1 dismissed; its days count as normal in %2's baseline.")
            .arg(record.alert.id, record.alert.user);
    case Verdict::Confirm:
        return tr("%1 confirmed; %2 is at raised risk for %3.")
            .arg(record.alert.id, record.alert.user, record.alert.valueClass);
    case Verdict::Escalate:
        return tr("%1 escalated to the risk officers; %2 is at raised risk for %3 meanwhile.")
            .arg(record.alert.id, record.alert.user, record.alert.valueClass);
    }
    return {};
}

bool AlertsPage::decide(Verdict verdict)
{
    const AlertRecord *selected = selectedRecord();
    const auto &user = m_session.user();
    if (!selected || !user) {
        m_message->showProblem(tr("Select the alert to decide."));
        return false;
    }
    const AlertRecord record = *selected; // the poll may reload the model while the prompt is open
    const QString id = record.alert.id;
    const QString reason = m_reason->text().trimmed();
    if (verdict == Verdict::Dismiss && reason.isEmpty()) {
        m_message->showProblem(
            tr("Give a reason to dismiss %1: it tells the baseline what is normal.").arg(id));
        return false;
    }
    if (verdict == Verdict::Escalate && reason.isEmpty()) {
        m_message->showProblem(tr("Give a reason to escalate %1: the risk officers read it.").arg(id));
        return false;
    }
    const auto password = reauthenticate(promptFor(verdict, id));
    if (!password)
        return false;
    AlertDecider decider(*m_session.store(), m_session.users()->sharedDirectory());
    const Credentials credentials = Credentials::withPassword(user->name, *password);
    auto decided = verdict == Verdict::Dismiss   ? decider.dismiss(id, credentials, reason)
                   : verdict == Verdict::Confirm ? decider.confirm(id, credentials, reason)
                                                 : decider.escalate(id, credentials, reason);
    if (!decided) {
        m_message->showProblem(refusalFor(verdict, id, decided.error().toString()));
        reload();
        return false;
    }
    m_reason->clear();
    m_message->showInfo(outcomeFor(verdict, record));
    reload();
    return true;
}

int AlertsPage::openCount() const
{
    return m_model->openCount();
}

QString AlertsPage::message() const
{
    return m_message->text();
}

} // namespace custos
