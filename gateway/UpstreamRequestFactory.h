#pragma once

#include "core/evidence/AccessRecords.h"
#include "gateway/AdmittedRequest.h"

#include <QNetworkRequest>

namespace custos {

// Builds the request to a route: its URL for the endpoint, and the provider key Custos injects. The
// caller's own credentials are never passed upstream.
class UpstreamRequestFactory
{
public:
    // OpenAI-compatible base URLs include the version ("https://api.openai.com/v1"); Anthropic's do not
    // ("https://api.anthropic.com"), as in each SDK's own base URL setting.
    static QUrl endpointUrl(const Route &route, const AdmittedRequest &request);
    static QNetworkRequest build(const Route &route, const AdmittedRequest &request, int readTimeoutMs);
};

} // namespace custos
