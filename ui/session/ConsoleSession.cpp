#include "ui/session/ConsoleSession.h"

#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionService.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/WatchScheduler.h"
#include "gateway/ActivePolicyEnforcer.h"
#include "gateway/GatewayServer.h"
#include "gateway/StoreDirectory.h"
#include "gateway/StoreEvidenceSink.h"
#include "gateway/StoreExceptionChecker.h"

#include <algorithm>

namespace custos {

ConsoleSession::ConsoleSession(std::shared_ptr<EvidenceStore> store)
    : m_store(std::move(store))
    , m_users(std::make_shared<UserService>(*m_store, std::make_shared<UserDirectory>()))
{}

ConsoleSession::~ConsoleSession()
{
    stopGateway();
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(const QString &path, const KeySource &key)
{
    auto store = EvidenceStore::open(path, key);
    if (!store)
        return std::unexpected(store.error());
    std::unique_ptr<ConsoleSession> session(new ConsoleSession(std::move(*store)));
    if (auto loaded = session->loadUsers(); !loaded)
        return std::unexpected(loaded.error());
    return session;
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::create(const QString &path, const KeySource &key,
                                                               const FirstRun &setup)
{
    // Everything is checked before the store exists, so a refused first run leaves no file behind.
    if (setup.adminName.trimmed().isEmpty() || setup.service.trimmed().isEmpty())
        return fail(tr("name the first admin and the service to govern"));
    if (auto policy = Policy::fromYaml(setup.policySource); !policy)
        return fail(tr("the policy is invalid: %1").arg(policy.error().front().toString()));
    auto store = EvidenceStore::create(path, key);
    if (!store)
        return std::unexpected(store.error());
    std::unique_ptr<ConsoleSession> session(new ConsoleSession(std::move(*store)));
    const Credentials admin = Credentials::withPassword(setup.adminName, setup.adminPassword);
    auto added = session->m_users->addUser(
        {}, NewUser{setup.adminName, {}, {Role::Admin, Role::RiskOfficer, Role::Approver}, {}},
        setup.adminPassword);
    if (!added)
        return std::unexpected(added.error());
    if (!setup.routeBaseUrl.isEmpty()) {
        const Route route{setup.routeName, setup.routeKind, setup.routeBaseUrl, setup.providerKey};
        if (auto saved = session->m_store->putRoute(route, setup.adminName); !saved)
            return std::unexpected(saved.error());
    }
    auto published = PolicyVersions(*session->m_store, session->m_users->sharedDirectory())
                         .publish(setup.policySource, QStringLiteral("first run"), admin);
    if (!published)
        return std::unexpected(published.error());
    return session;
}

Result<void> ConsoleSession::loadUsers()
{
    return m_users->load();
}

Result<User> ConsoleSession::signIn(const QString &name, const QString &password)
{
    // Users may have changed in another process (custosctl users ...) since the store was opened.
    if (auto loaded = loadUsers(); !loaded)
        return std::unexpected(loaded.error());
    auto user = m_users->directory().authenticate(name, password);
    if (!user)
        return std::unexpected(user.error());
    m_user = *user;
    Q_EMIT userChanged();
    return *user;
}

void ConsoleSession::signOut()
{
    m_user.reset();
    Q_EMIT userChanged();
}

std::unique_ptr<GatewayServer> ConsoleSession::newGateway() const
{
    GatewayServices services;
    auto directory = std::make_shared<StoreDirectory>(m_store);
    auto enforcer = std::make_shared<ActivePolicyEnforcer>(m_store);
    [[maybe_unused]] const auto loaded = enforcer->refreshNow(); // none published yet: refused, visibly
    services.enforcer = std::move(enforcer);
    services.evidence = std::make_shared<StoreEvidenceSink>(m_store);
    services.callers = directory;
    services.routes = directory;
    services.exceptions = std::make_shared<StoreExceptionChecker>(m_store);
    return std::make_unique<GatewayServer>(services);
}

Result<QString> ConsoleSession::startGateway(const QString &listenSpec, bool allowNonLoopback)
{
    auto options = GatewayOptions::fromListenSpec(listenSpec, allowNonLoopback);
    if (!options) {
        Q_EMIT gatewayStateChanged(gatewayBaseUrl(), options.error().toString());
        return std::unexpected(options.error());
    }
    const std::optional<GatewayOptions> previous = m_gatewayOptions;
    if (m_gateway)
        m_gateway->stop();
    auto gateway = newGateway();
    if (auto started = gateway->start(*options); !started) {
        // A port in use loses nothing: the gateway goes back to where it listened before.
        m_gateway.reset();
        if (previous)
            restartOn(*previous);
        Q_EMIT gatewayStateChanged(gatewayBaseUrl(), started.error().toString());
        return std::unexpected(started.error());
    }
    m_gateway = std::move(gateway);
    m_gatewayOptions = *options;
    if (!m_watch) { // the watchers run beside the gateway, evaluated at start and as each day closes
        m_watch = std::make_unique<WatchScheduler>(m_store);
        m_watch->start();
    }
    Q_EMIT gatewayStateChanged(m_gateway->baseUrl(), {});
    return m_gateway->baseUrl();
}

void ConsoleSession::restartOn(const GatewayOptions &options)
{
    auto gateway = newGateway();
    if (gateway->start(options))
        m_gateway = std::move(gateway);
}

void ConsoleSession::stopGateway()
{
    if (!m_gateway)
        return;
    m_gateway->stop();
    m_gateway.reset();
    m_gatewayOptions.reset();
    Q_EMIT gatewayStateChanged({}, {});
}

QString ConsoleSession::gatewayBaseUrl() const
{
    return m_gateway ? m_gateway->baseUrl() : QString();
}

Result<ExceptionService *> ConsoleSession::exceptions()
{
    auto active = PolicyVersions(*m_store, nullptr).active();
    if (!active)
        return std::unexpected(active.error());
    auto rules = std::make_shared<ExceptionRules>();
    if (*active) {
        auto policy = PolicyVersions(*m_store, nullptr).policy((*active)->hash);
        if (!policy)
            return std::unexpected(policy.error());
        rules->setPolicy(*policy);
    }
    if (auto loaded = loadUsers(); !loaded)
        return std::unexpected(loaded.error());
    auto service = std::make_unique<ExceptionService>(*m_store, m_users->sharedDirectory(), rules);
    if (auto loaded = service->load(); !loaded)
        return std::unexpected(loaded.error());
    m_exceptions = std::move(service);
    m_rules = std::move(rules);
    return m_exceptions.get();
}

bool ConsoleSession::awaits(const ExceptionRecord &record, const User &user) const
{
    if (!m_rules || record.status != ExceptionStatus::Pending || record.requester == user.name)
        return false;
    for (const QString &ruleId : record.requestedScope.rules) {
        const auto rule = m_rules->rule(ruleId);
        if (!rule)
            return false;
        const bool named = std::ranges::any_of(rule->approvers, [&](const QString &approver) {
            return approver == user.name ||
                   (approver.startsWith(u"group:") && user.groups.contains(approver.mid(6)));
        });
        if (!named)
            return false;
    }
    return true;
}

} // namespace custos
