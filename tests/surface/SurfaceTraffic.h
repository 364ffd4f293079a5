#pragma once

#include "core/common/Error.h"
#include "core/evidence/EvidenceStore.h"

#include <QStringList>

#include <memory>

namespace custos {

class ActivePolicyEnforcer;
class StoreEvidenceSink;

// A real SQLCipher store filled the way the gateway fills it: the surface test policy is recorded
// as a published version, each request is judged by the gateway's ActivePolicyEnforcer (the real
// scanner, validators and fingerprints), turned into a ledger event by InteractionRecord and
// appended through StoreEvidenceSink. Exception requests and decisions are made by the real
// ExceptionBook and recorded as the ExceptionService would.
class SurfaceTraffic
{
public:
    struct Request
    {
        QString user;
        QString service;
        QString model;
        QString text;
        QStringList exceptionIds; // recorded as used by the interaction
    };

    SurfaceTraffic();
    ~SurfaceTraffic();

    Result<void> create(const QString &path);
    EvidenceStore &store() { return *m_store; }
    std::shared_ptr<EvidenceStore> sharedStore() { return m_store; }

    // The seq of the recorded interaction.
    Result<qint64> record(const Request &request);
    // Four exception requests for rule block-secrets: two approved (the first then used once by
    // an interaction), one rejected, one left pending. Returns the used exception's id.
    Result<QString> recordExceptionFunnel();
    // A small mixed day of traffic (the dashboard's screenshots use it).
    Result<void> recordSampleDay();

    static QByteArray policyYaml();
    static KeySource key();

private:
    Result<qint64> append(EvidenceEvent event);

    std::shared_ptr<EvidenceStore> m_store;
    std::unique_ptr<ActivePolicyEnforcer> m_enforcer;
    std::unique_ptr<StoreEvidenceSink> m_sink;
};

} // namespace custos
