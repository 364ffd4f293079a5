#include "gateway/InteractionRecord.h"

namespace custos {

namespace {

QString actionText(Action action)
{
    switch (action) {
    case Action::Allow:
        return QStringLiteral("allow");
    case Action::Monitor:
        return QStringLiteral("monitor");
    case Action::Redact:
        return QStringLiteral("redact");
    case Action::Reroute:
        return QStringLiteral("reroute");
    case Action::RequireException:
        return QStringLiteral("require_exception");
    case Action::Block:
        return QStringLiteral("block");
    }
    return QStringLiteral("allow");
}

void appendUnique(QStringList &into, const QStringList &items)
{
    for (const QString &item : items) {
        if (!into.contains(item))
            into.append(item);
    }
}

} // namespace

InteractionRecord::InteractionRecord(QString interactionId, QString endpoint)
    : m_id(std::move(interactionId))
{
    m_clock.start();
    m_payload.insert(QStringLiteral("interaction_id"), m_id);
    m_payload.insert(QStringLiteral("endpoint"), endpoint);
}

void InteractionRecord::setCaller(const ApiKeyIdentity &caller)
{
    m_caller = caller;
    m_payload.insert(QStringLiteral("caller"), QJsonObject{{QStringLiteral("user"), caller.user},
                                                           {QStringLiteral("service"), caller.service},
                                                           {QStringLiteral("key_prefix"), caller.prefix}});
}

void InteractionRecord::setApi(ApiFlavor api, bool stream)
{
    m_payload.insert(QStringLiteral("api"), apiFlavorName(api));
    m_payload.insert(QStringLiteral("stream"), stream);
}

void InteractionRecord::setRequest(const QJsonValue &received, const QJsonValue &forwarded)
{
    m_payload.insert(QStringLiteral("request"), QJsonObject{{QStringLiteral("received"), received},
                                                            {QStringLiteral("forwarded"), forwarded}});
}

void InteractionRecord::setResponse(const QJsonValue &received, const QJsonValue &returned)
{
    m_payload.insert(QStringLiteral("response"), QJsonObject{{QStringLiteral("received"), received},
                                                             {QStringLiteral("returned"), returned}});
}

void InteractionRecord::raise(Action action, const QStringList &rules, const QStringList &classes)
{
    if (static_cast<int>(action) > static_cast<int>(m_action))
        m_action = action;
    appendUnique(m_rules, rules);
    appendUnique(m_classes, classes);
}

void InteractionRecord::addDecision(Direction direction, const Enforcement &enforcement)
{
    raise(enforcement.action, enforcement.rules, enforcement.dataClasses);
    m_decisions.append(QJsonObject{{QStringLiteral("direction"), direction == Direction::Request
                                                                     ? QStringLiteral("request")
                                                                     : QStringLiteral("response")},
                                   {QStringLiteral("action"), actionText(enforcement.action)},
                                   {QStringLiteral("rules"), QJsonArray::fromStringList(enforcement.rules)},
                                   {QStringLiteral("hits"), enforcement.hits},
                                   {QStringLiteral("message"), enforcement.message},
                                   {QStringLiteral("route"), enforcement.route}});
}

void InteractionRecord::addStreamDecision(const QString &channel, const StreamVerdict &verdict)
{
    raise(verdict.action, verdict.rules, verdict.dataClasses);
    m_decisions.append(QJsonObject{{QStringLiteral("direction"), QStringLiteral("response_stream")},
                                   {QStringLiteral("channel"), channel},
                                   {QStringLiteral("action"), actionText(verdict.action)},
                                   {QStringLiteral("rules"), QJsonArray::fromStringList(verdict.rules)},
                                   {QStringLiteral("hits"), verdict.hits},
                                   {QStringLiteral("message"), verdict.message}});
}

void InteractionRecord::setOutcome(int status, const QString &error)
{
    QJsonObject outcome{{QStringLiteral("status"), status}};
    if (!error.isEmpty())
        outcome.insert(QStringLiteral("error"), error);
    m_payload.insert(QStringLiteral("outcome"), outcome);
}

void InteractionRecord::markLatency(const QString &name)
{
    m_latencies.insert(name, static_cast<double>(m_clock.nsecsElapsed()) / 1e6);
}

EvidenceEvent InteractionRecord::toEvent() const
{
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = m_caller.user.isEmpty() ? QStringLiteral("anonymous") : m_caller.user;
    event.policyHash = m_policyHash;
    event.payload = m_payload;
    event.payload.insert(QStringLiteral("decisions"), m_decisions);
    event.payload.insert(QStringLiteral("decision"), actionText(m_action));
    event.payload.insert(QStringLiteral("latency_ms"), m_latencies);
    event.payload.insert(QStringLiteral("policy_hash"), m_policyHash);
    event.payload.insert(QStringLiteral("model"), m_model);
    event.payload.insert(QStringLiteral("route"), m_route);
    event.payload.insert(QStringLiteral("failure_mode"), m_failureMode == FailureMode::Open
                                                             ? QStringLiteral("open")
                                                             : QStringLiteral("closed"));
    event.payload.insert(QStringLiteral("exception_id"),
                         m_exceptionId.isEmpty() ? QJsonValue() : QJsonValue(m_exceptionId));
    event.service = m_caller.service;
    event.user = m_caller.user;
    event.decision = actionText(m_action);
    event.rules = m_rules;
    event.dataClasses = m_classes;
    event.exceptionId = m_exceptionId;
    event.model = m_model;
    event.route = m_route;
    return event;
}

} // namespace custos
