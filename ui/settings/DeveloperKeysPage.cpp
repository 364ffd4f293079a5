#include "ui/settings/DeveloperKeysPage.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace custos {

DeveloperKeysPage::DeveloperKeysPage(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : RecordTablePage(QStringLiteral("keys-table"),
                      {tr("Key"), tr("User"), tr("Service"), tr("Issued"), tr("Status")},
                      QStringLiteral("keys-message"), parent)
    , m_store(std::move(store))
{
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("key-user"));
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("key-service"));
    m_issued = new QLineEdit(this);
    m_issued->setObjectName(QStringLiteral("key-issued"));
    m_issued->setReadOnly(true);
    m_issued->setAccessibleName(tr("Issued key"));
    table()->setAccessibleName(tr("Developer keys"));
    m_issued->setPlaceholderText(tr("A new key appears here once; only its hash is kept."));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("key-copy"));
    m_copy->setEnabled(false);
    setEmptyText(tr("No developer keys yet. Fill in the user and service below and press Issue key; "
                    "the SDKs send the key to the gateway."));
    m_issue = addButton(tr("Issue key"), QStringLiteral("key-issue"));
    m_revoke = addButton(tr("Revoke selected"), QStringLiteral("key-revoke"));

    auto *issuedRow = new QHBoxLayout;
    issuedRow->addWidget(m_issued, 1);
    issuedRow->addWidget(m_copy);
    form()->addRow(tr("User"), m_user);
    form()->addRow(tr("Service"), m_service);
    form()->addRow(tr("New key"), issuedRow);

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
        status()->showProblem(tr("The keys could not be read: %1").arg(keys.error().toString()));
        return;
    }
    QList<QStringList> rows;
    for (const ApiKeyRecord &key : std::as_const(*keys))
        rows.append({key.prefix, key.user, key.service, key.created.toLocalTime().toString(),
                     key.revoked.isValid() ? tr("revoked") : tr("active")});
    setRows(rows);
}

QString DeveloperKeysPage::issueKey()
{
    const QString user = m_user->text().trimmed();
    const QString service = m_service->text().trimmed();
    if (user.isEmpty() || service.isEmpty()) {
        status()->showProblem(tr("A key belongs to one user and one service: fill in both."));
        return {};
    }
    auto key = m_store->issueApiKey(user, service, m_actor);
    if (!key) {
        status()->showProblem(tr("No key was issued: %1").arg(key.error().toString()));
        return {};
    }
    m_issued->setText(*key);
    m_copy->setEnabled(true);
    status()->showInfo(tr("Copy the key now: Custos keeps only its hash and cannot show it again."));
    reload();
    return *key;
}

bool DeveloperKeysPage::revokeSelectedKey()
{
    if (selectedRowOr(tr("Select the key to revoke.")) < 0)
        return false;
    const QString prefix = selectedText();
    if (auto revoked = m_store->revokeApiKey(prefix, m_actor); !revoked) {
        status()->showProblem(tr("Key %1 was not revoked: %2").arg(prefix, revoked.error().toString()));
        return false;
    }
    status()->showInfo(tr("Key %1 revoked; the gateway refuses it from now on.").arg(prefix));
    reload();
    return true;
}

} // namespace custos
