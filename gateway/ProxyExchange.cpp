#include "gateway/ProxyExchange.h"

#include "gateway/GatewayLogging.h"
#include "gateway/StreamRelay.h"
#include "gateway/UpstreamRequestFactory.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUuid>

namespace custos {

namespace {

QString newInteractionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString routeKindFor(ApiFlavor api)
{
    return isAnthropic(api) ? QStringLiteral("anthropic") : QStringLiteral("openai");
}

bool modelAllowed(const QStringList &allowed, const QString &model)
{
    if (allowed.isEmpty())
        return true;
    for (const QString &pattern : allowed) {
        if (pattern == model)
            return true;
        if (pattern.contains(u'*') &&
            QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern))
                .match(model)
                .hasMatch())
            return true;
    }
    return false;
}

// What stops the exchange, and so what an exception must name (monitor rules fire as well).
// Content that could not be scanned stops an exchange without a rule, and no exception lifts it.
QStringList stoppingRulesOf(const Enforcement &decision)
{
    if (!decision.unreadable.isEmpty() && decision.stoppingRules.isEmpty())
        return {};
    return decision.stoppingRules.isEmpty() ? decision.rules : decision.stoppingRules;
}

QByteArray decisionName(Action action)
{
    switch (action) {
    case Action::Allow:
        return "allow";
    case Action::Monitor:
        return "monitor";
    case Action::Redact:
        return "redact";
    case Action::Reroute:
        return "reroute";
    case Action::RequireException:
        return "require_exception";
    case Action::Block:
        return "block";
    }
    return "allow";
}

} // namespace

ProxyExchange::ProxyExchange(const GatewayServices &services, QNetworkAccessManager *network,
                             http::HttpExchange *exchange, ApiFlavor api, const QString &endpoint)
    : m_services(services)
    , m_network(network)
    , m_exchange(exchange)
    , m_api(api)
    , m_endpoint(endpoint)
    , m_record(newInteractionId(), endpoint)
{
    m_started.start();
    connect(exchange, &http::HttpExchange::clientGone, this, &ProxyExchange::onClientGone);
    if (m_services.enforcer)
        m_services.enforcer = m_services.enforcer->pinned();
    if (m_services.enforcer) {
        m_failureMode = m_services.enforcer->defaultFailureMode();
        m_record.setPolicyHash(m_services.enforcer->policyHash());
    }
}

ProxyExchange::~ProxyExchange()
{
    dropUpstream();
}

EnforcementContext ProxyExchange::context(Direction direction) const
{
    return EnforcementContext{
        direction,   m_api,         m_request.caller.service, m_request.caller.user, {}, m_request.model,
        m_routeName, m_exemptRules, m_record.interactionId()};
}

void ProxyExchange::reject(const ApiError &error, const std::optional<ApiKeyIdentity> &caller,
                           const QJsonValue &received)
{
    if (caller)
        m_record.setCaller(*caller);
    m_record.setApi(m_api, false);
    m_record.setRequest(received, QJsonValue());
    respondError(error);
}

