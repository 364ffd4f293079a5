#pragma once

#include "gateway/GatewayServices.h"
#include "gateway/http/HttpHandler.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace custos {

// Routes requests on one worker thread: health and metrics, the model list, the model endpoints
// (each a ProxyExchange), the callers' exception requests, and a JSON 404 for everything else. Owns that
// thread's upstream client.
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
    void serveExceptionRequest(const http::HttpRequest &request, http::HttpExchange *exchange) const;
    void serveExceptionStatus(const http::HttpRequest &request, http::HttpExchange *exchange) const;
    // The caller behind the presented key, or nullopt after answering 401 (and calling
    // `beforeRefusing`, when given, first).
    std::optional<ApiKeyIdentity> authenticate(const http::HttpRequest &request, http::HttpExchange *exchange,
                                               const QString &metric,
                                               const std::function<void()> &beforeRefusing = {}) const;
    void sendExceptionAnswer(http::HttpExchange *exchange, int status,
                             const Result<QJsonObject> &answer) const;

    GatewayServices m_services;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace custos
