#pragma once

#include "gateway/CallerDirectory.h"
#include "gateway/Enforcer.h"
#include "gateway/EvidenceSink.h"
#include "gateway/ExceptionChecker.h"
#include "gateway/GatewayMetrics.h"
#include "gateway/RouteDirectory.h"

#include <memory>

namespace custos {

// Everything a request needs besides HTTP. All members are thread-safe and shared by the worker threads.
// A missing enforcer, sink or directory makes the gateway refuse model requests (fail closed).
struct GatewayServices
{
    std::shared_ptr<const Enforcer> enforcer;
    std::shared_ptr<EvidenceSink> evidence;
    std::shared_ptr<const CallerDirectory> callers;
    std::shared_ptr<const RouteDirectory> routes;
    std::shared_ptr<const ExceptionChecker> exceptions = std::make_shared<NoExceptionChecker>();
    std::shared_ptr<GatewayMetrics> metrics = std::make_shared<GatewayMetrics>();
    int upstreamReadTimeoutMs = 120'000;
};

} // namespace custos
