#pragma once

#include <QString>

#include <optional>

namespace custos {

// What a signed-in person may do. A user holds one or more roles.
enum class Role { Admin, RiskOfficer, Approver, Developer, Auditor };

enum class Permission {
    ManageUsers, // add, disable, change roles
    ManageKeysAndRoutes,
    EditPolicy,
    PublishPolicy,
    DecideExceptions, // still only for exceptions whose rule names the person
    RequestExceptions,
    RouteTraffic,
    ReadEvidence,
    ExportEvidence,
    ManageLegalHolds,
};

QString roleName(Role role); // "risk_officer"
std::optional<Role> roleFromName(const QString &name);
bool roleGrants(Role role, Permission permission);

} // namespace custos
