#pragma once

#include "gateway/http/HttpHandler.h"

namespace custos {

// Answers one demo provider request (see DemoProvider): checks the path and JSON body the way a
// provider would, then sends DemoReplies' answer whole or as server-sent events.
class DemoRequestHandler : public http::HttpHandler
{
public:
    void handle(http::HttpRequest request, http::HttpExchange *exchange) override;
};

} // namespace custos
