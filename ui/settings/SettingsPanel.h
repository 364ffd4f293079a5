#pragma once

#include "ui/settings/PasswordPrompt.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace custos {

class DeveloperKeysPage;
class EvidenceStore;
class GatewaySettingsPage;
class RetentionSettingsPage;
class RoutesSettingsPage;
class UserService;
class UsersSettingsPage;
struct User;

// The settings section: the gateway's address, routes and provider keys, developer keys, users
// and roles, retention. What the signed-in user may change follows their role.
class SettingsPanel : public QWidget
{
    Q_OBJECT
public:
    SettingsPanel(std::shared_ptr<EvidenceStore> store, std::shared_ptr<UserService> users,
                  QWidget *parent = nullptr);

    void setSignedInUser(const User &user);
    void setPasswordPrompt(PasswordPrompt prompt);
    void reload();

    GatewaySettingsPage *gatewayPage() const { return m_gateway; }
    RoutesSettingsPage *routesPage() const { return m_routes; }
    DeveloperKeysPage *keysPage() const { return m_keys; }
    UsersSettingsPage *usersPage() const { return m_users; }
    RetentionSettingsPage *retentionPage() const { return m_retention; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs = nullptr;
    GatewaySettingsPage *m_gateway = nullptr;
    RoutesSettingsPage *m_routes = nullptr;
    DeveloperKeysPage *m_keys = nullptr;
    UsersSettingsPage *m_users = nullptr;
    RetentionSettingsPage *m_retention = nullptr;
};

} // namespace custos
