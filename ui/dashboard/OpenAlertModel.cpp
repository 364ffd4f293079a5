#include "ui/dashboard/OpenAlertModel.h"

#include "core/surface/RiskSurface.h"

#include <QLocale>

namespace custos {

void OpenAlertModel::setSurface(const RiskSurface &surface)
{
    QList<QVariantList> rows;
    for (const SurfaceAlert &alert : surface.openAlerts)
        rows.append({alert.user, alert.valueClass, alert.watcher, alert.severity,
                     QLocale().toString(alert.raised.toLocalTime(), QLocale::ShortFormat)});
    setTable({tr("User"), tr("Value class"), tr("Watcher"), tr("Severity"), tr("Raised")}, rows);
}

} // namespace custos
