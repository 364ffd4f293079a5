#include "gateway/UpstreamRequestFactory.h"

#include <QHttp1Configuration>

namespace custos {

QUrl UpstreamRequestFactory::endpointUrl(const Route &route, const AdmittedRequest &request)
{
    QString base = route.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QString path = request.endpoint; // "/v1/chat/completions"
    if (route.kind == u"openai" && base.endsWith(u"/v1"))
        path = path.mid(3);
    else if (route.kind == u"anthropic" && base.endsWith(u"/v1"))
        path = path.mid(3);
    return QUrl(base + path);
}

QNetworkRequest UpstreamRequestFactory::build(const Route &route, const AdmittedRequest &request,
                                              int readTimeoutMs)
{
    QNetworkRequest upstream(endpointUrl(route, request));
    upstream.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    upstream.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");
    upstream.setRawHeader("User-Agent", "Custos-Gateway");
    if (route.kind == u"anthropic") {
        upstream.setRawHeader("x-api-key", route.apiKey.toUtf8());
        upstream.setRawHeader("anthropic-version",
                              request.anthropicVersion.isEmpty() ? "2023-06-01" : request.anthropicVersion);
        if (!request.anthropicBeta.isEmpty())
            upstream.setRawHeader("anthropic-beta", request.anthropicBeta);
    } else if (!route.apiKey.isEmpty()) {
        upstream.setRawHeader("Authorization", "Bearer " + route.apiKey.toUtf8());
    }
    upstream.setTransferTimeout(readTimeoutMs);
    upstream.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    upstream.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    upstream.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    upstream.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(64);
    upstream.setHttp1Configuration(http1);
    return upstream;
}

} // namespace custos
