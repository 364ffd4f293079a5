#pragma once

#include "AccessRecords.h"
#include "Checkpoint.h"
#include "EvidenceEvent.h"
#include "EvidenceQuery.h"
#include "RetentionRules.h"
#include "core/common/Error.h"

#include <functional>
#include <memory>
#include <optional>

namespace custos {

class KeySource;

// One row of the chain as verify reads it: only what the hash covers.
struct ChainRow
{
    qint64 seq = 0;
    QString kind;
    QByteArray payload; // canonical JSON as stored
    QByteArray payloadDigest;
    QByteArray prevHash;
    QByteArray hash;
    bool tombstoned = false;
};

// One event with everything the ledger holds about it, read in one pass for audit packs: the
// chain fields as stored (payload bytes unparsed) and the query projections.
struct LedgerRow
{
    ChainRow chain;
    qint64 timeMs = 0;
    QString actor;
    QString policyHash;
    QString service;
    QString user;
    QString decision;
    QString exceptionId;
    QString model;
    QString route;
    QStringList rules;
    QStringList dataClasses;
};

struct ChainHead
{
    qint64 seq = 0;
    QByteArray hash; // genesis hash when the ledger is empty
};

// What the meta table holds about a store.
struct StoreMeta
{
    int formatVersion = 0;
    QByteArray publicKey;
    QByteArray privateKey;      // the checkpoint signing key; lives only inside the encrypted store
    qint64 recordedHeadSeq = 0; // the head as of the last commit, to catch truncation
    QString storeId;
    // The audit-pack export key (raw Ed25519), made at the first export; empty until then.
    QByteArray exportPublicKey;
    QByteArray exportPrivateKey;
    // The HMAC key of value fingerprints (core/watch), made at the first need; empty until then.
    QByteArray fingerprintSecret;
};

// The fields retention needs to decide whether an event's payload expired.
struct RetentionCandidate
{
    qint64 seq = 0;
    QDateTime time;
    QString service;
    QString user;
    QString caseId;
    QStringList dataClasses;
};

// All SQL of one database product lives behind this interface; one instance is one connection and
// belongs to the thread that opened it. Write methods are called by the writer thread only, inside
// begin()/commit().
class EvidenceBackend
{
public:
    virtual ~EvidenceBackend() = default;

    virtual Result<void> createSchema(const StoreMeta &meta) = 0;
    virtual Result<StoreMeta> readMeta() = 0;

    virtual Result<void> begin() = 0;
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    virtual Result<void> insertEvent(const EvidenceEvent &event) = 0;
    virtual Result<void> recordHead(qint64 seq) = 0;
    virtual Result<void> insertCheckpoint(const Checkpoint &checkpoint) = 0;
    virtual Result<void> tombstone(qint64 seq, const QJsonObject &tombstonePayload) = 0;
    virtual Result<void> rekey(const KeySource &newKey) = 0;
    virtual Result<void> putExportKey(const QByteArray &publicKey, const QByteArray &privateKey) = 0;
    virtual Result<void> putFingerprintSecret(const QByteArray &secret) = 0;

    virtual Result<ChainHead> head() = 0;
    virtual Result<qint64> eventCount() = 0;
    virtual Result<QList<Checkpoint>> checkpoints() = 0;
    // Calls visit for each event with seq > afterSeq in seq order until it returns false.
    virtual Result<void> scanChain(qint64 afterSeq, const std::function<bool(const ChainRow &)> &visit) = 0;
    // Calls visit for each event with afterSeq < seq <= lastSeq in seq order until it returns false.
    virtual Result<void> scanLedger(qint64 afterSeq, qint64 lastSeq,
                                    const std::function<bool(const LedgerRow &)> &visit) = 0;
    virtual Result<EvidencePage> query(const EvidenceQuery &query) = 0;
    virtual Result<std::optional<EvidenceEvent>> event(qint64 seq) = 0;
    virtual Result<ActivitySummary> summarize(const QDateTime &from, int topRules) = 0;
    // Untombstoned events older than `before`, seq > afterSeq, in seq order; administrative,
    // retention and policy records are the audit trail itself and never expire.
    virtual Result<QList<RetentionCandidate>> retentionCandidates(const QDateTime &before, qint64 afterSeq,
                                                                  int limit) = 0;
    virtual Result<QString> integrityCheck() = 0;

    virtual Result<qint64> insertHold(const LegalHold &hold) = 0;
    virtual Result<bool> releaseHold(qint64 id, const QDateTime &when, const QString &actor) = 0;
    virtual Result<QList<LegalHold>> holds(bool includeReleased) = 0;

    virtual Result<void> putRoute(const Route &route) = 0;
    virtual Result<bool> removeRoute(const QString &name) = 0;
    virtual Result<QList<Route>> routes() = 0;
    virtual Result<void> insertApiKey(const QByteArray &keyHash, const ApiKeyRecord &record) = 0;
    virtual Result<std::optional<ApiKeyIdentity>> findApiKey(const QByteArray &keyHash) = 0;
    virtual Result<bool> revokeApiKey(const QString &prefix, const QDateTime &when) = 0;
    virtual Result<QList<ApiKeyRecord>> apiKeys() = 0;
};

// How a backend connection is opened.
enum class BackendMode { Create, ReadWrite, ReadOnly };

} // namespace custos