void ProxyExchange::start(AdmittedRequest request)
{
    m_request = std::move(request);
    m_record.setCaller(m_request.caller);
    m_record.setApi(m_api, m_request.stream);
    m_record.setModel(m_request.model);
    if (!m_services.enforcer) {
        m_record.setRequest(m_request.body, QJsonValue());
        respondError(ApiError::unavailable(
            QStringLiteral("Custos has no policy loaded, so it forwards nothing "
                           "(publish a policy version, or start the gateway with --policy FILE)"),
            QStringLiteral("no_policy")));
        return;
    }
    if (auto error = checkModel()) {
        m_record.setRequest(m_request.body, QJsonValue());
        respondError(*error);
        return;
    }
    m_routeName = m_services.enforcer->routeForModel(m_request.model);
    if (m_routeName.isEmpty() && m_services.routes) {
        if (const auto fallback = m_services.routes->defaultFor(routeKindFor(m_api)))
            m_routeName = fallback->name;
    }
    Enforcement decision = m_services.enforcer->evaluate(context(Direction::Request), m_request.body);
    if (auto excepted = applyExceptions(Direction::Request, decision, m_request.body))
        decision = std::move(*excepted);
    m_record.markLatency(QStringLiteral("policy_request"));
    m_record.addDecision(Direction::Request, decision);
    m_record.setPolicyHash(decision.policyHash);
    m_failureMode = decision.failureMode;
    m_strongestAction = decision.action;
    m_decisionHeader = decisionName(decision.action);
    m_services.metrics->countDecision(QStringLiteral("request"), QString::fromLatin1(m_decisionHeader));
    QString routeName = m_routeName;
    if (auto error = applyRequestDecision(decision, routeName)) {
        m_record.setRequest(m_request.body, QJsonValue());
        respondError(*error);
        return;
    }
    const QJsonObject forwarded = decision.body.isEmpty() ? m_request.body : decision.body;
    m_record.setRequest(m_request.body, decision.bodyChanged ? QJsonValue(forwarded) : QJsonValue(true));
    m_record.setRoute(routeName);
    const auto route = m_services.routes && !routeName.isEmpty()
                           ? m_services.routes->findFor(routeName, routeKindFor(m_api))
                           : std::optional<Route>();
    if (!route) {
        respondError(
            routeName.isEmpty()
                ? ApiError::unavailable(QStringLiteral("Custos has no %1 route configured (custosctl "
                                                       "routes add NAME --kind %1 --base-url URL ...)")
                                            .arg(routeKindFor(m_api)),
                                        QStringLiteral("no_route"))
                : ApiError::badGateway(QStringLiteral("This request goes to route '%1', which is not "
                                                      "configured (custosctl routes add %1 ...)")
                                           .arg(routeName),
                                       QStringLiteral("unknown_route")));
        return;
    }
    if (route->kind != routeKindFor(m_api)) {
        respondError(
            ApiError::badGateway(QStringLiteral("Route '%1' speaks %2, but this request uses the %3 API")
                                     .arg(route->name, route->kind, routeKindFor(m_api)),
                                 QStringLiteral("route_kind_mismatch")));
        return;
    }
    m_routeName = route->name;
    m_record.setRoute(route->name);
    forward(*route, forwarded);
}

std::optional<ApiError> ProxyExchange::checkModel() const
{
    if (modelAllowed(m_services.enforcer->allowedModels(), m_request.model))
        return std::nullopt;
    ApiError error = ApiError::notFound(
        QStringLiteral("The model '%1' is not allowed by the Custos policy").arg(m_request.model),
        QStringLiteral("model_not_found"));
    error.param = QStringLiteral("model");
    return error;
}

ApiError ProxyExchange::policyError(const QString &what, const QStringList &rules,
                                    const QString &message) const
{
    if (rules.isEmpty()) {
        ApiError error = ApiError::blocked(QStringLiteral("Custos blocked this %1: %2").arg(what, message));
        error.interactionId = m_record.interactionId();
        return error;
    }
    QString text =
        QStringLiteral("Custos blocked this %1: rule %2").arg(what, rules.join(QStringLiteral(", ")));
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    // A policy's message usually ends its own sentence; only add the full stop it lacks.
    if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    text +=
        QStringLiteral(" To ask for an exception, POST {\"rules\": [\"%1\"], \"justification\": \"...\", "
                       "\"interaction_id\": \"%2\"} to /custos/v1/exceptions with your Custos key, or ask in "
                       "the Custos console; cite interaction %2.")
            .arg(rules.join(QStringLiteral("\", \"")), m_record.interactionId());
    ApiError error = ApiError::blocked(text);
    error.interactionId = m_record.interactionId();
    return error;
}

// An approved exception lifts the rules that would stop this request or its whole response. The
// rest of the policy (a redaction, say) still applies, so the body is evaluated again without the
// lifted rules. (A rule that stops a stream mid-way is not lifted: the stream guard decides alone.)
std::optional<Enforcement> ProxyExchange::applyExceptions(Direction direction, const Enforcement &decision,
                                                          const QJsonObject &body)
{
    if ((decision.action != Action::Block && decision.action != Action::RequireException) ||
        !m_services.exceptions || stoppingRulesOf(decision).isEmpty())
        return std::nullopt;
    const auto used = m_services.exceptions->cover(context(direction), decision);
    if (!used)
        return std::nullopt;
    m_exemptRules << decision.stoppingRules;
    m_exceptionIds << *used;
    m_record.setExceptions(m_exceptionIds, m_exemptRules);
    return m_services.enforcer->evaluate(context(direction), body);
}

