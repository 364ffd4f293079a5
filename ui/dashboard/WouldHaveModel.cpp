#include "ui/dashboard/WouldHaveModel.h"

#include "core/surface/RiskSurface.h"

namespace custos {

void WouldHaveModel::setSurface(const RiskSurface &surface)
{
    QList<QVariantList> rows;
    for (const SurfaceWouldHave &rule : surface.wouldHave)
        rows.append({rule.rule, rule.interactions, rule.action});
    setTable({tr("Rule"), tr("Interactions"), tr("Would have")}, rows);
}

} // namespace custos
