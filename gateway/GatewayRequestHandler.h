#pragma once

#include "gateway/GatewayServices.h"
#include "gateway/http/HttpHandler.h"

#include <memory>

class QNetworkAccessManager;

namespace custos {

// Routes requests on one worker thread: health and metrics, the model list, the model endpoints
// (each a ProxyExchange), and a JSON 404 for everything else. Owns that thread's upstream client.
class GatewayRequestHandler : public http::HttpHandler
{
public:
    explicit GatewayRequestHandler(GatewayServices services);
    ~GatewayRequestHandler() override;

    void handle(http::HttpRequest request, http::HttpExchange *exchange) override;
    void rejected(const http::HttpRejection &rejection) override;

private:
    void serveHealth(http::HttpExchange *exchange) const;
    void serveMetrics(http::HttpExchange *exchange) const;
    void serveModels(const http::HttpRequest &request, http::HttpExchange *exchange) const;
    void serveModelRequest(http::HttpRequest request, ApiFlavor api, http::HttpExchange *exchange);
    void serveNotFound(const http::HttpRequest &request, http::HttpExchange *exchange);

    GatewayServices m_services;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace custos
