#include "core/policy/InteractionPayload.h"

#include <QJsonArray>

#include <array>

namespace custos {

namespace {

// The payload keys. They are part of every stored digest, so they never change.
namespace key {
constexpr QLatin1StringView interactionId("interaction_id");
constexpr QLatin1StringView endpoint("endpoint");
constexpr QLatin1StringView caller("caller");
constexpr QLatin1StringView user("user");
constexpr QLatin1StringView service("service");
constexpr QLatin1StringView keyPrefix("key_prefix");
constexpr QLatin1StringView api("api");
constexpr QLatin1StringView stream("stream");
constexpr QLatin1StringView model("model");
constexpr QLatin1StringView route("route");
constexpr QLatin1StringView policyHash("policy_hash");
constexpr QLatin1StringView failureMode("failure_mode");
constexpr QLatin1StringView exceptionId("exception_id");
constexpr QLatin1StringView exceptedRules("excepted_rules");
constexpr QLatin1StringView peer("peer");
constexpr QLatin1StringView request("request");
constexpr QLatin1StringView response("response");
constexpr QLatin1StringView received("received");
constexpr QLatin1StringView forwarded("forwarded");
constexpr QLatin1StringView returned("returned");
constexpr QLatin1StringView upstreamStatus("upstream_status");
constexpr QLatin1StringView outcome("outcome");
constexpr QLatin1StringView status("status");
constexpr QLatin1StringView error("error");
constexpr QLatin1StringView decisions("decisions");
constexpr QLatin1StringView decision("decision");
constexpr QLatin1StringView latency("latency_ms");
constexpr QLatin1StringView direction("direction");
constexpr QLatin1StringView channel("channel");
constexpr QLatin1StringView action("action");
constexpr QLatin1StringView rules("rules");
constexpr QLatin1StringView hits("hits");
constexpr QLatin1StringView message("message");
constexpr QLatin1StringView detector("detector");
constexpr QLatin1StringView dataClass("class");
constexpr QLatin1StringView path("path");
constexpr QLatin1StringView start("start");
constexpr QLatin1StringView end("end");
constexpr QLatin1StringView confidence("confidence");
} // namespace key

constexpr std::array kStageNames{u"request", u"response", u"response_stream"};

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(u',');
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

void appendUnique(QStringList &into, const QStringList &items)
{
    for (const QString &item : items)
        if (!into.contains(item))
            into.append(item);
}

// A key that is present must have the expected JSON type; absent keys take their defaults.
Result<void> expectType(const QJsonObject &json, QLatin1StringView name, QJsonValue::Type type, QStringView where)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.type() == type || (type == QJsonValue::String && value.isNull()))
        return {};
    return fail(QStringLiteral("interaction payload: \"%1\" in %2 has the wrong type").arg(name, where));
}

Result<void> expectTypes(const QJsonObject &json,
                         std::initializer_list<std::pair<QLatin1StringView, QJsonValue::Type>> types,
                         QStringView where)
{
    for (const auto &[name, type] : types)
        if (auto ok = expectType(json, name, type, where); !ok)
            return ok;
    return {};
}

} // namespace

QString decisionStageName(DecisionStage stage)
{
    return kStageNames[static_cast<size_t>(stage)].toString();
}

std::optional<DecisionStage> decisionStageFromName(QStringView name)
{
    for (size_t i = 0; i < kStageNames.size(); ++i)
        if (name == kStageNames[i])
            return static_cast<DecisionStage>(i);
    return std::nullopt;
}

QJsonObject InteractionHit::toJson() const
{
    return QJsonObject{{key::detector, detector}, {key::dataClass, dataClass}, {key::path, path},
                       {key::start, start},       {key::end, end},             {key::confidence, confidence}};
}

