#include "core/policy/InteractionPayload.h"

#include <QJsonArray>

#include <array>

namespace custos {

namespace {

// The payload keys. They are part of every stored digest, so they never change.
namespace payloadKey {
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
constexpr QLatin1StringView fingerprint("fp");
} // namespace payloadKey

constexpr std::array<QStringView, 3> kStageNames{u"request", u"response", u"response_stream"};

QStringList splitPayloadList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(u',');
}

QStringList payloadStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

void appendUniqueNames(QStringList &into, const QStringList &items)
{
    for (const QString &item : items)
        if (!into.contains(item))
            into.append(item);
}

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// A key that is present must have the expected JSON type; absent keys take their defaults. A
// string key may also be null (exception_id is null when no exception was used).
Result<void> expectPayloadType(const QJsonObject &json, QLatin1StringView name, QJsonValue::Type type,
                               QStringView where)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.type() == type || (type == QJsonValue::String && value.isNull()))
        return {};
    return fail(QStringLiteral("interaction payload: \"%1\" in %2 is %3, expected %4")
                    .arg(name, where, jsonTypeName(value.type()), jsonTypeName(type)));
}

Result<void> expectPayloadTypes(const QJsonObject &json,
                                std::initializer_list<std::pair<QLatin1StringView, QJsonValue::Type>> types,
                                QStringView where)
{
    for (const auto &[name, type] : types)
        if (auto ok = expectPayloadType(json, name, type, where); !ok)
            return ok;
    return {};
}

// Every element of the array at `name` must be an object.
Result<void> expectObjectItems(const QJsonObject &json, QLatin1StringView name, QStringView where)
{
    const QJsonArray items = json.value(name).toArray();
    for (qsizetype i = 0; i < items.size(); ++i)
        if (!items.at(i).isObject())
            return fail(QStringLiteral("interaction payload: \"%1\"[%2] in %3 is %4, expected an object")
                            .arg(name)
                            .arg(i)
                            .arg(where, jsonTypeName(items.at(i).type())));
    return {};
}

Result<void> expectStringItems(const QJsonObject &json, QLatin1StringView name, QStringView where)
{
    const QJsonArray items = json.value(name).toArray();
    for (qsizetype i = 0; i < items.size(); ++i)
        if (!items.at(i).isString())
            return fail(QStringLiteral("interaction payload: \"%1\"[%2] in %3 is %4, expected a string")
                            .arg(name)
                            .arg(i)
                            .arg(where, jsonTypeName(items.at(i).type())));
    return {};
}

