#include "ui/dashboard/DecisionModel.h"

#include "core/surface/RiskSurface.h"

#include <algorithm>

namespace custos {

void DecisionModel::setSurface(const RiskSurface &surface)
{
    QList<QVariantList> rows;
    for (auto it = surface.decisions.cbegin(); it != surface.decisions.cend(); ++it)
        rows.append({it.key(), *it});
    std::ranges::stable_sort(rows, [](const QVariantList &a, const QVariantList &b) {
        return a.at(1).toLongLong() > b.at(1).toLongLong();
    });
    setTable({tr("Decision"), tr("Interactions")}, rows);
}

} // namespace custos