InteractionHit InteractionHit::fromJson(const QJsonObject &json)
{
    InteractionHit hit;
    hit.detector = json.value(key::detector).toString();
    hit.dataClass = json.value(key::dataClass).toString();
    hit.path = json.value(key::path).toString();
    hit.start = json.value(key::start).toInteger();
    hit.end = json.value(key::end).toInteger();
    hit.confidence = json.value(key::confidence).toDouble();
    return hit;
}

QJsonObject InteractionDecision::toJson() const
{
    QJsonArray hitArray;
    for (const InteractionHit &hit : hits)
        hitArray.append(hit.toJson());
    QJsonObject json{{key::direction, decisionStageName(stage)},
                     {key::action, actionName(action)},
                     {key::rules, QJsonArray::fromStringList(rules)},
                     {key::hits, hitArray},
                     {key::message, message}};
    if (stage == DecisionStage::ResponseStream)
        json.insert(key::channel, channel);
    else
        json.insert(key::route, route);
    return json;
}

Result<InteractionDecision> InteractionDecision::fromJson(const QJsonObject &json)
{
    if (auto ok = expectTypes(json,
                              {{key::direction, QJsonValue::String},
                               {key::action, QJsonValue::String},
                               {key::rules, QJsonValue::Array},
                               {key::hits, QJsonValue::Array}},
                              u"a decision");
        !ok)
        return std::unexpected(ok.error());
    InteractionDecision decision;
    const QString stageText = json.value(key::direction).toString();
    const auto stage = decisionStageFromName(stageText);
    if (!stage)
        return fail(QStringLiteral("interaction payload: unknown decision direction \"%1\"").arg(stageText));
    decision.stage = *stage;
    const QString actionText = json.value(key::action).toString();
    const auto action = actionFromName(actionText);
    if (!action)
        return fail(QStringLiteral("interaction payload: unknown action \"%1\"").arg(actionText));
    decision.action = *action;
    decision.channel = json.value(key::channel).toString();
    decision.rules = stringList(json.value(key::rules));
    for (const QJsonValue &hit : json.value(key::hits).toArray())
        decision.hits.append(InteractionHit::fromJson(hit.toObject()));
    decision.message = json.value(key::message).toString();
    decision.route = json.value(key::route).toString();
    return decision;
}

QStringList InteractionPayload::firedRules() const
{
    QStringList out;
    for (const InteractionDecision &item : decisions)
        appendUnique(out, item.rules);
    return out;
}

QStringList InteractionPayload::dataClasses() const
{
    QStringList out;
    for (const InteractionHit &hit : allHits())
        appendUnique(out, {hit.dataClass});
    return out;
}

QList<InteractionHit> InteractionPayload::allHits() const
{
    QList<InteractionHit> out;
    for (const InteractionDecision &item : decisions)
        out.append(item.hits);
    return out;
}

QJsonObject InteractionPayload::toJson() const
{
    QJsonObject json{{key::interactionId, interactionId}, {key::endpoint, endpoint}};
    if (hasCaller)
        json.insert(key::caller, QJsonObject{{key::user, user}, {key::service, service}, {key::keyPrefix, keyPrefix}});
    if (api) {
        json.insert(key::api, apiFlavorName(*api));
        json.insert(key::stream, stream);
    }
    if (hasRequest)
        json.insert(key::request, QJsonObject{{key::received, requestReceived}, {key::forwarded, requestForwarded}});
    if (hasResponse)
        json.insert(key::response, QJsonObject{{key::received, responseReceived}, {key::returned, responseReturned}});
    if (upstreamStatus)
        json.insert(key::upstreamStatus, *upstreamStatus);
    if (hasOutcome) {
        QJsonObject outcome{{key::status, outcomeStatus}};
        if (!outcomeError.isEmpty())
            outcome.insert(key::error, outcomeError);
        json.insert(key::outcome, outcome);
    }
    if (!exceptedRules.isEmpty())
        json.insert(key::exceptedRules, exceptedRules.join(u','));
    if (!peer.isEmpty())
        json.insert(key::peer, peer);
    QJsonArray decisionArray;
    for (const InteractionDecision &item : decisions)
        decisionArray.append(item.toJson());
    json.insert(key::decisions, decisionArray);
    json.insert(key::decision, actionName(decision));
    QJsonObject latencies;
    for (auto it = latencyMs.cbegin(); it != latencyMs.cend(); ++it)
        latencies.insert(it.key(), it.value());
    json.insert(key::latency, latencies);
    json.insert(key::policyHash, policyHash);
    json.insert(key::model, model);
    json.insert(key::route, route);
    json.insert(key::failureMode, failureModeName(failureMode));
    json.insert(key::exceptionId, exceptionIds.isEmpty() ? QJsonValue() : QJsonValue(exceptionIds.join(u',')));
    return json;
}

