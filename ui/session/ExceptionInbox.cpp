#include "ui/session/ExceptionInbox.h"

#include "ui/session/ConsoleSession.h"
#include "ui/session/ConsoleTray.h"
#include "ui/widgets/EmptyStateLabel.h"
#include "ui/widgets/StatusLabel.h"

#include "core/exceptions/ExceptionService.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace custos {
namespace {

QTableWidget *recordTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString hoursText(qint64 seconds)
{
    return ExceptionInbox::tr("%1 h", "hours").arg(QLocale().toString(double(seconds) / 3600.0, 'g', 3));
}

} // namespace

ExceptionInbox::ExceptionInbox(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("exception-inbox"));
    m_pending = recordTable(QStringLiteral("inbox-pending"),
                            {tr("Request"), tr("Requester"), tr("Rules"), tr("Scope"), tr("Asked for"),
                             tr("Blocked interaction"), tr("Justification")},
                            this);
    m_history = recordTable(QStringLiteral("inbox-history"),
                            {tr("Request"), tr("Requester"), tr("Status"), tr("Decided by"), tr("Expires"),
                             tr("Uses"), tr("Reason")},
                            this);
    m_pending->setAccessibleName(tr("Pending requests"));
    m_history->setAccessibleName(tr("Request history"));
    EmptyStateLabel::attach(m_pending,
                            tr("No exceptions waiting. Requests a rule blocks with require_exception "
                               "appear here."));
    EmptyStateLabel::attach(m_history, tr("No requests decided yet. Approved, rejected and expired requests "
                                          "are listed here."));
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("inbox-hours"));
    m_hours->setRange(0, 24 * 366);
    m_hours->setDecimals(2);
    m_hours->setSpecialValueText(tr("as asked"));
    m_singleUse = new QCheckBox(tr("Single use"), this);
    m_singleUse->setObjectName(QStringLiteral("inbox-single-use"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("inbox-reason"));
    m_reason->setPlaceholderText(tr("Why (required to reject)"));
    m_approve = new QPushButton(tr("Approve…"), this);
    m_approve->setObjectName(QStringLiteral("inbox-approve"));
    m_reject = new QPushButton(tr("Reject…"), this);
    m_reject->setObjectName(QStringLiteral("inbox-reject"));
    m_message = new StatusLabel(QStringLiteral("inbox-message"), this);

    auto *pendingPage = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Shorter expiry (hours)"), m_hours);
    form->addRow(QString(), m_singleUse);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    auto *pendingLayout = new QVBoxLayout(pendingPage);
    pendingLayout->addWidget(m_pending, 1);
    pendingLayout->addLayout(form);
    pendingLayout->addLayout(buttons);
    pendingLayout->addWidget(m_message);
    m_tabs->addTab(pendingPage, tr("Pending"));
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_approve, &QPushButton::clicked, this, &ExceptionInbox::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ExceptionInbox::rejectSelected);
    // Requests arrive from the gateway and decisions from custosctl in other processes.
    auto *poll = new QTimer(this);
    poll->setInterval(3000);
    connect(poll, &QTimer::timeout, this, &ExceptionInbox::reload);
    poll->start();
}

void ExceptionInbox::reload()
{
    auto service = m_session.exceptions();
    if (!service) {
        m_message->showProblem(
            tr("The exception requests could not be read: %1").arg(service.error().toString()));
        return;
    }
    const QList<ExceptionRecord> records = (*service)->list();
    const QString selected = selectedId();
    fillPending(records);
    fillHistory(records);
    for (int row = 0; row < m_pending->rowCount(); ++row)
        if (m_pending->item(row, 0)->text() == selected)
            m_pending->selectRow(row);
    int awaiting = 0;
    if (const auto &user = m_session.user()) {
        awaiting = int(std::ranges::count_if(
            records, [&](const ExceptionRecord &record) { return m_session.awaits(record, *user); }));
    }
    announce(awaiting);
}

