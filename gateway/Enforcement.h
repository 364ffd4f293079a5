#pragma once

#include "core/policy/InteractionPayload.h"
#include "core/policy/PolicyTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace custos {

// What the gateway knows about one evaluation: who asks, through which API, for which model and route.
struct EnforcementContext
{
    Direction direction = Direction::Request;
    ApiFlavor api = ApiFlavor::OpenAIChat;
    QString service;
    QString user;
    QStringList groups;
    QString model;
    QString route;
    QStringList exemptRules; // covered by approved exceptions for this interaction
    QString interactionId;   // named in the evidence of an exception's use
};

// The gateway's view of a policy decision. `body` is the payload to pass on: the transformed one when
// the action changed it (redact), otherwise the input.
struct Enforcement
{
    Action action = Action::Allow;
    QStringList rules;
    QString message;
    QString route; // the route a reroute sends to
    QJsonObject body;
    bool bodyChanged = false;
    QList<InteractionHit> hits; // for the evidence: detector, class, span; never the matched text
    QStringList dataClasses;
    QStringList detectors; // distinct detector ids of the hits
    QStringList
        stoppingRules; // enforcing rules that block or require an exception: what an exception must cover
    QString policyHash;
    FailureMode failureMode = FailureMode::Closed;
    QStringList unreadable; // parts Custos could not scan; with failure_mode closed they block alone
};

// What a stream guard lets through after one piece of streamed text.
struct StreamVerdict
{
    QString text; // safe to release now (possibly redacted); may be empty while text is held back
    bool blocked = false;
    Action action = Action::Allow;
    QStringList rules;
    QString message;
    QList<InteractionHit> hits;
    QStringList dataClasses;
};

} // namespace custos
