#include "ui/settings/DeveloperKeysPage.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos {

DeveloperKeysPage::DeveloperKeysPage(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("keys-table"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("User"), tr("Service"), tr("Issued"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("key-user"));
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("key-service"));
    m_issued = new QLineEdit(this);
    m_issued->setObjectName(QStringLiteral("key-issued"));
    m_issued->setReadOnly(true);
    m_issued->setPlaceholderText(tr("A new key appears here once; only its hash is kept."));
    m_issue = new QPushButton(tr("Issue key"), this);
    m_issue->setObjectName(QStringLiteral("key-issue"));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("key-copy"));
    m_copy->setEnabled(false);
    m_revoke = new QPushButton(tr("Revoke selected"), this);
    m_revoke->setObjectName(QStringLiteral("key-revoke"));
    m_message = new StatusLabel(QStringLiteral("keys-message"), this);

    auto *issuedRow = new QHBoxLayout;
    issuedRow->addWidget(m_issued, 1);
    issuedRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("New key"), issuedRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_issue, &QPushButton::clicked, this, &DeveloperKeysPage::issueKey);
    connect(m_revoke, &QPushButton::clicked, this, &DeveloperKeysPage::revokeSelectedKey);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_issued->text()); });
    setActor({}, false);
}

void DeveloperKeysPage::setActor(const QString &actor, bool mayManage)
{
    m_actor = actor;
    m_issue->setEnabled(mayManage && !m_store->isReadOnly());
    m_revoke->setEnabled(m_issue->isEnabled());
}

void DeveloperKeysPage::reload()
{
    auto keys = m_store->apiKeys();
    if (!keys) {
        m_message->showProblem(tr("The keys could not be read: %1").arg(keys.error().toString()));
        return;
    }
    m_table->setRowCount(0);
    for (const ApiKeyRecord &key : std::as_const(*keys)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{key.prefix, key.user, key.service, key.created.toLocalTime().toString(),
                                key.revoked.isValid() ? tr("revoked") : tr("active")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

QString DeveloperKeysPage::issueKey()
{
    const QString user = m_user->text().trimmed();
    const QString service = m_service->text().trimmed();
    if (user.isEmpty() || service.isEmpty()) {
        m_message->showProblem(tr("A key belongs to one user and one service: fill in both."));
        return {};
    }
    auto key = m_store->issueApiKey(user, service, m_actor);
    if (!key) {
        m_message->showProblem(tr("No key was issued: %1").arg(key.error().toString()));
        return {};
    }
    m_issued->setText(*key);
    m_copy->setEnabled(true);
    m_message->showInfo(tr("Copy the key now: Custos keeps only its hash and cannot show it again."));
    reload();
    return *key;
}

bool DeveloperKeysPage::revokeSelectedKey()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->showProblem(tr("Select the key to revoke."));
        return false;
    }
    const QString prefix = m_table->item(row, 0)->text();
    if (auto revoked = m_store->revokeApiKey(prefix, m_actor); !revoked) {
        m_message->showProblem(tr("Key %1 was not revoked: %2").arg(prefix, revoked.error().toString()));
        return false;
    }
    m_message->showInfo(tr("Key %1 revoked; the gateway refuses it from now on.").arg(prefix));
    reload();
    return true;
}

int DeveloperKeysPage::keyCount() const
{
    return m_table->rowCount();
}

QString DeveloperKeysPage::message() const
{
    return m_message->text();
}

} // namespace custos
