#pragma once

#include "gateway/Enforcement.h"

#include <optional>

namespace custos {

// Whether an active, approved exception covers a request that a require_exception rule stopped.
class ExceptionChecker
{
public:
    virtual ~ExceptionChecker() = default;
    // The id of the covering exception, if any.
    virtual std::optional<QString> coveringException(const EnforcementContext &context,
                                                     const QStringList &rules) const = 0;
};

// Until the exception path exists (its own issue), no exception covers anything.
class NoExceptionChecker : public ExceptionChecker
{
public:
    std::optional<QString> coveringException(const EnforcementContext &, const QStringList &) const override
    {
        return std::nullopt;
    }
};

} // namespace custos
