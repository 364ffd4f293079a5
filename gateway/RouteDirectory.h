#pragma once

#include "core/evidence/AccessRecords.h"

#include <optional>

namespace custos {

// The configured upstreams, with their provider keys. Thread-safe.
class RouteDirectory
{
public:
    virtual ~RouteDirectory() = default;
    virtual std::optional<Route> find(const QString &name) const = 0;
    // The route a request goes to when the policy names none: the route called "default" of that kind,
    // otherwise the first of that kind by name. `kind` is "openai" or "anthropic".
    virtual std::optional<Route> defaultFor(const QString &kind) const = 0;
    // The route `name` as a request of `kind` ("openai" or "anthropic") reaches it. Only a directory
    // with a route serving both kinds (the built-in demo route) answers differently from find().
    virtual std::optional<Route> findFor(const QString &name, const QString &kind) const
    {
        Q_UNUSED(kind);
        return find(name);
    }
};

} // namespace custos
