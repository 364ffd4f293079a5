#include "gateway/StoreDirectory.h"

#include "core/evidence/EvidenceStore.h"
#include "gateway/StaticDirectory.h"

#include <algorithm>

namespace custos {

StoreDirectory::StoreDirectory(std::shared_ptr<EvidenceStore> store, int cacheMs)
    : m_store(std::move(store))
    , m_cacheMs(cacheMs)
    , m_routesExpiry(0)
{}

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
