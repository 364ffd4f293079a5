#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The value classes of the period, most first: distinct values (fingerprints) sent in requests.
class DistinctValuesModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
