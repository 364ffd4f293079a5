#include "gateway/GatewayRequestHandler.h"
#include "gateway/CompactJson.h"

#include "core/common/Version.h"
#include "gateway/ProxyExchange.h"
#include "gateway/RequestAdmission.h"
#include "gateway/http/HttpExchange.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUuid>

namespace custos {

namespace {

// Requests that are not JSON or not UTF-8 are recorded as text, cut to a size the ledger can keep.
QJsonValue receivedBodyForEvidence(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    return QString::fromUtf8(body.left(16 * 1024));
}

// A request refused before authentication (no key, an unknown one) keeps only its size and digest:
// otherwise anyone who can reach the port could fill the ledger with bodies.
QJsonValue refusedBodyForEvidence(const QByteArray &body)
{
    return QStringLiteral("not kept, refused before authentication: %1 bytes, SHA-256 %2")
        .arg(body.size())
        .arg(QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
}

QJsonValue bodyForEvidence(const QByteArray &body, const std::optional<ApiKeyIdentity> &caller)
{
    return caller ? receivedBodyForEvidence(body) : refusedBodyForEvidence(body);
}

} // namespace

GatewayRequestHandler::GatewayRequestHandler(GatewayServices services)
    : m_services(std::move(services))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setAutoDeleteReplies(false);
}

GatewayRequestHandler::~GatewayRequestHandler() = default;

void GatewayRequestHandler::handle(http::HttpRequest request, http::HttpExchange *exchange)
{
    if (request.path == "/custos/v1/health")
        return serveHealth(exchange);
    if (request.path == "/custos/v1/metrics")
        return serveMetrics(exchange);
    if (request.path == "/v1/models" && request.method == "GET")
        return serveModels(request, exchange);
    if (request.path == "/custos/v1/exceptions" && request.method == "POST")
        return serveExceptionRequest(request, exchange);
    if (request.path.startsWith("/custos/v1/exceptions/") && request.method == "GET")
        return serveExceptionStatus(request, exchange);
    if (const auto api = RequestAdmission::flavorForPath(request.path))
        return serveModelRequest(std::move(request), *api, exchange);
    serveNotFound(request, exchange);
}

void GatewayRequestHandler::serveHealth(http::HttpExchange *exchange) const
{
    const QJsonObject health{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("service"), QStringLiteral("custos-gateway")},
        {QStringLiteral("version"), version()},
        {QStringLiteral("policy"), m_services.enforcer ? m_services.enforcer->policyHash() : QString()},
        {QStringLiteral("evidence"), m_services.evidence != nullptr}};
    exchange->send(200, {{"Content-Type", "application/json"}}, compactJson(health));
}

void GatewayRequestHandler::serveMetrics(http::HttpExchange *exchange) const
{
    exchange->send(200, {{"Content-Type", "text/plain; version=0.0.4"}}, m_services.metrics->render());
}

void GatewayRequestHandler::serveModels(const http::HttpRequest &request, http::HttpExchange *exchange) const
{
    const QByteArray key = RequestAdmission::presentedKey(request);
    const auto caller = m_services.callers && !key.isEmpty() ? m_services.callers->resolve(key)
                                                             : Result<std::optional<ApiKeyIdentity>>{};
    if (!caller || !caller->has_value()) {
        const ApiError error = ApiError::unauthorized(QStringLiteral("A valid Custos API key is required"));
        exchange->send(401, {{"Content-Type", "application/json"}}, error.body(ApiFlavor::OpenAIChat));
        m_services.metrics->countRequest(QStringLiteral("/v1/models"), 401);
        return;
    }
    QJsonArray models;
    const QStringList allowed = m_services.enforcer ? m_services.enforcer->allowedModels() : QStringList();
    for (const QString &model : allowed) {
        if (model.contains(u'*'))
            continue; // a pattern, not a model a client could pick
        models.append(QJsonObject{{QStringLiteral("id"), model},
                                  {QStringLiteral("object"), QStringLiteral("model")},
                                  {QStringLiteral("created"), 0},
                                  {QStringLiteral("owned_by"), QStringLiteral("custos-policy")}});
    }
    const QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")},
                           {QStringLiteral("data"), models}};
    exchange->send(200, {{"Content-Type", "application/json"}}, compactJson(list));
    m_services.metrics->countRequest(QStringLiteral("/v1/models"), 200);
}

std::optional<ApiKeyIdentity>
GatewayRequestHandler::authenticate(const http::HttpRequest &request, http::HttpExchange *exchange,
                                    const QString &metric, const std::function<void()> &beforeRefusing) const
{
    const QByteArray key = RequestAdmission::presentedKey(request);
    const auto caller = m_services.callers && !key.isEmpty() ? m_services.callers->resolve(key)
                                                             : Result<std::optional<ApiKeyIdentity>>{};
    if (caller && caller->has_value())
        return **caller;
    if (beforeRefusing)
        beforeRefusing();
    const ApiError error = ApiError::unauthorized(
        QStringLiteral("A valid Custos API key is required (as 'Authorization: Bearer KEY' or 'x-api-key'); "
                       "unknown and revoked keys, and the keys of disabled users, are refused"));
    exchange->send(401, {{"Content-Type", "application/json"}}, error.body(ApiFlavor::OpenAIChat));
    m_services.metrics->countRequest(metric, 401);
    return std::nullopt;
}

