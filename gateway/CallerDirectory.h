#pragma once

#include "core/common/Error.h"
#include "core/evidence/AccessRecords.h"

#include <optional>

namespace custos {

// Resolves a presented Custos API key to the user and service it was issued to. Thread-safe.
class CallerDirectory
{
public:
    virtual ~CallerDirectory() = default;
    // Empty optional: no such key (or revoked). An error: the directory itself failed.
    virtual Result<std::optional<ApiKeyIdentity>> resolve(const QByteArray &presentedKey) const = 0;
};

} // namespace custos
