#include "gateway/StaticDirectory.h"

#include <algorithm>

namespace custos {

std::optional<Route> pickDefaultRoute(const QList<Route> &routes, const QString &kind)
{
    std::optional<Route> best;
    for (const Route &route : routes) {
        if (route.kind != kind)
            continue;
        if (route.name == u"default")
            return route;
        if (!best || route.name < best->name)
            best = route;
    }
    return best;
}

void StaticDirectory::addCaller(const QByteArray &key, ApiKeyIdentity identity)
{
    m_callers.insert(key, std::move(identity));
}

void StaticDirectory::addRoute(Route route)
{
    m_routes.removeIf([&](const Route &existing) { return existing.name == route.name; });
    m_routes.append(std::move(route));
}

Result<std::optional<ApiKeyIdentity>> StaticDirectory::resolve(const QByteArray &presentedKey) const
{
    const auto found = m_callers.constFind(presentedKey);
    if (found == m_callers.cend())
        return std::optional<ApiKeyIdentity>{};
    return std::optional<ApiKeyIdentity>{*found};
}

std::optional<Route> StaticDirectory::find(const QString &name) const
{
    const auto found = std::ranges::find(m_routes, name, &Route::name);
    if (found == m_routes.cend())
        return std::nullopt;
    return *found;
}

std::optional<Route> StaticDirectory::defaultFor(const QString &kind) const
{
    return pickDefaultRoute(m_routes, kind);
}

} // namespace custos
