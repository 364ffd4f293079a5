#pragma once

#include "core/common/Error.h"
#include "gateway/Enforcement.h"

#include <QJsonObject>

#include <optional>

namespace custos {

// The gateway's side of the exception path: whether approved exceptions cover a request the
// policy would stop, and the caller's own requests for one (POST /custos/v1/exceptions).
class ExceptionChecker
{
public:
    virtual ~ExceptionChecker() = default;
    // The ids of the exceptions that cover every one of `decision.stoppingRules` for this caller,
    // already recorded as used; nullopt when some rule is not covered (nothing is then used).
    virtual std::optional<QStringList> cover(const EnforcementContext &context,
                                             const Enforcement &decision) const = 0;
    // A caller (already authenticated by their key for `service`) asks for an exception; the JSON
    // record, or why not.
    virtual Result<QJsonObject> request(const QString &user, const QString &service,
                                        const QJsonObject &body) const = 0;
    // One of the caller's own requests, or an error when there is none by that id.
    virtual Result<QJsonObject> status(const QString &user, const QString &id) const = 0;
    // Records that someone without a valid key asked for an exception (they are answered 401).
    virtual void refuseUnauthenticated() const {}
};

// Without a store there is no exception path: nothing is covered and requests are refused.
class NoExceptionChecker : public ExceptionChecker
{
public:
    std::optional<QStringList> cover(const EnforcementContext &, const Enforcement &) const override
    {
        return std::nullopt;
    }
    Result<QJsonObject> request(const QString &, const QString &, const QJsonObject &) const override
    {
        return fail(
            QStringLiteral("this gateway runs without an evidence store, so it takes no exception requests"));
    }
    Result<QJsonObject> status(const QString &, const QString &) const override
    {
        return fail(QStringLiteral("this gateway runs without an evidence store"));
    }
};

} // namespace custos
