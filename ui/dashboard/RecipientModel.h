#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// Which providers and models received which data classes: a row per provider and model, a column per data
// class (interactions passed on with hits of it).
class RecipientModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    using SurfaceTableModel::SurfaceTableModel;
    void setSurface(const RiskSurface &surface) override;
};

} // namespace custos
