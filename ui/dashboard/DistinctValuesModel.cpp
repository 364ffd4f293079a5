#include "ui/dashboard/DistinctValuesModel.h"

#include "core/surface/RiskSurface.h"

namespace custos {

void DistinctValuesModel::setSurface(const RiskSurface &surface)
{
    QList<QVariantList> rows;
    for (const SurfaceValueClass &figure : surface.valueClasses)
        rows.append({figure.valueClass, figure.distinctValues});
    setTable({tr("Value class"), tr("Distinct values")}, rows);
}

} // namespace custos