Result<void> checkInteractionTypes(const QJsonObject &json)
{
    static constexpr QStringView where = u"the interaction";
    if (auto ok = expectPayloadTypes(json,
                                     {{payloadKey::interactionId, QJsonValue::String},
                                      {payloadKey::endpoint, QJsonValue::String},
                                      {payloadKey::caller, QJsonValue::Object},
                                      {payloadKey::api, QJsonValue::String},
                                      {payloadKey::stream, QJsonValue::Bool},
                                      {payloadKey::model, QJsonValue::String},
                                      {payloadKey::route, QJsonValue::String},
                                      {payloadKey::policyHash, QJsonValue::String},
                                      {payloadKey::failureMode, QJsonValue::String},
                                      {payloadKey::exceptionId, QJsonValue::String},
                                      {payloadKey::exceptedRules, QJsonValue::String},
                                      {payloadKey::peer, QJsonValue::String},
                                      {payloadKey::request, QJsonValue::Object},
                                      {payloadKey::response, QJsonValue::Object},
                                      {payloadKey::upstreamStatus, QJsonValue::Double},
                                      {payloadKey::outcome, QJsonValue::Object},
                                      {payloadKey::decisions, QJsonValue::Array},
                                      {payloadKey::decision, QJsonValue::String},
                                      {payloadKey::latency, QJsonValue::Object}},
                                     where);
        !ok)
        return ok;
    if (auto ok = expectPayloadTypes(json.value(payloadKey::caller).toObject(),
                                     {{payloadKey::user, QJsonValue::String},
                                      {payloadKey::service, QJsonValue::String},
                                      {payloadKey::keyPrefix, QJsonValue::String}},
                                     u"the caller");
        !ok)
        return ok;
    if (auto ok = expectPayloadTypes(
            json.value(payloadKey::outcome).toObject(),
            {{payloadKey::status, QJsonValue::Double}, {payloadKey::error, QJsonValue::String}},
            u"the outcome");
        !ok)
        return ok;
    const QJsonObject latencies = json.value(payloadKey::latency).toObject();
    for (auto it = latencies.begin(); it != latencies.end(); ++it)
        if (!it.value().isDouble())
            return fail(QStringLiteral("interaction payload: \"%1\" in latency_ms is %2, expected a number")
                            .arg(it.key(), jsonTypeName(it.value().type())));
    return expectObjectItems(json, payloadKey::decisions, where);
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
    QJsonObject json{{payloadKey::detector, detector}, {payloadKey::dataClass, dataClass},
                     {payloadKey::path, path},         {payloadKey::start, start},
                     {payloadKey::end, end},           {payloadKey::confidence, confidence}};
    // Only validated values have one; payloads written before fingerprints keep their digest.
    if (!fingerprint.isEmpty())
        json.insert(payloadKey::fingerprint, fingerprint);
    return json;
}

Result<InteractionHit> InteractionHit::fromJson(const QJsonObject &json)
{
    if (auto ok = expectPayloadTypes(json,
                                     {{payloadKey::detector, QJsonValue::String},
                                      {payloadKey::dataClass, QJsonValue::String},
                                      {payloadKey::path, QJsonValue::String},
                                      {payloadKey::start, QJsonValue::Double},
                                      {payloadKey::end, QJsonValue::Double},
                                      {payloadKey::confidence, QJsonValue::Double},
                                      {payloadKey::fingerprint, QJsonValue::String}},
                                     u"a hit");
        !ok)
        return std::unexpected(ok.error());
    InteractionHit hit;
    hit.detector = json.value(payloadKey::detector).toString();
    hit.dataClass = json.value(payloadKey::dataClass).toString();
    hit.path = json.value(payloadKey::path).toString();
    hit.start = json.value(payloadKey::start).toInteger();
    hit.end = json.value(payloadKey::end).toInteger();
    hit.confidence = json.value(payloadKey::confidence).toDouble();
    hit.fingerprint = json.value(payloadKey::fingerprint).toString();
    return hit;
}

QJsonObject InteractionDecision::toJson() const
{
    QJsonArray hitArray;
    for (const InteractionHit &hit : hits)
        hitArray.append(hit.toJson());
    QJsonObject json{{payloadKey::direction, decisionStageName(stage)},
                     {payloadKey::action, actionName(action)},
                     {payloadKey::rules, QJsonArray::fromStringList(rules)},
                     {payloadKey::hits, hitArray},
                     {payloadKey::message, message}};
    if (stage == DecisionStage::ResponseStream)
        json.insert(payloadKey::channel, channel);
    else
        json.insert(payloadKey::route, route);
    return json;
}

