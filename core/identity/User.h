#pragma once

#include "core/identity/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace custos {

// One person who signs in to Custos: the console, custosctl, or an approver deciding an exception.
struct User
{
    QString name; // the sign-in name; what policies list as approvers
    QString displayName;
    QList<Role> roles;
    QStringList groups; // policies name them as "group:NAME"
    bool disabled = false;
    QDateTime createdAt;
    QDateTime changedAt;
    QString passwordHash; // never leaves core: toJson() leaves it out

    bool hasRole(Role role) const { return roles.contains(role); }
    bool can(Permission permission) const;
    QStringList roleNames() const;
    // For listings and JSON output; the password hash is never included.
    QJsonObject toJson() const;
};

} // namespace custos
