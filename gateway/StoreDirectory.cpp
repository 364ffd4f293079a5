#include "gateway/StoreDirectory.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"
#include "gateway/GatewayLogging.h"
#include "gateway/StaticDirectory.h"

#include <algorithm>

namespace custos {

StoreDirectory::StoreDirectory(std::shared_ptr<EvidenceStore> store, int cacheMs)
    : m_store(std::move(store))
    , m_cacheMs(cacheMs)
    , m_routesExpiry(0)
{}

StoreDirectory::~StoreDirectory() = default;

Result<bool> StoreDirectory::userDisabled(const QString &user) const
{
    EvidenceQuery newestAdmin;
    newestAdmin.kind = EventKind::Admin;
    newestAdmin.limit = 1;
    const auto page = m_store->query(newestAdmin);
    if (!page)
        return std::unexpected(page.error());
    const qint64 newest = page->events.isEmpty() ? 0 : page->events.constFirst().seq;
    QMutexLocker lock(&m_usersMutex);
    if (!m_users || newest != m_usersAtSeq) {
        auto users = std::make_unique<UserDirectory>();
        if (auto rebuilt = users->rebuild(*m_store); !rebuilt)
            return std::unexpected(rebuilt.error());
        m_users = std::move(users);
        m_usersAtSeq = newest;
    }
    const auto found = m_users->find(user);
    return found && found->disabled;
}

Result<std::optional<ApiKeyIdentity>> StoreDirectory::resolve(const QByteArray &presentedKey) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto cached = m_callers.constFind(presentedKey);
        if (cached != m_callers.cend() && !cached->second.hasExpired())
            return std::optional<ApiKeyIdentity>{cached->first};
    }
    const auto identity = m_store->resolveApiKey(QString::fromUtf8(presentedKey));
    if (!identity) {
        const QString &message = identity.error().message;
        if (message.contains(u"not a Custos API key") || message.contains(u"unknown or revoked"))
            return std::optional<ApiKeyIdentity>{};
        return std::unexpected(identity.error());
    }
    const auto disabled = userDisabled(identity->user);
    if (!disabled)
        return std::unexpected(disabled.error());
    if (*disabled) {
        qCInfo(lcGateway) << "refused a key of disabled user" << identity->user;
        return std::optional<ApiKeyIdentity>{};
    }
    QMutexLocker lock(&m_mutex);
    if (m_callers.size() > 10'000)
        m_callers.clear();
    m_callers.insert(presentedKey, {*identity, QDeadlineTimer(m_cacheMs)});
    return std::optional<ApiKeyIdentity>{*identity};
}

QList<Route> StoreDirectory::routes() const
{
    QMutexLocker lock(&m_mutex);
    if (m_routesExpiry.hasExpired()) {
        if (auto fresh = m_store->routes())
            m_routes = *fresh;
        m_routesExpiry = QDeadlineTimer(m_cacheMs);
    }
    return m_routes;
}

std::optional<Route> StoreDirectory::find(const QString &name) const
{
    const QList<Route> all = routes();
    const auto found = std::ranges::find(all, name, &Route::name);
    if (found == all.cend())
        return std::nullopt;
    return *found;
}

std::optional<Route> StoreDirectory::defaultFor(const QString &kind) const
{
    return pickDefaultRoute(routes(), kind);
}

} // namespace custos
