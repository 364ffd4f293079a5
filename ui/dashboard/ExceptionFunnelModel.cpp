#include "ui/dashboard/ExceptionFunnelModel.h"

#include "core/surface/RiskSurface.h"

namespace custos {

void ExceptionFunnelModel::setSurface(const RiskSurface &surface)
{
    const SurfaceExceptionFunnel &funnel = surface.exceptions;
    setTable({tr("Stage"), tr("Exception requests")}, {{tr("Requested"), funnel.requested},
                                                       {tr("Approved"), funnel.approved},
                                                       {tr("Rejected"), funnel.rejected},
                                                       {tr("Pending"), funnel.pending},
                                                       {tr("Used"), funnel.used}});
}

} // namespace custos