std::optional<ApiError> ProxyExchange::applyRequestDecision(const Enforcement &decision, QString &routeName)
{
    switch (decision.action) {
    case Action::Block:
        return policyError(QStringLiteral("request"), stoppingRulesOf(decision), decision.message);
    case Action::RequireException: {
        ApiError error = policyError(QStringLiteral("request"), stoppingRulesOf(decision),
                                     decision.message.isEmpty()
                                         ? QStringLiteral("this request needs an approved exception")
                                         : decision.message);
        error.code = QStringLiteral("exception_required");
        return error;
    }
    case Action::Reroute:
        routeName = decision.route;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

void ProxyExchange::forward(const Route &route, const QJsonObject &body)
{
    const QNetworkRequest upstream =
        UpstreamRequestFactory::build(route, m_request, m_services.upstreamReadTimeoutMs);
    m_reply = m_network->post(upstream, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ProxyExchange::onUpstreamHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &ProxyExchange::onUpstreamReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ProxyExchange::onUpstreamFinished);
}

void ProxyExchange::onUpstreamHeaders()
{
    if (m_streaming || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    m_record.markLatency(QStringLiteral("upstream_headers"));
    m_record.setUpstreamStatus(status);
    m_upstreamStatus = status;
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status == 200 && m_request.stream && contentType.startsWith("text/event-stream"))
        startStream();
}

void ProxyExchange::onUpstreamReadyRead()
{
    if (!m_reply)
        return;
    // Qt may report the headers no earlier than the first bytes (or the end): decide here too.
    onUpstreamHeaders();
    if (m_streaming) {
        relayStreamBytes(m_reply->readAll());
        return;
    }
    m_upstreamBody += m_reply->readAll();
}

ApiError ProxyExchange::upstreamFailure() const
{
    const auto error = m_reply->error();
    const QString route = m_routeName;
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        m_services.metrics->countUpstreamError(QStringLiteral("timeout"));
        return ApiError::gatewayTimeout(
            QStringLiteral("The upstream of route '%1' did not answer within %2 ms")
                .arg(route)
                .arg(m_services.upstreamReadTimeoutMs));
    }
    m_services.metrics->countUpstreamError(QStringLiteral("network"));
    return ApiError::badGateway(
        QStringLiteral("Could not reach the upstream of route '%1': %2").arg(route, m_reply->errorString()),
        QStringLiteral("upstream_unreachable"));
}

void ProxyExchange::onUpstreamFinished()
{
    if (!m_reply)
        return;
    // A short stream can arrive whole, or break off, before the headers were reported.
    onUpstreamHeaders();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streaming) {
        relayStreamBytes(reply->readAll());
        const bool broken = reply->error() != QNetworkReply::NoError;
        m_reply = nullptr;
        endStream({}, broken ? QStringLiteral("the upstream stream broke off: ") + reply->errorString()
                             : QString());
        return;
    }
    m_upstreamBody += reply->readAll();
    m_record.markLatency(QStringLiteral("upstream_done"));
    if (status == 0) {
        const ApiError error = upstreamFailure();
        m_reply = nullptr;
        respondError(error);
        return;
    }
    m_reply = nullptr;
    finishWholeResponse(m_upstreamBody);
}

void ProxyExchange::finishWholeResponse(const QByteArray &body)
{
    const int status = m_upstreamStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_services.metrics->countUpstreamError(QStringLiteral("garbage"));
        m_record.setResponse(QString::fromUtf8(body.left(4096)), QJsonValue());
        respondError(ApiError::badGateway(
            QStringLiteral("The upstream of route '%1' answered HTTP %2 with a body that is not JSON")
                .arg(m_routeName)
                .arg(status),
            QStringLiteral("upstream_invalid_response")));
        return;
    }
    if (status < 200 || status > 299) {
        // The provider's own error, already in this API's shape: pass it on as it is.
        m_services.metrics->countUpstreamError(QStringLiteral("status_%1").arg(status));
        m_record.setResponse(document.object(), true);
        respond(status, body);
        return;
    }
    Enforcement decision = m_services.enforcer->evaluate(context(Direction::Response), document.object());
    if (auto excepted = applyExceptions(Direction::Response, decision, document.object()))
        decision = std::move(*excepted);
    m_record.markLatency(QStringLiteral("policy_response"));
    m_record.addDecision(Direction::Response, decision);
    m_services.metrics->countDecision(QStringLiteral("response"),
                                      QString::fromLatin1(decisionName(decision.action)));
    if (decision.action == Action::Block || decision.action == Action::RequireException) {
        m_record.setResponse(document.object(), QJsonValue());
        ApiError error = policyError(QStringLiteral("response"), stoppingRulesOf(decision), decision.message);
        error.code = QStringLiteral("response_blocked_by_policy");
        respondError(error);
        return;
    }
    const QJsonObject returned = decision.bodyChanged ? decision.body : document.object();
    m_record.setResponse(document.object(), decision.bodyChanged ? QJsonValue(returned) : QJsonValue(true));
    if (decision.action > m_strongestAction) {
        m_strongestAction = decision.action;
        m_decisionHeader = decisionName(decision.action);
    }
    respond(200, decision.bodyChanged ? QJsonDocument(returned).toJson(QJsonDocument::Compact) : body);
}

