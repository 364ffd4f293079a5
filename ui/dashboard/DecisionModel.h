#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The period's interactions by the action decided, most first.
class DecisionModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
