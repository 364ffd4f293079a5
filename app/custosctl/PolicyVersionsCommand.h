#pragma once

#include <QStringList>

// `custosctl policy publish | history | show`: the policy versions kept in the ledger.
namespace custos::ctl::policyversions {

int publish(const QStringList &arguments);
int history(const QStringList &arguments);
int show(const QStringList &arguments);

} // namespace custos::ctl::policyversions
