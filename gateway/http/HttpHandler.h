#pragma once

#include "gateway/http/HttpRequest.h"

#include <QHostAddress>

#include <functional>
#include <memory>

namespace custos::http {

class HttpExchange;

// A request the server refused before it reached a handler (bad framing, limits, timeouts).
struct HttpRejection
{
    int status = 400;
    QByteArray reason;
    QByteArray method; // empty when the request line never arrived or was unreadable
    QByteArray path;
    QHostAddress peer;
};

// Answers requests. The server makes one handler per worker thread and calls it only on that thread,
// so a handler may keep per-thread state (a network access manager, caches) without locks.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    virtual void handle(HttpRequest request, HttpExchange *exchange) = 0;
    // Called after the server has answered a rejected request itself, so it can be counted or recorded.
    virtual void rejected(const HttpRejection &rejection) { Q_UNUSED(rejection); }
};

using HttpHandlerFactory = std::function<std::unique_ptr<HttpHandler>()>;

} // namespace custos::http
