#include "ui/dashboard/DailyActivityModel.h"

#include "core/surface/RiskSurface.h"

namespace custos {

void DailyActivityModel::setSurface(const RiskSurface &surface)
{
    QStringList headers{tr("Day"), tr("Interactions")};
    for (const SurfaceClass &figure : surface.classes)
        headers.append(tr("%1 per 1,000").arg(figure.dataClass));
    QList<QVariantList> rows;
    for (const SurfaceDay &day : surface.days) {
        QVariantList row{day.day, day.interactions};
        for (const SurfaceClass &figure : surface.classes) {
            const qint64 hits = day.hitsByClass.value(figure.dataClass);
            row.append(day.interactions ? 1000.0 * double(hits) / double(day.interactions) : 0.0);
        }
        rows.append(row);
    }
    setTable(headers, rows);
}

} // namespace custos
