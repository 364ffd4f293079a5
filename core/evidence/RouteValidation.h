#pragma once

#include "core/common/Error.h"
#include "core/evidence/AccessRecords.h"

#include <QStringList>

namespace custos {

// The one check of a route before it is stored, shared by `custosctl routes add`, the settings
// routes page and the first-run wizard, so all three accept and refuse the same routes with the
// same words. Each refusal names the field it is about.
class RouteValidation
{
public:
    // The kinds the gateway can speak to, in the order a picker offers them.
    static QStringList kinds();

    static Result<void> checkName(const QString &name);
    static Result<void> checkKind(const QString &kind);
    // http(s) with a host; plain http only to loopback, since the provider key travels with every
    // request; no user name or password (the key is stored apart, encrypted) and no query or
    // fragment (the gateway appends the API path).
    static Result<void> checkBaseUrl(const QString &baseUrl);
    // Name, kind and base URL, in that order; the first refusal wins.
    static Result<void> check(const Route &route);

    // The base URL as stored: trimmed, without a trailing slash.
    static QString normalizedBaseUrl(const QString &baseUrl);

private:
    static bool isLoopbackHost(const QString &host);
};

} // namespace custos
