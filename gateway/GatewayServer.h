#pragma once

#include "core/common/Error.h"
#include "gateway/GatewayOptions.h"
#include "gateway/GatewayServices.h"

#include <QObject>

#include <memory>

namespace custos {

namespace http {
class HttpServer;
}

// The local HTTP gateway. Runs inside the console's process or headless under `custosctl serve`.
// Without services it still answers health and metrics, and refuses model requests (fail closed).
class GatewayServer : public QObject
{
    Q_OBJECT
public:
    explicit GatewayServer(GatewayServices services = {}, QObject *parent = nullptr);
    ~GatewayServer() override;

    // Binds and starts serving; the options' port 0 picks a free port, reported by port().
    Result<void> start(const GatewayOptions &options);
    void stop();
    quint16 port() const;
    QString baseUrl() const;
    const GatewayServices &services() const { return m_services; }

private:
    GatewayServices m_services;
    GatewayOptions m_options;
    std::unique_ptr<http::HttpServer> m_http;
};

} // namespace custos
