#pragma once

#include "EvidenceBackend.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace custos {

// The evidence store on SQLCipher through the QSQLCIPHER driver: all of its SQL is in this class
// (SqlCipherEvidenceBackend.cpp for the ledger, SqlCipherEvidenceBackendReads.cpp for the rest,
// SqlCipherEvidenceBackendFacts.cpp for the fact scan).
class SqlCipherEvidenceBackend final : public EvidenceBackend
{
public:
    static constexpr int kFormatVersion = 2;       // chain formula 2, events carry their facts
    static constexpr int kLegacyFormatVersion = 1; // chain formula 1; migrated on a read-write open
    // Joins list columns (rules, data classes); a control character no rule id or class contains.
    static constexpr QChar kListSeparator{0x1f};

    // Opens (or, with BackendMode::Create, creates) the store at `path` with a resolved key.
    static Result<std::unique_ptr<EvidenceBackend>> open(const QString &path, const KeySource &key,
                                                         BackendMode mode);
    ~SqlCipherEvidenceBackend() override;

    Result<void> createSchema(const StoreMeta &meta) override;
    Result<StoreMeta> readMeta() override;

    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() override;
    Result<void> insertEvent(const EvidenceEvent &event) override;
    Result<void> recordHead(qint64 seq) override;
    Result<void> insertCheckpoint(const Checkpoint &checkpoint) override;
    Result<void> tombstone(qint64 seq, const QJsonObject &tombstonePayload) override;
    Result<void> rekey(const KeySource &newKey) override;
    Result<void> putExportKey(const QByteArray &publicKey, const QByteArray &privateKey) override;
    Result<void> putFingerprintSecret(const QByteArray &secret) override;

    Result<ChainHead> head() override;
    Result<qint64> eventCount() override;
    Result<QList<Checkpoint>> checkpoints() override;
    Result<void> scanChain(qint64 afterSeq, const std::function<bool(const ChainRow &)> &visit) override;
    Result<void> scanLedger(qint64 afterSeq, qint64 lastSeq,
                            const std::function<bool(const LedgerRow &)> &visit) override;
    Result<EvidencePage> query(const EvidenceQuery &query) override;
    Result<void> scanFacts(const FactScan &scan, const std::function<bool(const FactRow &)> &visit) override;
    Result<std::optional<EvidenceEvent>> event(qint64 seq) override;
    Result<ActivitySummary> summarize(const QDateTime &from, int topRules) override;
    Result<QList<RetentionCandidate>> retentionCandidates(const QDateTime &before, qint64 afterSeq,
                                                          int limit) override;
    Result<QString> integrityCheck() override;
    Result<QStringList> cipherIntegrityCheck() override;
    Result<QHash<qint64, QString>> pageOwners() override;
    Result<qint64> pageCount() override;
    Result<void> scanProjections(const std::function<bool(const ProjectionRow &)> &visit) override;

    Result<void> addFactsColumn() override;
    Result<void> rewriteChainFields(qint64 seq, const QByteArray &facts, const QByteArray &prevHash,
                                    const QByteArray &hash) override;
    Result<void> recordChainFormula(int formatVersion, int chainFormula) override;

    Result<qint64> insertHold(const LegalHold &hold) override;
    Result<bool> releaseHold(qint64 id, const QDateTime &when, const QString &actor) override;
    Result<QList<LegalHold>> holds(bool includeReleased) override;

    Result<void> putRoute(const Route &route) override;
    Result<bool> removeRoute(const QString &name) override;
    Result<QList<Route>> routes() override;
    Result<void> insertApiKey(const QByteArray &keyHash, const ApiKeyRecord &record) override;
    Result<std::optional<ApiKeyIdentity>> findApiKey(const QByteArray &keyHash) override;
    Result<bool> revokeApiKey(const QString &prefix, const QDateTime &when) override;
    Result<QList<ApiKeyRecord>> apiKeys() override;

private:
    SqlCipherEvidenceBackend(QString connectionName, QString path);
    Result<void> configure(BackendMode mode);
    Result<void> prepareWriteStatements();
    QSqlQuery newQuery() const;
    Result<void> run(QSqlQuery &query, const char *what) const;
    Result<void> runSql(const QString &sql, const char *what) const;
    Error error(const QSqlQuery &query, const char *what) const;
    Result<void> setMeta(const QString &key, const QVariant &value);
    Result<bool> hasFactsColumn() const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    struct WriteStatements;
    std::unique_ptr<WriteStatements> m_write;
};

} // namespace custos
