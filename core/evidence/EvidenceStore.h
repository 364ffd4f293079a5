#pragma once

#include "AccessRecords.h"
#include "Checkpoint.h"
#include "EvidenceBackend.h"
#include "EvidenceEvent.h"
#include "EvidenceQuery.h"
#include "KeySource.h"
#include "LedgerWriter.h"
#include "RetentionRules.h"
#include "VerifyReport.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace custos {

class ReaderPool;
class StoreLock;

struct EvidenceStoreOptions
{
    LedgerWriter::Options writer;
    bool readOnly = false; // no writer, no lock: for verify, query and tail next to a running gateway
};

struct VerifyOptions
{
    std::function<void(qint64 checked, qint64 total)> progress; // called every few thousand events
    const std::atomic_bool *cancel = nullptr;
    QString externalCheckpoints;  // a file written by exportCheckpoints(), kept elsewhere
    bool useWitness = true;       // compare with the witness (WitnessLog), and warn when there is none
    QString witnessPath;          // empty: WitnessLog::resolvePath's default
    bool checkProjections = true; // re-derive the query tables and the text index from the chain
    bool checkPages = true;       // SQLCipher's HMAC and SQLite's integrity check of every page
    // When > 0, only events 1..upToSeq are checked (with the checkpoints up to there), and what
    // follows is not judged: "does the chain verify up to this event" (no witness, projections or
    // pages then).
    qint64 upToSeq = 0;
};

// The evidence store: an encrypted, hash-chained ledger with signed checkpoints, retention, legal
// holds, queries, and the small encrypted tables other modules keep here (routes, API keys).
//
// Threads: every method may be called from any thread. Writes go to the single writer thread and
// block until durable (appendAsync does not block). Reads use a connection of the calling thread.
// appended() is emitted on the writer thread after each commit; connect with a context object so
// it is queued to the receiver's thread.
class EvidenceStore : public QObject
{
    Q_OBJECT

public:
    using Options = EvidenceStoreOptions;
    using VerifyOptions = custos::VerifyOptions;

