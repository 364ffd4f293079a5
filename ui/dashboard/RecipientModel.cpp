#include "ui/dashboard/RecipientModel.h"

#include "core/surface/RiskSurface.h"

#include <QMap>

namespace custos {

void RecipientModel::setSurface(const RiskSurface &surface)
{
    QStringList classes;
    QMap<QString, QMap<QString, qint64>> byRecipient; // "provider · model" -> class -> interactions
    for (const SurfaceRecipient &recipient : surface.recipients) {
        if (!classes.contains(recipient.dataClass))
            classes.append(recipient.dataClass);
        const QString provider = recipient.provider.isEmpty() ? tr("no route") : recipient.provider;
        const QString model = recipient.model.isEmpty() ? tr("no model") : recipient.model;
        byRecipient[tr("%1 · %2").arg(provider, model)][recipient.dataClass] += recipient.interactions;
    }
    classes.sort();
    QList<QVariantList> rows;
    for (auto it = byRecipient.cbegin(); it != byRecipient.cend(); ++it) {
        QVariantList row{it.key()};
        for (const QString &dataClass : std::as_const(classes))
            row.append(it->value(dataClass));
        rows.append(row);
    }
    setTable(QStringList{tr("Provider · model")} + classes, rows);
}

} // namespace custos
