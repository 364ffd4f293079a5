#pragma once

#include "core/common/Error.h"
#include "gateway/GatewayOptions.h"

#include <QHttpServer>
#include <QObject>

#include <memory>

class QTcpServer;

namespace custos {

// The local HTTP gateway. Runs inside the console's process or headless under `custosctl serve`.
class GatewayServer : public QObject
{
    Q_OBJECT
public:
    explicit GatewayServer(QObject *parent = nullptr);
    ~GatewayServer() override;

    // Binds and starts serving; the options' port 0 picks a free port, reported by port().
    Result<void> start(const GatewayOptions &options);
    quint16 port() const;
    QString baseUrl() const;

private:
    void registerRoutes();

    QHttpServer m_http;
    QTcpServer *m_listener = nullptr;
    GatewayOptions m_options;
};

} // namespace custos