http::HttpHeaders ProxyExchange::baseHeaders(const QByteArray &contentType) const
{
    http::HttpHeaders headers{{"Content-Type", contentType},
                              {"x-custos-interaction-id", m_record.interactionId().toLatin1()}};
    if (!m_decisionHeader.isEmpty())
        headers.append(qMakePair(QByteArray("x-custos-decision"), m_decisionHeader));
    return headers;
}

void ProxyExchange::respondError(const ApiError &error)
{
    ApiError withId = error;
    withId.interactionId = m_record.interactionId();
    m_record.setOutcome(error.status, error.message);
    if (error.status >= 500)
        qCInfo(lcGateway) << "interaction" << m_record.interactionId() << "failed with" << error.status;
    if (m_streaming) {
        endStream(withId.sseEvent(m_api, m_relay ? m_relay->lastSequenceNumber() + 1 : 0), error.message);
        return;
    }
    m_pendingStatus = error.status;
    m_pendingBody = withId.body(m_api);
    commit([this](bool recorded, const QString &failure) { deliverWhole(recorded, failure); });
}

void ProxyExchange::respond(int status, const QByteArray &body)
{
    m_record.setOutcome(status, {});
    m_pendingStatus = status;
    m_pendingBody = body;
    commit([this](bool recorded, const QString &failure) { deliverWhole(recorded, failure); });
}

void ProxyExchange::deliverWhole(bool recorded, const QString &failure)
{
    if (!recorded && m_failureMode == FailureMode::Closed && m_pendingStatus < 400) {
        ApiError error = ApiError::unavailable(
            QStringLiteral(
                "Custos could not record this interaction in the evidence store, so it withholds the "
                "response (fail closed): %1")
                .arg(failure),
            QStringLiteral("evidence_unavailable"));
        error.interactionId = m_record.interactionId();
        m_pendingStatus = error.status;
        m_pendingBody = error.body(m_api);
    }
    if (m_exchange) {
        auto headers = baseHeaders("application/json");
        if (!recorded)
            headers.append(qMakePair(QByteArray("x-custos-evidence"), QByteArray("unrecorded")));
        m_exchange->send(m_pendingStatus, headers, m_pendingBody);
    }
    done(m_pendingStatus);
}

void ProxyExchange::commit(std::function<void(bool recorded, const QString &failure)> deliver)
{
    if (m_committed)
        return;
    m_committed = true;
    m_record.markLatency(QStringLiteral("total_before_evidence"));
    m_record.setFailureMode(m_failureMode);
    if (!m_services.evidence) {
        m_services.metrics->countEvidenceFailure();
        deliver(false, QStringLiteral("no evidence store is open"));
        return;
    }
    // This object deletes itself only after `deliver` ran, so it outlives the store's callback.
    m_services.evidence->append(m_record.toEvent(), [this, deliver](Result<qint64> sequence) {
        const bool recorded = sequence.has_value();
        const QString failure = recorded ? QString() : sequence.error().message;
        QMetaObject::invokeMethod(this, [this, deliver, recorded, failure] {
            if (!recorded)
                m_services.metrics->countEvidenceFailure();
            deliver(recorded, failure);
        });
    });
}

void ProxyExchange::done(int status)
{
    m_services.metrics->countRequest(m_endpoint, status);
    m_services.metrics->observeLatency(static_cast<double>(m_started.nsecsElapsed()) / 1e9);
    deleteLater();
}

} // namespace custos
