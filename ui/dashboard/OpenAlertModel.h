#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The alerts open now (oldest first): user, value class, watcher, severity, when raised.
class OpenAlertModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
