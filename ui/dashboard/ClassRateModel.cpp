#include "ui/dashboard/ClassRateModel.h"

#include "core/surface/RiskSurface.h"

namespace custos {

void ClassRateModel::setSurface(const RiskSurface &surface)
{
    QList<QVariantList> rows;
    for (const SurfaceClass &figure : surface.classes)
        rows.append({figure.dataClass, figure.hitsPerThousand, figure.hits, figure.interactions});
    setTable({tr("Data class"), tr("Hits per 1,000 interactions"), tr("Hits"), tr("Interactions with hits")},
             rows);
}

} // namespace custos
