#pragma once

#include "ui/settings/PasswordPrompt.h"

#include "core/identity/Role.h"

#include "ui/widgets/RecordTablePage.h"

#include <QMap>

#include <memory>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace custos {

class UserService;

// Users and roles. Every change is made by the signed-in admin, who re-enters their password,
// and lands in the ledger as an admin event (UserService).
class UsersSettingsPage : public RecordTablePage
{
    Q_OBJECT
public:
    UsersSettingsPage(std::shared_ptr<UserService> users, QWidget *parent = nullptr);

    void setActor(const QString &actor, bool mayManage);
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    void reload();
    bool addUser();
    bool applyRolesToSelected();
    bool toggleSelectedDisabled();
    int userCount() const { return rowCount(); }

private:
    QList<Role> checkedRoles() const;
    QString selectedName() const;
    void fillFormFromSelection();
    // The actor's password, asked for this change; empty when they cancelled.
    std::optional<QString> reauthenticate(const QString &reason);

    std::shared_ptr<UserService> m_users;
    PasswordPrompt m_prompt;
    QString m_actor;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordAgain = nullptr;
    QMap<Role, QCheckBox *> m_roleBoxes;
    QPushButton *m_add = nullptr;
    QPushButton *m_setRoles = nullptr;
    QPushButton *m_toggleDisabled = nullptr;
};

} // namespace custos
