#pragma once

#include "core/audit/AuditContext.h"

namespace custos {
class UserDirectory;
}

namespace custos::audit {

// principals.csv: every name the pack shows (callers, keys, requesters, approvers, publishers,
// actors), with what the directory says about it now. Password and key hashes never leave the
// directory: User::passwordHash and the key table's hashes are not read.
class PrincipalTable
{
public:
    static Result<CsvTable> write(AuditContext &context, const UserDirectory &users);
};

} // namespace custos::audit
