#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The data classes of the period, most hits first: hits per 1,000 interactions, hits, interactions with a
// hit.
class ClassRateModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
