#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The monitor-mode rules that fired in the period: what each would have done, and how often.
class WouldHaveModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