void ExceptionInbox::fillPending(const QList<ExceptionRecord> &records)
{
    m_pending->setRowCount(0);
    for (const ExceptionRecord &record : records) {
        if (record.status != ExceptionStatus::Pending)
            continue;
        addRow(m_pending,
               {record.id, record.requester, record.requestedScope.rules.join(QStringLiteral(", ")),
                record.requestedScope.describe(), hoursText(record.requestedSeconds), record.interactionId,
                record.justification});
    }
    m_pending->resizeColumnsToContents();
}

void ExceptionInbox::fillHistory(const QList<ExceptionRecord> &records)
{
    m_history->setRowCount(0);
    for (const ExceptionRecord &record : records) {
        addRow(m_history, {record.id, record.requester, exceptionStatusName(record.status), record.decidedBy,
                           record.expiresAt.isValid() ? record.expiresAt.toLocalTime().toString() : QString(),
                           QString::number(record.useCount), record.reason});
    }
    m_history->resizeColumnsToContents();
}

void ExceptionInbox::announce(int awaiting)
{
    if (awaiting > m_awaitingMe && m_tray)
        m_tray->notify(ConsoleTray::Topic::Exceptions,
                       tr("%n exception request(s) await your decision.", nullptr, awaiting));
    if (m_tray)
        m_tray->setCount(ConsoleTray::Topic::Exceptions, awaiting);
    if (awaiting != m_awaitingMe) {
        m_awaitingMe = awaiting;
        Q_EMIT awaitingMeChanged(awaiting);
    }
}

QString ExceptionInbox::selectedId() const
{
    const int row = m_pending->currentRow();
    return row < 0 ? QString() : m_pending->item(row, 0)->text();
}

std::optional<QString> ExceptionInbox::reauthenticate(const QString &reason)
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

bool ExceptionInbox::approveSelected()
{
    const QString id = selectedId();
    const auto &user = m_session.user();
    if (id.isEmpty() || !user) {
        m_message->showProblem(tr("Select the request to approve."));
        return false;
    }
    const auto password = reauthenticate(tr("Approve %1").arg(id));
    if (!password)
        return false;
    ApprovalTerms terms;
    if (m_hours->value() > 0)
        terms.seconds = std::max<qint64>(1, qRound64(m_hours->value() * 3600));
    terms.singleUse = m_singleUse->isChecked();
    auto service = m_session.exceptions();
    auto approved = service ? (*service)->approve(id, Credentials::withPassword(user->name, *password), terms)
                            : Result<ExceptionRecord>(std::unexpected(service.error()));
    if (!approved) {
        m_message->showProblem(tr("%1 was not approved: %2").arg(id, approved.error().toString()));
        reload();
        return false;
    }
    m_message->showInfo(tr("%1 approved until %2; the gateway honours it from the next request.")
                            .arg(id, approved->expiresAt.toLocalTime().toString()));
    reload();
    return true;
}

bool ExceptionInbox::rejectSelected()
{
    const QString id = selectedId();
    const auto &user = m_session.user();
    if (id.isEmpty() || !user || m_reason->text().trimmed().isEmpty()) {
        m_message->showProblem(tr("Select the request and give a reason to reject it."));
        return false;
    }
    const auto password = reauthenticate(tr("Reject %1").arg(id));
    if (!password)
        return false;
    auto service = m_session.exceptions();
    auto rejected = service ? (*service)->reject(id, Credentials::withPassword(user->name, *password),
                                                 m_reason->text().trimmed())
                            : Result<ExceptionRecord>(std::unexpected(service.error()));
    if (!rejected) {
        m_message->showProblem(tr("%1 was not rejected: %2").arg(id, rejected.error().toString()));
        reload();
        return false;
    }
    m_reason->clear();
    m_message->showInfo(tr("%1 rejected.").arg(id));
    reload();
    return true;
}

int ExceptionInbox::pendingCount() const
{
    return m_pending->rowCount();
}

QString ExceptionInbox::message() const
{
    return m_message->text();
}

} // namespace custos
