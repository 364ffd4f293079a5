#include "ui/settings/SettingsPanel.h"

#include "ui/settings/DeveloperKeysPage.h"
#include "ui/settings/GatewaySettingsPage.h"
#include "ui/settings/RetentionSettingsPage.h"
#include "ui/settings/RoutesSettingsPage.h"
#include "ui/settings/UsersSettingsPage.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/User.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace custos {

SettingsPanel::SettingsPanel(std::shared_ptr<EvidenceStore> store, std::shared_ptr<UserService> users,
                             QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_gateway(new GatewaySettingsPage(this))
    , m_routes(new RoutesSettingsPage(store, this))
    , m_keys(new DeveloperKeysPage(store, this))
    , m_users(new UsersSettingsPage(std::move(users), this))
    , m_retention(new RetentionSettingsPage(store, this))
{
    setObjectName(QStringLiteral("settings-panel"));
    if (store)
        m_gateway->setWitnessPath(store->witnessPath());
    m_tabs->addTab(m_gateway, tr("Gateway"));
    m_tabs->addTab(m_routes, tr("Routes and provider keys"));
    m_tabs->addTab(m_keys, tr("Developer keys"));
    m_tabs->addTab(m_users, tr("Users and roles"));
    m_tabs->addTab(m_retention, tr("Retention"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void SettingsPanel::setSignedInUser(const User &user)
{
    const bool admin = user.hasRole(Role::Admin);
    m_gateway->setActor(admin);
    m_routes->setActor(user.name, user.can(Permission::ManageKeysAndRoutes));
    m_keys->setActor(user.name, user.can(Permission::ManageKeysAndRoutes));
    m_users->setActor(user.name, user.can(Permission::ManageUsers));
    m_retention->setActor(user.name, admin);
}

void SettingsPanel::setPasswordPrompt(PasswordPrompt prompt)
{
    m_users->setPasswordPrompt(std::move(prompt));
}

void SettingsPanel::reload()
{
    m_routes->reload();
    m_keys->reload();
    m_users->reload();
    m_retention->reload();
}

void SettingsPanel::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace custos
