#pragma once

#include "gateway/CallerDirectory.h"
#include "gateway/RouteDirectory.h"

#include <QHash>
#include <QList>

namespace custos {

// Callers and routes given in code. For tests and benchmarks; the store-backed directories serve for real.
class StaticDirectory : public CallerDirectory, public RouteDirectory
{
public:
    void addCaller(const QByteArray &key, ApiKeyIdentity identity);
    void addRoute(Route route);

    Result<std::optional<ApiKeyIdentity>> resolve(const QByteArray &presentedKey) const override;
    std::optional<Route> find(const QString &name) const override;
    std::optional<Route> defaultFor(const QString &kind) const override;

private:
    QHash<QByteArray, ApiKeyIdentity> m_callers;
    QList<Route> m_routes;
};

// Shared rule for picking a default route out of a list, used by every RouteDirectory.
std::optional<Route> pickDefaultRoute(const QList<Route> &routes, const QString &kind);

} // namespace custos
