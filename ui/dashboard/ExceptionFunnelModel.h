#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The exception requests of the period, stage by stage: requested, approved, rejected, pending, used.
class ExceptionFunnelModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