Result<InteractionDecision> InteractionDecision::fromJson(const QJsonObject &json)
{
    if (auto ok = expectPayloadTypes(json,
                                     {{payloadKey::direction, QJsonValue::String},
                                      {payloadKey::action, QJsonValue::String},
                                      {payloadKey::channel, QJsonValue::String},
                                      {payloadKey::rules, QJsonValue::Array},
                                      {payloadKey::hits, QJsonValue::Array},
                                      {payloadKey::message, QJsonValue::String},
                                      {payloadKey::route, QJsonValue::String}},
                                     u"a decision");
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = expectStringItems(json, payloadKey::rules, u"a decision"); !ok)
        return std::unexpected(ok.error());
    if (auto ok = expectObjectItems(json, payloadKey::hits, u"a decision"); !ok)
        return std::unexpected(ok.error());
    InteractionDecision decision;
    const QString stageText = json.value(payloadKey::direction).toString();
    const auto stage = decisionStageFromName(stageText);
    if (!stage)
        return fail(QStringLiteral("interaction payload: unknown decision direction \"%1\"").arg(stageText));
    decision.stage = *stage;
    const QString actionText = json.value(payloadKey::action).toString();
    const auto action = actionFromName(actionText);
    if (!action)
        return fail(QStringLiteral("interaction payload: unknown action \"%1\"").arg(actionText));
    decision.action = *action;
    decision.channel = json.value(payloadKey::channel).toString();
    decision.rules = payloadStringList(json.value(payloadKey::rules));
    for (const QJsonValue &item : json.value(payloadKey::hits).toArray()) {
        auto hit = InteractionHit::fromJson(item.toObject());
        if (!hit)
            return std::unexpected(hit.error());
        decision.hits.append(*hit);
    }
    decision.message = json.value(payloadKey::message).toString();
    decision.route = json.value(payloadKey::route).toString();
    return decision;
}

QStringList InteractionPayload::firedRules() const
{
    QStringList out;
    for (const InteractionDecision &item : decisions)
        appendUniqueNames(out, item.rules);
    return out;
}

QStringList InteractionPayload::dataClasses() const
{
    QStringList out;
    for (const InteractionHit &hit : allHits())
        appendUniqueNames(out, {hit.dataClass});
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
    QJsonObject json{{payloadKey::interactionId, interactionId}, {payloadKey::endpoint, endpoint}};
    if (hasCaller)
        json.insert(payloadKey::caller, QJsonObject{{payloadKey::user, user},
                                                    {payloadKey::service, service},
                                                    {payloadKey::keyPrefix, keyPrefix}});
    if (api) {
        json.insert(payloadKey::api, apiFlavorName(*api));
        json.insert(payloadKey::stream, stream);
    }
    if (hasRequest)
        json.insert(payloadKey::request, QJsonObject{{payloadKey::received, requestReceived},
                                                     {payloadKey::forwarded, requestForwarded}});
    if (hasResponse)
        json.insert(payloadKey::response, QJsonObject{{payloadKey::received, responseReceived},
                                                      {payloadKey::returned, responseReturned}});
    if (upstreamStatus)
        json.insert(payloadKey::upstreamStatus, *upstreamStatus);
    if (hasOutcome) {
        QJsonObject outcome{{payloadKey::status, outcomeStatus}};
        if (!outcomeError.isEmpty())
            outcome.insert(payloadKey::error, outcomeError);
        json.insert(payloadKey::outcome, outcome);
    }
    if (!exceptionIds.isEmpty())
        json.insert(payloadKey::exceptedRules, exceptedRules.join(u','));
    if (!peer.isEmpty())
        json.insert(payloadKey::peer, peer);
    QJsonArray decisionArray;
    for (const InteractionDecision &item : decisions)
        decisionArray.append(item.toJson());
    json.insert(payloadKey::decisions, decisionArray);
    json.insert(payloadKey::decision, actionName(decision));
    QJsonObject latencies;
    for (auto it = latencyMs.cbegin(); it != latencyMs.cend(); ++it)
        latencies.insert(it.key(), it.value());
    json.insert(payloadKey::latency, latencies);
    json.insert(payloadKey::policyHash, policyHash);
    json.insert(payloadKey::model, model);
    json.insert(payloadKey::route, route);
    json.insert(payloadKey::failureMode, failureModeName(failureMode));
    json.insert(payloadKey::exceptionId,
                exceptionIds.isEmpty() ? QJsonValue() : QJsonValue(exceptionIds.join(u',')));
    return json;
}

