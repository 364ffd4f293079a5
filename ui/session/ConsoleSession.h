#pragma once

#include "core/common/Error.h"
#include "core/identity/User.h"
#include "gateway/GatewayOptions.h"

#include <QObject>

#include <memory>
#include <optional>

namespace custos {

class EvidenceStore;
class ExceptionRules;
class ExceptionService;
struct ExceptionRecord;
class GatewayServer;
class KeySource;
class UserService;
class WatchScheduler;

// Everything the console works on, without widgets: the open store, the signed-in user, and the
// gateway the console runs in-process (its workers serve traffic while the UI is used).
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    struct FirstRun
    {
        QString adminName;
        QString adminPassword;
        QString service; // the one service to govern
        QString routeName = QStringLiteral("upstream");
        QString routeKind = QStringLiteral("openai");
        QString routeBaseUrl;
        QString providerKey;
        QByteArray policySource; // published as the first version, by the admin
    };

    // Opens an existing store (a wrong passphrase is reported as such).
    static Result<std::unique_ptr<ConsoleSession>> open(const QString &path, const KeySource &key);
    // First run: creates the store, the first admin, the route and its key, and publishes the policy.
    static Result<std::unique_ptr<ConsoleSession>> create(const QString &path, const KeySource &key,
                                                          const FirstRun &setup);
    ~ConsoleSession() override;

    Result<User> signIn(const QString &name, const QString &password);
    void signOut();
    const std::optional<User> &user() const { return m_user; }

    // Starts (or restarts) the in-process gateway; the base URL, or why it cannot listen.
    Result<QString> startGateway(const QString &listenSpec, bool allowNonLoopback = false);
    void stopGateway();
    QString gatewayBaseUrl() const;
    // The watchers, evaluated live from the first gateway start on (nullptr before).
    WatchScheduler *watchScheduler() const { return m_watch.get(); }

    std::shared_ptr<EvidenceStore> store() const { return m_store; }
    std::shared_ptr<UserService> users() const { return m_users; }
    // The exception path as the ledger says now (reloaded when other processes decided).
    Result<ExceptionService *> exceptions();
    // Whether `record` waits for `user`: pending, not their own, and every rule names them.
    bool awaits(const ExceptionRecord &record, const User &user) const;

Q_SIGNALS:
    void userChanged();
    void gatewayStateChanged(const QString &baseUrl, const QString &problem);

private:
    explicit ConsoleSession(std::shared_ptr<EvidenceStore> store);
    Result<void> loadUsers();
    std::unique_ptr<GatewayServer> newGateway() const;
    void restartOn(const GatewayOptions &options);

    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<UserService> m_users;
    std::shared_ptr<ExceptionRules> m_rules;
    std::unique_ptr<ExceptionService> m_exceptions;
    std::unique_ptr<GatewayServer> m_gateway;
    std::optional<GatewayOptions> m_gatewayOptions;
    std::optional<User> m_user;
    std::unique_ptr<WatchScheduler> m_watch;
};

} // namespace custos
