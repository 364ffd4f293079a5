#pragma once

#include "core/audit/AuditDataset.h"
#include "core/audit/PackFile.h"

#include <QJsonObject>
#include <QMap>

#include <functional>
#include <memory>

namespace custos::audit {

// Writes an audit pack folder. Everything goes into a hidden staging folder beside the destination,
// which is renamed into place (never over an existing one) only by commit(): a failure, a cancel or
// a crash before then leaves no pack, and the destructor removes the staging folder.
//
// Order of use (AuditExporter does this):
//   1. create(); the collector streams the tables through the TableSink methods (data/*.csv) and,
//      in raw mode, the payloads (payloads.jsonl with its line index data/payloads.csv);
//   2. writeEvidence(): checkpoints/, keys/, README.txt, tools/verify_chain.py; returns the pack
//      fingerprint, which the PDF shows, so it is fixed before report.pdf is drawn at reportPath();
//   3. seal(): manifest.json, SHA256SUMS and SHA256SUMS.sig;
//   4. commit(): the rename.
class AuditPackWriter final : public TableSink
{
public:
    using Signer = std::function<Result<QByteArray>(QByteArrayView message)>;

    static Result<std::unique_ptr<AuditPackWriter>> create(const QString &destination, PayloadMode mode);
    ~AuditPackWriter() override;

    Result<void> beginTable(const CsvTable &table) override;
    Result<void> row(const QStringList &cells) override;
    Result<void> endTable() override;
    Result<void> rawPayload(const RawPayload &payload) override;

    Result<QString> writeEvidence(const AuditDataset &dataset, QByteArrayView exportPublicKey);
    QString reportPath() const;
    // `scope` is the report's scope with every pack field filled in. Returns SHA256SUMS's content.
    Result<QByteArray> seal(const AuditDataset &dataset, const ReportScope &scope, const Signer &sign);
    Result<void> commit();

    QString destination() const { return m_destination; }
    QString stagingPath() const { return m_staging; }
    const QList<PackEntry> &entries() const { return m_entries; }
    QString packFingerprint() const { return m_fingerprint; }
    // Data rows of every data/*.csv as written, by file name ("interactions.csv").
    QMap<QString, qint64> rowCounts() const;

private:
    AuditPackWriter(QString destination, QString staging, PayloadMode mode);
    Result<void> add(Result<PackEntry> entry);
    Result<void> openRawPayloads();
    Result<void> closeRawPayloads();
    Result<void> writeCheckpoints(const AuditDataset &dataset);
    Result<void> writeKeys(const AuditDataset &dataset, QByteArrayView exportPublicKey);
    Result<void> addReport();
    void removeStaging();

    QString m_destination;
    QString m_staging;
    PayloadMode m_mode;
    QList<PackEntry> m_entries;
    QString m_fingerprint;
    bool m_committed = false;

    // The table being streamed.
    std::unique_ptr<PackFile> m_table;
    QList<bool> m_numeric;
    QString m_tableName;
    QByteArray m_line;

    // Raw mode.
    std::unique_ptr<PackFile> m_payloads;
    std::unique_ptr<PackFile> m_payloadIndex;
    qint64 m_lastPayloadSeq = 0;
};

} // namespace custos::audit