Result<InteractionPayload> InteractionPayload::fromJson(const QJsonObject &json)
{
    auto payload = readInteraction(json);
    // Name the interaction, so a reader of many payloads can say which one is damaged.
    const QString id = json.value(payloadKey::interactionId).toString();
    if (!payload && payload.error().file.isEmpty() && !id.isEmpty())
        payload.error().file = QStringLiteral("interaction ") + id;
    return payload;
}

Result<InteractionPayload> InteractionPayload::readInteraction(const QJsonObject &json)
{
    if (auto ok = checkInteractionTypes(json); !ok)
        return std::unexpected(ok.error());
    InteractionPayload payload;
    payload.interactionId = json.value(payloadKey::interactionId).toString();
    payload.endpoint = json.value(payloadKey::endpoint).toString();
    payload.hasCaller = json.contains(payloadKey::caller);
    const QJsonObject caller = json.value(payloadKey::caller).toObject();
    payload.user = caller.value(payloadKey::user).toString();
    payload.service = caller.value(payloadKey::service).toString();
    payload.keyPrefix = caller.value(payloadKey::keyPrefix).toString();
    if (json.contains(payloadKey::api)) {
        payload.api = apiFlavorFromName(json.value(payloadKey::api).toString());
        if (!payload.api)
            return fail(QStringLiteral("interaction payload: unknown api \"%1\"")
                            .arg(json.value(payloadKey::api).toString()));
    }
    payload.stream = json.value(payloadKey::stream).toBool();
    payload.model = json.value(payloadKey::model).toString();
    payload.route = json.value(payloadKey::route).toString();
    payload.policyHash = json.value(payloadKey::policyHash).toString();
    if (json.contains(payloadKey::failureMode)) {
        const QString modeText = json.value(payloadKey::failureMode).toString();
        const auto mode = failureModeFromName(modeText);
        if (!mode)
            return fail(QStringLiteral("interaction payload: unknown failure_mode \"%1\"").arg(modeText));
        payload.failureMode = *mode;
    }
    payload.exceptionIds = splitPayloadList(json.value(payloadKey::exceptionId).toString());
    payload.exceptedRules = splitPayloadList(json.value(payloadKey::exceptedRules).toString());
    payload.peer = json.value(payloadKey::peer).toString();
    payload.hasRequest = json.contains(payloadKey::request);
    const QJsonObject request = json.value(payloadKey::request).toObject();
    payload.requestReceived = request.value(payloadKey::received);
    payload.requestForwarded = request.value(payloadKey::forwarded);
    payload.hasResponse = json.contains(payloadKey::response);
    const QJsonObject response = json.value(payloadKey::response).toObject();
    payload.responseReceived = response.value(payloadKey::received);
    payload.responseReturned = response.value(payloadKey::returned);
    if (json.contains(payloadKey::upstreamStatus))
        payload.upstreamStatus = json.value(payloadKey::upstreamStatus).toInt();
    payload.hasOutcome = json.contains(payloadKey::outcome);
    const QJsonObject outcome = json.value(payloadKey::outcome).toObject();
    payload.outcomeStatus = outcome.value(payloadKey::status).toInt();
    payload.outcomeError = outcome.value(payloadKey::error).toString();
    for (const QJsonValue &item : json.value(payloadKey::decisions).toArray()) {
        auto decision = InteractionDecision::fromJson(item.toObject());
        if (!decision)
            return std::unexpected(decision.error());
        payload.decisions.append(*decision);
    }
    if (json.contains(payloadKey::decision)) {
        const QString decisionText = json.value(payloadKey::decision).toString();
        const auto decision = actionFromName(decisionText);
        if (!decision)
            return fail(QStringLiteral("interaction payload: unknown decision \"%1\"").arg(decisionText));
        payload.decision = *decision;
    }
    const QJsonObject latencies = json.value(payloadKey::latency).toObject();
    for (auto it = latencies.begin(); it != latencies.end(); ++it)
        payload.latencyMs.insert(it.key(), it.value().toDouble());
    return payload;
}

} // namespace custos
