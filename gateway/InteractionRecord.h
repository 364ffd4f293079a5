#pragma once

#include "core/evidence/AccessRecords.h"
#include "core/evidence/EvidenceEvent.h"
#include "core/policy/InteractionPayload.h"
#include "gateway/Enforcement.h"

#include <QElapsedTimer>

namespace custos {

// Gathers what one interaction did and turns it into the ledger event the gateway appends:
// caller, model, route, the prompt as received and as forwarded, the response as received and as
// returned, every decision, latencies, the policy hash, the exception used and the failure mode.
// The payload is one InteractionPayload, so its keys are written in one place only.
class InteractionRecord
{
public:
    InteractionRecord(QString interactionId, QString endpoint);

    const QString &interactionId() const { return m_payload.interactionId; }
    void setCaller(const ApiKeyIdentity &caller);
    void setApi(ApiFlavor api, bool stream);
    void setModel(const QString &model) { m_payload.model = model; }
    void setRoute(const QString &route) { m_payload.route = route; }
    void setPolicyHash(const QString &hash) { m_payload.policyHash = hash; }
    void setFailureMode(FailureMode mode) { m_payload.failureMode = mode; }
    // The exceptions used and the rules they lifted, recorded together.
    void setExceptions(const QStringList &exceptionIds, const QStringList &exceptedRules);
    void setRequest(const QJsonValue &received, const QJsonValue &forwarded);
    void setResponse(const QJsonValue &received, const QJsonValue &returned);
    void setUpstreamStatus(int status) { m_payload.upstreamStatus = status; }
    void addDecision(Direction direction, const Enforcement &enforcement);
    void addStreamDecision(const QString &channel, const StreamVerdict &verdict);
    void setOutcome(int status, const QString &error);
    void setPeer(const QString &peer) { m_payload.peer = peer; }
    void markLatency(const QString &name); // milliseconds since the record was made

    Action finalAction() const { return m_payload.decision; }
    QStringList rules() const { return m_rules; }
    const InteractionPayload &payload() const { return m_payload; }
    EvidenceEvent toEvent() const;

private:
    void raise(Action action, const QStringList &rules, const QStringList &classes);

    QElapsedTimer m_clock;
    InteractionPayload m_payload;
    QStringList m_rules;
    QStringList m_classes;
};

} // namespace custos
