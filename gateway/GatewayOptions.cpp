#include "gateway/GatewayOptions.h"

namespace custos {

Result<GatewayOptions> GatewayOptions::fromListenSpec(const QString &spec, bool allowNonLoopback)
{
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon < 0)
        return fail(QStringLiteral("listen address '%1' needs a port, as in 127.0.0.1:8787").arg(spec));

    QString host = spec.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = spec.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("listen address '%1' has an invalid port").arg(spec));

    GatewayOptions options;
    options.port = static_cast<quint16>(port);
    options.allowNonLoopback = allowNonLoopback;
    if (host.isEmpty() || host == u"localhost")
        options.address = QHostAddress(QHostAddress::LocalHost);
    else if (!options.address.setAddress(host))
        return fail(QStringLiteral("listen address '%1' has an invalid host '%2'").arg(spec, host));

    if (!options.address.isLoopback() && !allowNonLoopback)
        return fail(QStringLiteral("refusing to listen on %1: Custos listens on loopback only unless "
                                   "--allow-remote is given")
                        .arg(options.address.toString()));
    return options;
}

Result<void> GatewayOptions::validate() const
{
    const http::HttpLimits &l = limits;
    const auto invalid = [](const QString &option, const QString &why) {
        return fail(QStringLiteral("gateway option %1: %2").arg(option, why));
    };
    if (l.headerTimeoutMs <= 0)
        return invalid(QStringLiteral("--header-timeout-ms"),
                       QStringLiteral("must be above 0 (got %1)").arg(l.headerTimeoutMs));
    if (l.bodyTimeoutMs < l.headerTimeoutMs)
        return invalid(QStringLiteral("--body-timeout-ms"),
                       QStringLiteral("counts from the same first byte as the header deadline, so it cannot "
                                      "be shorter than it (got %1 ms, header deadline %2 ms)")
                           .arg(l.bodyTimeoutMs)
                           .arg(l.headerTimeoutMs));
    if (l.idleTimeoutMs <= 0)
        return invalid(QStringLiteral("--idle-timeout-ms"),
                       QStringLiteral("must be above 0 (got %1)").arg(l.idleTimeoutMs));
    if (l.maxBodyBytes <= 0)
        return invalid(QStringLiteral("--max-body-bytes"),
                       QStringLiteral("must be above 0 (got %1)").arg(l.maxBodyBytes));
    if (l.maxConnectionBufferBytes < l.maxHeaderBytes)
        return invalid(QStringLiteral("--connection-buffer-bytes"),
                       QStringLiteral("must hold a whole request head: at least %1 bytes (got %2)")
                           .arg(l.maxHeaderBytes)
                           .arg(l.maxConnectionBufferBytes));
    if (l.maxInFlightBytes < l.maxBodyBytes)
        return invalid(QStringLiteral("--max-in-flight-bytes"),
                       QStringLiteral("must hold at least one request of the largest body allowed, %1 bytes "
                                      "(got %2)")
                           .arg(l.maxBodyBytes)
                           .arg(l.maxInFlightBytes));
    if (l.retryAfterSeconds < 1)
        return invalid(QStringLiteral("--retry-after-s"),
                       QStringLiteral("must be at least 1 (got %1)").arg(l.retryAfterSeconds));
    return {};
}

QString GatewayOptions::baseUrl() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

} // namespace custos
