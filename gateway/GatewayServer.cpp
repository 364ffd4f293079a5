#include "gateway/GatewayServer.h"

#include "core/common/Version.h"
#include "gateway/GatewayLogging.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>

namespace custos {

namespace {

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString &type,
                              const QString &message)
{
    const QJsonObject error{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), error}}, status);
}

} // namespace

GatewayServer::GatewayServer(QObject *parent)
    : QObject(parent)
{
    registerRoutes();
}

GatewayServer::~GatewayServer() = default;

void GatewayServer::registerRoutes()
{
    m_http.route(QStringLiteral("/custos/v1/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("service"), QStringLiteral("custos-gateway")},
                                               {QStringLiteral("version"), version()}});
    });
    m_http.setMissingHandler(this, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        responder.sendResponse(
            jsonError(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not_found"),
                      QStringLiteral("Custos has no endpoint at %1").arg(request.url().path())));
    });
}

Result<void> GatewayServer::start(const GatewayOptions &options)
{
    m_options = options;
    auto listener = std::make_unique<QTcpServer>();
    if (!listener->listen(options.address, options.port))
        return fail(
            QStringLiteral("cannot listen on %1: %2").arg(options.baseUrl(), listener->errorString()));
    if (!m_http.bind(listener.get()))
        return fail(QStringLiteral("cannot serve HTTP on %1").arg(options.baseUrl()));
    m_listener = listener.release(); // bind() made m_http its parent
    m_options.port = m_listener->serverPort();
    qCInfo(lcGateway) << "listening on" << baseUrl();
    return {};
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
