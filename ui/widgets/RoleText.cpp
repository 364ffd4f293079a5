#include "ui/widgets/RoleText.h"

namespace custos {

QString RoleText::name(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("administrator", "role");
    case Role::RiskOfficer:
        return tr("risk officer", "role");
    case Role::Approver:
        return tr("approver", "role");
    case Role::Developer:
        return tr("developer", "role");
    case Role::Auditor:
        return tr("auditor", "role");
    }
    return roleName(role);
}

QStringList RoleText::nameList(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names << name(role);
    return names;
}

QString RoleText::names(const QList<Role> &roles)
{
    return nameList(roles).join(QStringLiteral(", "));
}

} // namespace custos
