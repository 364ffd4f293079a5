#include "gateway/DemoProvider.h"

#include "gateway/DemoRequestHandler.h"
#include "gateway/GatewayLogging.h"
#include "gateway/http/HttpServer.h"

#include <QHostAddress>

namespace custos {

DemoProvider::DemoProvider(QObject *parent)
    : QObject(parent)
{}

DemoProvider::~DemoProvider() = default;

Result<void> DemoProvider::start()
{
    // One worker thread of its own: the gateway's workers wait on it, so it must not share theirs.
    auto server = std::make_unique<http::HttpServer>(
        http::HttpLimits{}, [] { return std::make_unique<DemoRequestHandler>(); }, 1);
    if (auto listening = server->listen(QHostAddress::LocalHost, 0); !listening)
        return fail(QStringLiteral("the built-in demo provider cannot listen on loopback: %1")
                        .arg(listening.error().message));
    m_http = std::move(server);
    qCInfo(lcGateway) << "demo provider answering on" << baseUrl();
    return {};
}

QString DemoProvider::baseUrl() const
{
    return m_http ? QStringLiteral("http://127.0.0.1:%1").arg(m_http->port()) : QString();
}

} // namespace custos
