#include "core/identity/Role.h"

#include <array>
#include <utility>

namespace custos {

namespace {

constexpr std::array roleNames{
    std::pair{Role::Admin, "admin"},       std::pair{Role::RiskOfficer, "risk_officer"},
    std::pair{Role::Approver, "approver"}, std::pair{Role::Developer, "developer"},
    std::pair{Role::Auditor, "auditor"},
};

} // namespace

QString roleName(Role role)
{
    for (const auto &[candidate, name] : roleNames)
        if (candidate == role)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &[role, candidate] : roleNames)
        if (name == QLatin1StringView(candidate))
            return role;
    return std::nullopt;
}

bool roleGrants(Role role, Permission permission)
{
    using enum Permission;
    switch (role) {
    case Role::Admin:
        // Admins run the installation but do not author or approve: that keeps four eyes meaningful.
        return permission == ManageUsers || permission == ManageKeysAndRoutes || permission == ReadEvidence ||
               permission == ManageLegalHolds || permission == ExportEvidence;
    case Role::RiskOfficer:
        return permission == EditPolicy || permission == PublishPolicy || permission == ReadEvidence;
    case Role::Approver:
        return permission == DecideExceptions || permission == ReadEvidence;
    case Role::Developer:
        return permission == RouteTraffic || permission == RequestExceptions;
    case Role::Auditor:
        return permission == ReadEvidence || permission == ExportEvidence || permission == ManageLegalHolds;
    }
    return false;
}

} // namespace custos
