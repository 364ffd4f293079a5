#include "ui/dashboard/TopSendersModel.h"

#include "core/surface/RiskSurface.h"

namespace custos {

TopSendersModel::TopSendersModel(Senders senders, QObject *parent)
    : SurfaceTableModel(parent)
    , m_senders(senders)
{}

void TopSendersModel::setSurface(const RiskSurface &surface)
{
    const bool users = m_senders == Senders::Users;
    QList<QVariantList> rows;
    for (const SurfaceSender &sender : users ? surface.topUsers : surface.topServices) {
        const QString name = !sender.name.isEmpty() ? sender.name : users ? tr("no user") : tr("no service");
        rows.append({name, sender.distinctValues, sender.interactions});
    }
    setTable({users ? tr("User") : tr("Service"), tr("Distinct values"), tr("Interactions")}, rows);
}

} // namespace custos
