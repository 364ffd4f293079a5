#pragma once

#include "core/common/Error.h"
#include "core/policy/PolicyTypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace custos {

// One detector finding as the evidence keeps it: where it was, never the matched text.
struct InteractionHit
{
    QString detector;
    QString dataClass;
    QString path;     // JSON path of the text in the body, "$stream" for a streamed response
    qint64 start = 0; // code points, end exclusive
    qint64 end = 0;
    double confidence = 0.0;
    // The value's fingerprint (core/watch/ValueFingerprinter: 32 hex digits of an HMAC under the
    // store's secret), for hits a validator accepted and for secrets; empty otherwise. The
    // watchers count distinct values by it.
    QString fingerprint;

    QJsonObject toJson() const;
    // A located error when a key has the wrong type.
    static Result<InteractionHit> fromJson(const QJsonObject &json);
    friend bool operator==(const InteractionHit &, const InteractionHit &) = default;
};

// Where in the exchange a decision was taken.
enum class DecisionStage { Request, Response, ResponseStream };
QString decisionStageName(DecisionStage stage); // "request", "response", "response_stream"
std::optional<DecisionStage> decisionStageFromName(QStringView name);

// One policy decision inside an interaction: the request's, the whole response's, or one stream
// channel's.
struct InteractionDecision
{
    DecisionStage stage = DecisionStage::Request;
    QString channel; // stream channel (content, tool arguments, ...), for ResponseStream only
    Action action = Action::Allow;
    QStringList rules;
    QList<InteractionHit> hits;
    QString message;
    QString route; // empty for stream decisions

    bool isResponse() const { return stage != DecisionStage::Request; }
    QJsonObject toJson() const;
    static Result<InteractionDecision> fromJson(const QJsonObject &json);
    friend bool operator==(const InteractionDecision &, const InteractionDecision &) = default;
};

// The payload of an `interaction` ledger event: the one typed record of what the gateway did with
// one request. The gateway writes it; replay, the feed, explain, audit packs and the watchers read
// it, only through this type, never by string keys. Every key it reads and writes is documented in
// ARCHITECTURE.md; fromJson(toJson()) is the identity, and toJson(fromJson(x)) == x for every
// payload the gateway writes, so the digest of a stored payload can be recomputed from the type.
struct InteractionPayload
{
    QString interactionId;
    QString endpoint; // "/v1/chat/completions", ..., or "http" for a refusal before any handler
    QString user;     // the caller, from the Custos key; empty when the key did not resolve
    QString service;
    QString keyPrefix;
    bool hasCaller = false; // the "caller" object is present
    std::optional<ApiFlavor> api;
    bool stream = false;
    QString model;
    QString route;
    QString policyHash;
    FailureMode failureMode = FailureMode::Closed;
    QStringList exceptionIds; // the exceptions this interaction used, stored comma-joined
    // The rules those exceptions lifted, stored comma-joined; written whenever exceptionIds is
    // not empty (and only then), as the gateway always has.
    QStringList exceptedRules;
    QString peer; // the client address, recorded for refusals before any handler

    // The bodies: as the caller sent it, as it was passed on to the provider (null when blocked),
    // as the provider answered and as it was returned to the caller. Any JSON value; a body that
    // was not JSON is kept as a string.
    QJsonValue requestReceived;
    QJsonValue requestForwarded;
    bool hasRequest = false;
    QJsonValue responseReceived;
    QJsonValue responseReturned;
    bool hasResponse = false;

    std::optional<int> upstreamStatus;
    int outcomeStatus = 0; // the HTTP status returned to the caller
    QString outcomeError;
    bool hasOutcome = false;

    QList<InteractionDecision> decisions;
    Action decision = Action::Allow; // the strongest action of all decisions
    QMap<QString, double> latencyMs; // milestone -> milliseconds since the request arrived

    // Every rule that fired in any decision, first occurrence first.
    QStringList firedRules() const;
    // Every data class of every hit, first occurrence first.
    QStringList dataClasses() const;
    QList<InteractionHit> allHits() const;
    // The request as passed on when it was passed on, else null.
    bool wasForwarded() const
    {
        return hasRequest && !requestForwarded.isNull() && !requestForwarded.isUndefined();
    }

    QJsonObject toJson() const;
    // An error naming the key when a known key has the wrong type or an unknown name (action,
    // direction, api, failure mode); unknown keys are ignored.
    static Result<InteractionPayload> fromJson(const QJsonObject &json);
    friend bool operator==(const InteractionPayload &, const InteractionPayload &) = default;

private:
    static Result<InteractionPayload> readInteraction(const QJsonObject &json);
};

} // namespace custos
