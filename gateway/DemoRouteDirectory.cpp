#include "gateway/DemoRouteDirectory.h"

namespace custos {

Route DemoRouteDirectory::storedRoute()
{
    return Route{kName.toString(), kKind.toString(), QStringLiteral("builtin:demo"), QString()};
}

DemoRouteDirectory::DemoRouteDirectory(std::shared_ptr<const RouteDirectory> stored, QString demoBaseUrl)
    : m_stored(std::move(stored))
    , m_demoBaseUrl(std::move(demoBaseUrl))
{}

std::optional<Route> DemoRouteDirectory::find(const QString &name) const
{
    return m_stored->find(name);
}

std::optional<Route> DemoRouteDirectory::defaultFor(const QString &kind) const
{
    if (auto stored = m_stored->defaultFor(kind))
        return stored;
    if (demoConfigured())
        return demoAs(kind);
    return std::nullopt;
}

std::optional<Route> DemoRouteDirectory::findFor(const QString &name, const QString &kind) const
{
    auto stored = m_stored->find(name);
    if (stored && !isDemo(*stored))
        return stored;
    if (stored || demoConfigured())
        return demoAs(kind);
    return std::nullopt;
}

bool DemoRouteDirectory::demoConfigured() const
{
    const auto demo = m_stored->find(kName.toString());
    return demo && isDemo(*demo);
}

Route DemoRouteDirectory::demoAs(const QString &kind) const
{
    // The demo provider serves /v1/... for both kinds from one root, so no "/v1" in the base URL.
    return Route{kName.toString(), kind, m_demoBaseUrl, QString()};
}

} // namespace custos
