#pragma once

#include "core/common/Error.h"
#include "gateway/http/HttpLimits.h"

#include <QHostAddress>
#include <QString>

namespace custos {

// How the gateway listens. Loopback unless the operator explicitly allows another address.
struct GatewayOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    bool allowNonLoopback = false;
    int workerThreads = 2; // 0 serves on the caller's thread
    http::HttpLimits limits;

    // Parses "HOST:PORT", "[V6]:PORT" or ":PORT"; refuses non-loopback hosts unless allowed.
    static Result<GatewayOptions> fromListenSpec(const QString &spec, bool allowNonLoopback = false);
    QString baseUrl() const;
    // Checks the limits; the error names the option (as `custosctl serve` spells it) and why.
    Result<void> validate() const;
};

} // namespace custos
