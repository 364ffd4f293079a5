#pragma once

#include "core/evidence/AccessRecords.h"
#include "core/evidence/EvidenceEvent.h"
#include "gateway/Enforcement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace custos {

// Gathers what one interaction did and turns it into the ledger event the gateway appends:
// caller, model, route, the prompt as received and as forwarded, the response as received and as
// returned, every decision, latencies, the policy hash, the exception used and the failure mode.
class InteractionRecord
{
public:
    InteractionRecord(QString interactionId, QString endpoint);

    const QString &interactionId() const { return m_id; }
    void setCaller(const ApiKeyIdentity &caller);
    void setApi(ApiFlavor api, bool stream);
    void setModel(const QString &model) { m_model = model; }
    void setRoute(const QString &route) { m_route = route; }
    void setPolicyHash(const QString &hash) { m_policyHash = hash; }
    void setFailureMode(FailureMode mode) { m_failureMode = mode; }
    void setExceptionId(const QString &id) { m_exceptionId = id; }
    void setRequest(const QJsonValue &received, const QJsonValue &forwarded);
    void setResponse(const QJsonValue &received, const QJsonValue &returned);
    void setUpstreamStatus(int status) { m_payload.insert(QStringLiteral("upstream_status"), status); }
    void addDecision(Direction direction, const Enforcement &enforcement);
    void addStreamDecision(const QString &channel, const StreamVerdict &verdict);
    void setOutcome(int status, const QString &error);
    void markLatency(const QString &name); // milliseconds since the record was made
    void note(const QString &key, const QJsonValue &value) { m_payload.insert(key, value); }

    Action finalAction() const { return m_action; }
    QStringList rules() const { return m_rules; }
    EvidenceEvent toEvent() const;

private:
    void raise(Action action, const QStringList &rules, const QStringList &classes);

    QString m_id;
    QElapsedTimer m_clock;
    QJsonObject m_payload;
    QJsonArray m_decisions;
    QJsonObject m_latencies;
    ApiKeyIdentity m_caller;
    QString m_model;
    QString m_route;
    QString m_policyHash;
    QString m_exceptionId;
    FailureMode m_failureMode = FailureMode::Closed;
    Action m_action = Action::Allow;
    QStringList m_rules;
    QStringList m_classes;
};

} // namespace custos
