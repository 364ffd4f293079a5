#pragma once

#include "ui/dashboard/SurfaceTableModel.h"

namespace custos {

// The users or the services that sent the most distinct values: name (or pseudonym), distinct values,
// interactions.
class TopSendersModel : public SurfaceTableModel
{
    Q_OBJECT
public:
    enum class Senders { Users, Services };
    explicit TopSendersModel(Senders senders, QObject *parent = nullptr);
    void setSurface(const RiskSurface &surface) override;

private:
    Senders m_senders;
};

} // namespace custos
