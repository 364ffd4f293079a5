#include "ui/settings/UsersSettingsPage.h"

#include "ui/widgets/StatusLabel.h"

#include "core/identity/UserService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos {
namespace {

constexpr Role kAllRoles[] = {Role::Admin, Role::RiskOfficer, Role::Approver, Role::Developer, Role::Auditor};

} // namespace

UsersSettingsPage::UsersSettingsPage(std::shared_ptr<UserService> users, QWidget *parent)
    : QWidget(parent)
    , m_users(std::move(users))
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("users-table"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Groups"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("user-name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("user-password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordAgain = new QLineEdit(this);
    m_passwordAgain->setObjectName(QStringLiteral("user-password-again"));
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    auto *roles = new QHBoxLayout;
    for (Role role : kAllRoles) {
        auto *box = new QCheckBox(roleName(role), this);
        box->setObjectName(QStringLiteral("user-role-") + roleName(role));
        m_roleBoxes.insert(role, box);
        roles->addWidget(box);
    }
    roles->addStretch(1);
    m_add = new QPushButton(tr("Add user"), this);
    m_add->setObjectName(QStringLiteral("user-add"));
    m_setRoles = new QPushButton(tr("Set roles of selected"), this);
    m_setRoles->setObjectName(QStringLiteral("user-set-roles"));
    m_toggleDisabled = new QPushButton(tr("Disable / enable selected"), this);
    m_toggleDisabled->setObjectName(QStringLiteral("user-toggle-disabled"));
    m_message = new StatusLabel(QStringLiteral("users-message"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Roles"), roles);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_passwordAgain);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_setRoles);
    buttons->addWidget(m_toggleDisabled);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &UsersSettingsPage::addUser);
    connect(m_setRoles, &QPushButton::clicked, this, &UsersSettingsPage::applyRolesToSelected);
    connect(m_toggleDisabled, &QPushButton::clicked, this, &UsersSettingsPage::toggleSelectedDisabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersSettingsPage::fillFormFromSelection);
    setActor({}, false);
}

void UsersSettingsPage::setActor(const QString &actor, bool mayManage)
{
    m_actor = actor;
    for (QPushButton *button : {m_add, m_setRoles, m_toggleDisabled})
        button->setEnabled(mayManage);
}

void UsersSettingsPage::reload()
{
    m_table->setRowCount(0);
    for (const User &user : m_users->directory().all()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{user.name, user.roleNames().join(QStringLiteral(", ")),
                                user.groups.join(QStringLiteral(", ")),
                                user.disabled ? tr("disabled") : tr("active")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

QList<Role> UsersSettingsPage::checkedRoles() const
{
    QList<Role> roles;
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        if (it.value()->isChecked())
            roles.append(it.key());
    return roles;
}

QString UsersSettingsPage::selectedName() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, 0)->text();
}

void UsersSettingsPage::fillFormFromSelection()
{
    const auto user = m_users->directory().find(selectedName());
    if (!user)
        return;
    m_name->setText(user->name);
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        it.value()->setChecked(user->hasRole(it.key()));
}

std::optional<QString> UsersSettingsPage::reauthenticate(const QString &reason)
{
    if (!m_prompt) {
        m_message->showProblem(tr("This change needs your password, and no prompt is available."));
        return std::nullopt;
    }
    auto password = m_prompt(reason);
    if (!password)
        m_message->showInfo(tr("Cancelled; nothing changed."));
    return password;
}

bool UsersSettingsPage::addUser()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || checkedRoles().isEmpty()) {
        m_message->showProblem(tr("A user needs a name and at least one role."));
        return false;
    }
    if (m_password->text() != m_passwordAgain->text()) {
        m_message->showProblem(tr("The two passwords differ."));
        return false;
    }
    const auto actorPassword = reauthenticate(tr("Add user %1").arg(name));
    if (!actorPassword)
        return false;
    auto added = m_users->addUser(Credentials::withPassword(m_actor, *actorPassword),
                                  NewUser{name, {}, checkedRoles(), {}}, m_password->text());
    if (!added) {
        m_message->showProblem(tr("%1 was not added: %2").arg(name, added.error().toString()));
        return false;
    }
    m_password->clear();
    m_passwordAgain->clear();
    m_message->showInfo(tr("%1 added as %2.").arg(name, added->roleNames().join(QStringLiteral(", "))));
    reload();
    return true;
}

bool UsersSettingsPage::applyRolesToSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        m_message->showProblem(tr("Select the user whose roles change."));
        return false;
    }
    const auto actorPassword = reauthenticate(tr("Change the roles of %1").arg(name));
    if (!actorPassword)
        return false;
    auto changed =
        m_users->setRoles(Credentials::withPassword(m_actor, *actorPassword), name, checkedRoles());
    if (!changed) {
        m_message->showProblem(
            tr("The roles of %1 did not change: %2").arg(name, changed.error().toString()));
        return false;
    }
    m_message->showInfo(tr("%1 is now %2.").arg(name, changed->roleNames().join(QStringLiteral(", "))));
    reload();
    return true;
}

bool UsersSettingsPage::toggleSelectedDisabled()
{
    const auto user = m_users->directory().find(selectedName());
    if (!user) {
        m_message->showProblem(tr("Select the user to disable or enable."));
        return false;
    }
    const auto actorPassword =
        reauthenticate(user->disabled ? tr("Enable %1").arg(user->name) : tr("Disable %1").arg(user->name));
    if (!actorPassword)
        return false;
    const Credentials actor = Credentials::withPassword(m_actor, *actorPassword);
    auto changed = user->disabled ? m_users->enable(actor, user->name) : m_users->disable(actor, user->name);
    if (!changed) {
        m_message->showProblem(tr("%1 did not change: %2").arg(user->name, changed.error().toString()));
        return false;
    }
    m_message->showInfo(changed->disabled ? tr("%1 is disabled and can no longer sign in.").arg(user->name)
                                          : tr("%1 is enabled again.").arg(user->name));
    reload();
    return true;
}

int UsersSettingsPage::userCount() const
{
    return m_table->rowCount();
}

QString UsersSettingsPage::message() const
{
    return m_message->text();
}

} // namespace custos
