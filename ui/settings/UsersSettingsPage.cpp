#include "ui/settings/UsersSettingsPage.h"

#include "ui/widgets/RoleText.h"
#include "ui/widgets/StatusLabel.h"

#include "core/identity/UserService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace custos {
namespace {

constexpr Role kAllRoles[] = {Role::Admin, Role::RiskOfficer, Role::Approver, Role::Developer, Role::Auditor};

} // namespace

UsersSettingsPage::UsersSettingsPage(std::shared_ptr<UserService> users, QWidget *parent)
    : RecordTablePage(QStringLiteral("users-table"), {tr("User"), tr("Roles"), tr("Groups"), tr("Status")},
                      QStringLiteral("users-message"), parent)
    , m_users(std::move(users))
{
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
        auto *box = new QCheckBox(RoleText::name(role), this);
        box->setObjectName(QStringLiteral("user-role-") + roleName(role));
        m_roleBoxes.insert(role, box);
        roles->addWidget(box);
    }
    roles->addStretch(1);
    table()->setAccessibleName(tr("Users"));
    setEmptyText(tr("No users yet. Enter a name, password and roles below and press Add user."));
    m_add = addButton(tr("Add user"), QStringLiteral("user-add"));
    m_setRoles = addButton(tr("Set roles of selected"), QStringLiteral("user-set-roles"));
    m_toggleDisabled = addButton(tr("Disable / enable selected"), QStringLiteral("user-toggle-disabled"));
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Roles"), roles);
    form()->addRow(tr("Password"), m_password);
    form()->addRow(tr("Password again"), m_passwordAgain);

    connect(m_add, &QPushButton::clicked, this, &UsersSettingsPage::addUser);
    connect(m_setRoles, &QPushButton::clicked, this, &UsersSettingsPage::applyRolesToSelected);
    connect(m_toggleDisabled, &QPushButton::clicked, this, &UsersSettingsPage::toggleSelectedDisabled);
    connect(table(), &QTableWidget::itemSelectionChanged, this, &UsersSettingsPage::fillFormFromSelection);
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
    QList<QStringList> rows;
    for (const User &user : m_users->directory().all())
        rows.append({user.name, RoleText::names(user.roles), user.groups.join(QStringLiteral(", ")),
                     user.disabled ? tr("disabled") : tr("active")});
    setRows(rows);
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
    return selectedText();
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
        status()->showProblem(tr("This change needs your password, and no prompt is available."));
        return std::nullopt;
    }
    auto password = m_prompt(reason);
    if (!password)
        status()->showInfo(tr("Cancelled; nothing changed."));
    return password;
}

bool UsersSettingsPage::addUser()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || checkedRoles().isEmpty()) {
        status()->showProblem(tr("A user needs a name and at least one role."));
        return false;
    }
    if (m_password->text() != m_passwordAgain->text()) {
        status()->showProblem(tr("The two passwords differ."));
        return false;
    }
    const auto actorPassword = reauthenticate(tr("Add user %1").arg(name));
    if (!actorPassword)
        return false;
    auto added = m_users->addUser(Credentials::withPassword(m_actor, *actorPassword),
                                  NewUser{name, {}, checkedRoles(), {}}, m_password->text());
    if (!added) {
        status()->showProblem(tr("%1 was not added: %2").arg(name, added.error().toString()));
        return false;
    }
    m_password->clear();
    m_passwordAgain->clear();
    status()->showInfo(tr("%1 added as %2.").arg(name, RoleText::names(added->roles)));
    reload();
    return true;
}

bool UsersSettingsPage::applyRolesToSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        status()->showProblem(tr("Select the user whose roles change."));
        return false;
    }
    const auto actorPassword = reauthenticate(tr("Change the roles of %1").arg(name));
    if (!actorPassword)
        return false;
    auto changed =
        m_users->setRoles(Credentials::withPassword(m_actor, *actorPassword), name, checkedRoles());
    if (!changed) {
        status()->showProblem(tr("The roles of %1 did not change: %2").arg(name, changed.error().toString()));
        return false;
    }
    status()->showInfo(tr("%1 is now %2.").arg(name, RoleText::names(changed->roles)));
    reload();
    return true;
}

bool UsersSettingsPage::toggleSelectedDisabled()
{
    const auto user = m_users->directory().find(selectedName());
    if (!user) {
        status()->showProblem(tr("Select the user to disable or enable."));
        return false;
    }
    const auto actorPassword =
        reauthenticate(user->disabled ? tr("Enable %1").arg(user->name) : tr("Disable %1").arg(user->name));
    if (!actorPassword)
        return false;
    const Credentials actor = Credentials::withPassword(m_actor, *actorPassword);
    auto changed = user->disabled ? m_users->enable(actor, user->name) : m_users->disable(actor, user->name);
    if (!changed) {
        status()->showProblem(tr("%1 did not change: %2").arg(user->name, changed.error().toString()));
        return false;
    }
    status()->showInfo(changed->disabled ? tr("%1 is disabled and can no longer sign in.").arg(user->name)
                                         : tr("%1 is enabled again.").arg(user->name));
    reload();
    return true;
}

} // namespace custos
