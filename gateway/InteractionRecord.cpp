#include "gateway/InteractionRecord.h"

namespace custos {

namespace {

void appendUnique(QStringList &into, const QStringList &items)
{
    for (const QString &item : items) {
        if (!into.contains(item))
            into.append(item);
    }
}

} // namespace

InteractionRecord::InteractionRecord(QString interactionId, QString endpoint)
{
    m_clock.start();
    m_payload.interactionId = std::move(interactionId);
    m_payload.endpoint = std::move(endpoint);
}

void InteractionRecord::setCaller(const ApiKeyIdentity &caller)
{
    m_payload.hasCaller = true;
    m_payload.user = caller.user;
    m_payload.service = caller.service;
    m_payload.keyPrefix = caller.prefix;
}

void InteractionRecord::setApi(ApiFlavor api, bool stream)
{
    m_payload.api = api;
    m_payload.stream = stream;
}

void InteractionRecord::setExceptions(const QStringList &exceptionIds, const QStringList &exceptedRules)
{
    m_payload.exceptionIds = exceptionIds;
    m_payload.exceptedRules = exceptedRules;
}

void InteractionRecord::setRequest(const QJsonValue &received, const QJsonValue &forwarded)
{
    m_payload.hasRequest = true;
    m_payload.requestReceived = received;
    m_payload.requestForwarded = forwarded;
}

void InteractionRecord::setResponse(const QJsonValue &received, const QJsonValue &returned)
{
    m_payload.hasResponse = true;
    m_payload.responseReceived = received;
    m_payload.responseReturned = returned;
}

void InteractionRecord::raise(Action action, const QStringList &rules, const QStringList &classes)
{
    if (static_cast<int>(action) > static_cast<int>(m_payload.decision))
        m_payload.decision = action;
    appendUnique(m_rules, rules);
    appendUnique(m_classes, classes);
}

void InteractionRecord::addDecision(Direction direction, const Enforcement &enforcement)
{
    raise(enforcement.action, enforcement.rules, enforcement.dataClasses);
    InteractionDecision decision;
    decision.stage = direction == Direction::Request ? DecisionStage::Request : DecisionStage::Response;
    decision.action = enforcement.action;
    decision.rules = enforcement.rules;
    decision.hits = enforcement.hits;
    decision.message = enforcement.message;
    decision.route = enforcement.route;
    m_payload.decisions.append(decision);
}

void InteractionRecord::addStreamDecision(const QString &channel, const StreamVerdict &verdict)
{
    raise(verdict.action, verdict.rules, verdict.dataClasses);
    InteractionDecision decision;
    decision.stage = DecisionStage::ResponseStream;
    decision.channel = channel;
    decision.action = verdict.action;
    decision.rules = verdict.rules;
    decision.hits = verdict.hits;
    decision.message = verdict.message;
    m_payload.decisions.append(decision);
}

void InteractionRecord::setOutcome(int status, const QString &error)
{
    m_payload.hasOutcome = true;
    m_payload.outcomeStatus = status;
    m_payload.outcomeError = error;
}

void InteractionRecord::markLatency(const QString &name)
{
    m_payload.latencyMs.insert(name, static_cast<double>(m_clock.nsecsElapsed()) / 1e6);
}

EvidenceEvent InteractionRecord::toEvent() const
{
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = m_payload.user.isEmpty() ? QStringLiteral("anonymous") : m_payload.user;
    event.policyHash = m_payload.policyHash;
    event.payload = m_payload.toJson();
    event.service = m_payload.service;
    event.user = m_payload.user;
    event.decision = actionName(m_payload.decision);
    event.rules = m_rules;
    event.dataClasses = m_classes;
    event.exceptionId = m_payload.exceptionIds.join(u',');
    event.model = m_payload.model;
    event.route = m_payload.route;
    return event;
}

} // namespace custos
