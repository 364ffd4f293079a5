#include "gateway/GatewayServer.h"

#include "gateway/GatewayLogging.h"
#include "gateway/GatewayRequestHandler.h"
#include "gateway/http/HttpServer.h"

namespace custos {

GatewayServer::GatewayServer(GatewayServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    if (!m_services.metrics)
        m_services.metrics = std::make_shared<GatewayMetrics>();
    if (!m_services.exceptions)
        m_services.exceptions = std::make_shared<NoExceptionChecker>();
}

GatewayServer::~GatewayServer() = default;

Result<void> GatewayServer::start(const GatewayOptions &options)
{
    if (!options.address.isLoopback() && !options.allowNonLoopback)
        return fail(QStringLiteral("refusing to listen on %1: loopback only unless explicitly allowed")
                        .arg(options.address.toString()));
    if (auto valid = options.validate(); !valid)
        return valid;
    m_options = options;
    const GatewayServices services = m_services;
    m_http = std::make_unique<http::HttpServer>(
        options.limits, [services] { return std::make_unique<GatewayRequestHandler>(services); },
        options.workerThreads);
    if (auto listening = m_http->listen(options.address, options.port); !listening) {
        m_http.reset();
        return fail(
            QStringLiteral("cannot listen on %1: %2").arg(options.baseUrl(), listening.error().message));
    }
    m_options.port = m_http->port();
    qCInfo(lcGateway) << "listening on" << baseUrl();
    return {};
}

void GatewayServer::stop()
{
    m_http.reset();
}

quint16 GatewayServer::port() const
{
    return m_options.port;
}

QString GatewayServer::baseUrl() const
{
    return m_options.baseUrl();
}

} // namespace custos