Result<InteractionPayload> InteractionPayload::fromJson(const QJsonObject &json)
{
    if (auto ok = expectTypes(json,
                              {{key::interactionId, QJsonValue::String},
                               {key::caller, QJsonValue::Object},
                               {key::request, QJsonValue::Object},
                               {key::response, QJsonValue::Object},
                               {key::outcome, QJsonValue::Object},
                               {key::decisions, QJsonValue::Array},
                               {key::latency, QJsonValue::Object},
                               {key::exceptionId, QJsonValue::String}},
                              u"the interaction");
        !ok)
        return std::unexpected(ok.error());
    InteractionPayload payload;
    payload.interactionId = json.value(key::interactionId).toString();
    payload.endpoint = json.value(key::endpoint).toString();
    payload.hasCaller = json.contains(key::caller);
    const QJsonObject caller = json.value(key::caller).toObject();
    payload.user = caller.value(key::user).toString();
    payload.service = caller.value(key::service).toString();
    payload.keyPrefix = caller.value(key::keyPrefix).toString();
    if (json.contains(key::api)) {
        payload.api = apiFlavorFromName(json.value(key::api).toString());
        if (!payload.api)
            return fail(QStringLiteral("interaction payload: unknown api \"%1\"").arg(json.value(key::api).toString()));
    }
    payload.stream = json.value(key::stream).toBool();
    payload.model = json.value(key::model).toString();
    payload.route = json.value(key::route).toString();
    payload.policyHash = json.value(key::policyHash).toString();
    payload.failureMode = failureModeFromName(json.value(key::failureMode).toString()).value_or(FailureMode::Closed);
    payload.exceptionIds = splitList(json.value(key::exceptionId).toString());
    payload.exceptedRules = splitList(json.value(key::exceptedRules).toString());
    payload.peer = json.value(key::peer).toString();
    payload.hasRequest = json.contains(key::request);
    const QJsonObject request = json.value(key::request).toObject();
    payload.requestReceived = request.value(key::received);
    payload.requestForwarded = request.value(key::forwarded);
    payload.hasResponse = json.contains(key::response);
    const QJsonObject response = json.value(key::response).toObject();
    payload.responseReceived = response.value(key::received);
    payload.responseReturned = response.value(key::returned);
    if (json.contains(key::upstreamStatus))
        payload.upstreamStatus = json.value(key::upstreamStatus).toInt();
    payload.hasOutcome = json.contains(key::outcome);
    const QJsonObject outcome = json.value(key::outcome).toObject();
    payload.outcomeStatus = outcome.value(key::status).toInt();
    payload.outcomeError = outcome.value(key::error).toString();
    for (const QJsonValue &item : json.value(key::decisions).toArray()) {
        auto decision = InteractionDecision::fromJson(item.toObject());
        if (!decision)
            return std::unexpected(decision.error());
        payload.decisions.append(*decision);
    }
    payload.decision = actionFromName(json.value(key::decision).toString()).value_or(Action::Allow);
    const QJsonObject latencies = json.value(key::latency).toObject();
    for (auto it = latencies.begin(); it != latencies.end(); ++it)
        payload.latencyMs.insert(it.key(), it.value().toDouble());
    return payload;
}

} // namespace custos
