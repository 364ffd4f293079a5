#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The days of the period: interactions, and hits per 1,000 interactions of each data class that day (a column
// per class, in the order of the whole period's most hits).
class DailyActivityModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