    // Creates a new store (refuses an existing file) with a fresh Ed25519 checkpoint key.
    static Result<std::unique_ptr<EvidenceStore>> create(const QString &path, const KeySource &key,
                                                         const Options &options = {});
    static Result<std::unique_ptr<EvidenceStore>> open(const QString &path, const KeySource &key,
                                                       const Options &options = {});
    ~EvidenceStore() override; // commits what is queued and writes a final checkpoint

    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_writer; }
    QByteArray publicKey() const { return m_publicKey; }

    // Appending. append() returns the seq once the event is durable. appendAsync() returns at once;
    // `done` runs on the writer thread once the event is durable, or with the error.
    Result<qint64> append(EvidenceEvent event);
    void appendAsync(EvidenceEvent event, std::function<void(Result<qint64>)> done);
    // Appends `event` unless the ledger already holds an event matching `conflicts` with a seq
    // above `knownSeq`. The check runs inside the write transaction, so no other process can
    // append such an event in between: a compare-and-append. Returns the seq, or nullopt (nothing
    // appended) on a conflict.
    Result<std::optional<qint64>> appendUnlessNewer(EvidenceEvent event, EvidenceQuery conflicts,
                                                    qint64 knownSeq);

    // Reading.
    Result<EvidencePage> query(const EvidenceQuery &query) const;
    // Every event the query matches, oldest first, fetched page by page (its limit, order and
    // afterSeq start are the caller's only as far as afterSeq goes). For the small event kinds
    // that are folded whole (publishes, exceptions, retention runs), never for interactions.
    Result<QList<EvidenceEvent>> queryAll(EvidenceQuery query) const;
    Result<std::optional<EvidenceEvent>> event(qint64 seq) const;
    Result<ChainHead> head() const;
    Result<qint64> eventCount() const;
    // Interactions since `from` by decision, and the rules that fired most often.
    Result<ActivitySummary> summarize(const QDateTime &from, int topRules = 5) const;
    // The query tables' rows of one kind in a time window, oldest first, until visit returns false;
    // payloads only as FactScan says. For aggregates over days (the risk surface), which would
    // otherwise parse every payload.
    Result<void> scanFacts(const FactScan &scan, const std::function<bool(const FactRow &)> &visit) const;
    Result<QString> integrityCheck() const; // "ok" when SQLite finds nothing wrong
    // Every event with afterSeq < seq <= lastSeq, in seq order, payloads as stored, until visit
    // returns false: one pass for audit packs, without building an EvidenceEvent per row.
    Result<void> scanLedger(qint64 afterSeq, qint64 lastSeq,
                            const std::function<bool(const LedgerRow &)> &visit) const;
    Result<QString> storeId() const; // the id in the store's meta table

    // Verification and checkpoints.
    VerifyReport verify(const VerifyOptions &options = {}) const;
    Result<QList<Checkpoint>> checkpoints() const;
    Result<CheckpointExport> exportCheckpoints() const;
    Result<void> exportCheckpoints(const QString &file) const;
    Result<void> checkpointNow();
    // The witness file this store's checkpoints go to (for a read-only store: where verify looks).
    QString witnessPath() const;
    // The newest checkpoint in the witness, or nullopt when it holds none.
    Result<std::optional<Checkpoint>> latestWitnessed() const;

    // Retention, legal holds and erasure; each run is itself a ledger event.
    Result<RetentionReport> purge(const RetentionRules &rules, const QDateTime &now, const QString &actor);
    Result<qint64> placeHold(HoldScope scope, const QString &value, const QString &reason,
                             const QString &actor);
    Result<void> releaseHold(qint64 id, const QString &actor);
    Result<QList<LegalHold>> holds(bool includeReleased = false) const;
    Result<RetentionReport> eraseSubject(const QString &userId, const QString &actor, const QString &reason);
    Result<RetentionReport> eraseMatching(const EvidenceQuery &query, const QString &actor,
                                          const QString &reason);

    // The audit-pack export key: one Ed25519 pair per store, made (and recorded as an admin event) at
    // the first call, so its fingerprint stays the same across exports. The private half lives only
    // inside the encrypted store: callers get the public key and signatures, never the seed.
    Result<QByteArray> exportPublicKey();
    Result<QByteArray> signWithExportKey(QByteArrayView message);

    // The store's random 32-byte HMAC key for value fingerprints (core/watch/ValueFingerprinter),
    // made and recorded (an admin event, without the key) at the first call. It lives only inside
    // the encrypted store, so a fingerprint cannot be checked against a guessed value elsewhere.
    Result<QByteArray> fingerprintSecret();

    // Re-encrypts the store under a new key (keychain sources are resolved first).
    Result<void> rekey(const KeySource &newKey, const QString &actor);

    // Upstream routes (their provider keys stay encrypted here) and Custos API keys.
    Result<void> putRoute(const Route &route, const QString &actor);
    Result<void> removeRoute(const QString &name, const QString &actor);
    Result<QList<Route>> routes() const;
    // Returns the plaintext key once ("custos_" + 64 hex digits); only its SHA-256 is stored.
    Result<QString> issueApiKey(const QString &user, const QString &service, const QString &actor);
    Result<ApiKeyIdentity> resolveApiKey(const QString &plaintext) const;
    Result<void> revokeApiKey(const QString &prefix, const QString &actor);
    Result<QList<ApiKeyRecord>> apiKeys() const;

Q_SIGNALS:
    void appended(const custos::EvidenceEvent &event);

private:
    EvidenceStore(QString path, QByteArray publicKey);
    static Result<std::unique_ptr<EvidenceStore>> openStore(const QString &path, const KeySource &key,
                                                            const Options &options, BackendMode mode);
    static Result<std::unique_ptr<EvidenceStore>>
    openChecked(const QString &path, const KeySource &resolvedKey, const Options &options, BackendMode mode);
    Result<EvidenceBackend *> reader() const;
    Result<std::optional<CheckpointExport>> externalFor(const VerifyOptions &options,
                                                        VerifyReport &report) const;
    Result<void> requireWriter() const;
    Result<qint64> appendAdmin(LedgerWriter::Transaction &transaction, EventKind kind, const QString &actor,
                               const QJsonObject &payload);
    struct DropBasis
    {
        QString actor;
        qint64 asOfMs = 0; // retention: the "now" the run judged by
        int minDays = 0;   // retention: the shortest period of its rules
    };
    Result<RetentionReport> tombstoneSeqs(const QList<RetentionCandidate> &candidates, const QString &why,
                                          RetentionReport &report, const DropBasis &basis);

    QString m_path;
    QByteArray m_publicKey;
    QString m_storeId;
    QString m_witnessPath;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<ReaderPool> m_readers;
    std::unique_ptr<LedgerWriter> m_writer;
};

} // namespace custos
