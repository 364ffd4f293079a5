#include "core/identity/User.h"

#include <QJsonArray>

#include <algorithm>

namespace custos {

bool User::can(Permission permission) const
{
    return std::any_of(roles.begin(), roles.end(), [&](Role role) { return roleGrants(role, permission); });
}

QStringList User::roleNames() const
{
    QStringList names;
    for (const Role role : roles)
        names << roleName(role);
    return names;
}

QJsonObject User::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames())},
                       {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                       {QStringLiteral("disabled"), disabled},
                       {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("changed_at"), changedAt.toString(Qt::ISODateWithMs)}};
}

} // namespace custos
