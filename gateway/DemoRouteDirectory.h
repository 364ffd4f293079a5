#pragma once

#include "gateway/RouteDirectory.h"

#include <memory>

namespace custos {

// The store's routes, plus the built-in demo route. A store without a provider key holds a route
// named `demo` of kind `demo`; while it does, every route the policy names that the store lacks
// (`upstream`, `anthropic`, ...) is answered by the in-process DemoProvider, as either kind, and the
// evidence records the route as `demo`. Adding the real route (or removing `demo`) ends that.
class DemoRouteDirectory : public RouteDirectory
{
public:
    static constexpr QStringView kName = u"demo";
    static constexpr QStringView kKind = u"demo";
    // What the store keeps for the demo route: no URL of its own (the port changes every start), no key.
    static Route storedRoute();
    static bool isDemo(const Route &route) { return route.kind == kKind; }

    DemoRouteDirectory(std::shared_ptr<const RouteDirectory> stored, QString demoBaseUrl);

    std::optional<Route> find(const QString &name) const override;
    std::optional<Route> defaultFor(const QString &kind) const override;
    std::optional<Route> findFor(const QString &name, const QString &kind) const override;

private:
    bool demoConfigured() const;
    Route demoAs(const QString &kind) const;

    std::shared_ptr<const RouteDirectory> m_stored;
    QString m_demoBaseUrl;
};

} // namespace custos
