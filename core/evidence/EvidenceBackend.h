#pragma once

#include "AccessRecords.h"
#include "Checkpoint.h"
#include "EvidenceEvent.h"
#include "EvidenceQuery.h"
#include "RetentionRules.h"
#include "core/common/Error.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace custos {

class KeySource;

// One row of the chain as verify reads it: only what the hash covers.
struct ChainRow
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString kind;
    QString actor;
    QString policyHash;
    QByteArray facts;   // the projection record (EventFacts); null in a formula-1 store
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

// One event of a time window as the query tables hold it, for aggregates over days (core/surface):
// the projections without the chain fields, and the payload only where the caller asked for it.
struct FactRow
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString policyHash;
    QString service;
    QString user;
    QString decision;
    QString exceptionId; // comma-joined, as the gateway records it
    QString model;
    QString route;
    QStringList rules;
    QStringList dataClasses;
    bool tombstoned = false;
    QByteArray payload; // canonical JSON; empty unless FactScan::payloadsWithClasses and it has classes
};

// Which events a fact scan visits: one kind, recorded in [from, to).
struct FactScan
{
    QDateTime from;
    QDateTime to;
    EventKind kind = EventKind::Interaction;
    // Read the payloads of untombstoned events whose facts name a data class: the hits and their
    // fingerprints are only there. Events without classes never have their payload read.
    bool payloadsWithClasses = false;
};

// What the query tables hold about one seq beside what its event says, for verify to compare.
struct ProjectionRow
{
    qint64 seq = 0;
    bool orphanIndexEntry = false; // a rule, class or text entry for a seq neither table has
    bool hasEvent = false;
    bool tombstoned = false;
    qint64 eventTimeMs = 0;
    QString eventKind;
    QByteArray eventFacts; // the chained projection record (EventFacts)
    bool hasFacts = false; // an event_facts row exists
    qint64 timeMs = 0;
    QString kind;
    // event_facts as an EventFacts record (no text); "rules_table"/"data_classes_table" hold the rule
    // and class rows where they disagree with event_facts' lists.
    QJsonObject facts;
    bool hasText = false; // the full-text index holds a document for this seq
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
    int chainFormula = 0; // the hash formula the chain is under (ledger::kChainFormula once migrated)
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
    // Calls visit for each event the scan selects, oldest first, until it returns false; reads the
    // query tables through the time index.
    virtual Result<void> scanFacts(const FactScan &scan,
                                   const std::function<bool(const FactRow &)> &visit) = 0;
    virtual Result<std::optional<EvidenceEvent>> event(qint64 seq) = 0;
    virtual Result<ActivitySummary> summarize(const QDateTime &from, int topRules) = 0;
    // Untombstoned events older than `before`, seq > afterSeq, in seq order; administrative,
    // retention and policy records are the audit trail itself and never expire.
    virtual Result<QList<RetentionCandidate>> retentionCandidates(const QDateTime &before, qint64 afterSeq,
                                                                  int limit) = 0;
    virtual Result<QString> integrityCheck() = 0;
    // SQLCipher's HMAC check of every page: one line per bad page ("ok" style empty list when none).
    virtual Result<QStringList> cipherIntegrityCheck() = 0;
    // What each page holds ("table events", "index facts_time", ...), for naming a bad page.
    virtual Result<QHash<qint64, QString>> pageOwners() = 0;
    virtual Result<qint64> pageCount() = 0;
    // Every seq the query tables or the full-text index hold, in seq order, with what they hold.
    virtual Result<void> scanProjections(const std::function<bool(const ProjectionRow &)> &visit) = 0;

    // Migration of a formula-1 store (ChainMigration): the column for the projection record, each
    // event's new chain fields, and the formula recorded in the meta table.
    virtual Result<void> addFactsColumn() = 0;
    virtual Result<void> rewriteChainFields(qint64 seq, const QByteArray &facts, const QByteArray &prevHash,
                                            const QByteArray &hash) = 0;
    virtual Result<void> recordChainFormula(int formatVersion, int chainFormula) = 0;

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
