#pragma once

#include "core/identity/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace custos {

// A role as the console shows it: translated words ("risk officer", "Risikoverantwortlicher"), not
// the id the policy and custosctl use ("risk_officer").
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    static QString name(Role role);
    // The roles' names, comma-separated, in the order given.
    static QString names(const QList<Role> &roles);
    static QStringList nameList(const QList<Role> &roles);
};

} // namespace custos
