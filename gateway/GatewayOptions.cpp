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

QString GatewayOptions::baseUrl() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

} // namespace custos