void GatewayRequestHandler::sendExceptionAnswer(http::HttpExchange *exchange, int status,
                                                const Result<QJsonObject> &answer) const
{
    const QString metric = QStringLiteral("/custos/v1/exceptions");
    if (!answer) {
        const ApiError error =
            status == 404 ? ApiError::notFound(answer.error().message, QStringLiteral("not_found"))
                          : ApiError::badRequest(answer.error().message, QStringLiteral("exception_refused"));
        exchange->send(error.status, {{"Content-Type", "application/json"}},
                       error.body(ApiFlavor::OpenAIChat));
        m_services.metrics->countRequest(metric, error.status);
        return;
    }
    QJsonObject record = *answer;
    record.insert(QStringLiteral("status_url"),
                  QString(QStringLiteral("/custos/v1/exceptions/") + record.value(u"id").toString()));
    exchange->send(status, {{"Content-Type", "application/json"}}, compactJson(record));
    m_services.metrics->countRequest(metric, status);
}

// A caller asks for an exception, typically after a block whose error told them how.
void GatewayRequestHandler::serveExceptionRequest(const http::HttpRequest &request,
                                                  http::HttpExchange *exchange) const
{
    // Like every other refusal on the exception path, an unauthenticated attempt is evidence.
    const auto caller = authenticate(request, exchange, QStringLiteral("/custos/v1/exceptions"),
                                     [this] { m_services.exceptions->refuseUnauthenticated(); });
    if (!caller)
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? QStringLiteral("the body is not JSON: %1 at byte %2")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                : QStringLiteral("the body must be a JSON object");
        sendExceptionAnswer(exchange, 400, fail(why));
        return;
    }
    sendExceptionAnswer(exchange, 201,
                        m_services.exceptions->request(caller->user, caller->service, document.object()));
}

void GatewayRequestHandler::serveExceptionStatus(const http::HttpRequest &request,
                                                 http::HttpExchange *exchange) const
{
    const auto caller = authenticate(request, exchange, QStringLiteral("/custos/v1/exceptions"));
    if (!caller)
        return;
    const QString id = QString::fromUtf8(request.path.mid(qsizetype(sizeof "/custos/v1/exceptions/" - 1)));
    auto answer = m_services.exceptions->status(caller->user, id);
    sendExceptionAnswer(exchange, answer ? 200 : 404, answer);
}

void GatewayRequestHandler::serveModelRequest(http::HttpRequest request, ApiFlavor api,
                                              http::HttpExchange *exchange)
{
    auto *proxy =
        new ProxyExchange(m_services, m_network.get(), exchange, api, QString::fromUtf8(request.path));
    std::optional<ApiKeyIdentity> caller;
    auto admitted = RequestAdmission::admit(request, api, m_services.callers.get(), caller);
    if (!admitted) {
        proxy->reject(admitted.error(), caller, bodyForEvidence(request.body, caller));
        return;
    }
    proxy->start(std::move(*admitted));
}

void GatewayRequestHandler::serveNotFound(const http::HttpRequest &request, http::HttpExchange *exchange)
{
    const ApiFlavor api =
        request.hasHeader("anthropic-version") ? ApiFlavor::AnthropicMessages : ApiFlavor::OpenAIChat;
    const ApiError error = ApiError::notFound(
        QStringLiteral("Custos has no endpoint at %1").arg(QString::fromUtf8(request.path)));
    if (!request.path.startsWith("/v1/")) {
        exchange->send(404, {{"Content-Type", "application/json"}}, error.body(api));
        m_services.metrics->countRequest(QStringLiteral("other"), 404);
        return;
    }
    // Unknown API paths are recorded like any other refused model request; nothing is forwarded.
    auto *proxy = new ProxyExchange(m_services, m_network.get(), exchange, api, QStringLiteral("unknown"));
    std::optional<ApiKeyIdentity> caller;
    if (m_services.callers) {
        if (const auto resolved = m_services.callers->resolve(RequestAdmission::presentedKey(request));
            resolved && resolved->has_value())
            caller = **resolved;
    }
    proxy->reject(error, caller, bodyForEvidence(request.body, caller));
}

void GatewayRequestHandler::rejected(const http::HttpRejection &rejection)
{
    m_services.metrics->countRequest(QStringLiteral("rejected"), rejection.status);
    if (!m_services.evidence)
        return;
    // Refused before any handler saw it (bad framing, limits, timeouts): recorded after the fact.
    InteractionRecord record(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("http"));
    record.setOutcome(rejection.status, QString::fromUtf8(rejection.reason));
    record.setPeer(rejection.peer.toString());
    if (m_services.enforcer)
        record.setPolicyHash(m_services.enforcer->policyHash());
    m_services.evidence->append(record.toEvent(), [](Result<qint64>) {});
}

} // namespace custos
