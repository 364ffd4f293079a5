#pragma once

#include "core/audit/AuditReport.h"
#include "core/common/Error.h"
#include "core/evidence/Checkpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// Everything an audit pack holds, gathered from the ledger by AuditCollector and written to disk
// by AuditPackWriter. The collector knows what the evidence means; the writer knows the file
// formats (RFC 4180, BOM, CRLF, formula neutralising, sums, signatures). Neither does the other's job.
namespace custos::audit {

enum class PayloadMode { Digests, Redacted, Raw };
QString payloadModeName(PayloadMode mode); // "digests", "redacted", "raw"
std::optional<PayloadMode> payloadModeFromName(QStringView name);

// What the exporter asked for.
struct AuditScope
{
    QDateTime from;       // inclusive, UTC
    QDateTime to;         // exclusive, UTC
    QStringList services; // empty: every service
    PayloadMode payloads = PayloadMode::Digests;
    QString reason; // required for raw
};

struct CsvColumn
{
    QString name;         // times end in _utc (ISO 8601, UTC, millisecond precision, "Z")
    bool numeric = false; // written as is, never neutralised
    QString meaning;      // one line for the column dictionary (README.txt, the PDF, the project README)
};

// One CSV file's header. Its rows are streamed (TableSink::row), never held: a 30-day pack of a
// busy store has millions of rows and must stay within 300 MB.
struct CsvTable
{
    QString fileName; // "interactions.csv"
    QString description;
    QList<CsvColumn> columns;
    qint64 rowCount = 0; // filled in once the table is complete
};

// One ledger payload as stored, for payloads.jsonl in raw mode: the canonical JSON bytes, which
// hash (SHA-256) to the digest chain.csv records for that seq.
struct RawPayload
{
    qint64 seq = 0;
    QByteArray canonicalJson;
    QByteArray digest; // raw 32 bytes
};

// Where the collector streams rows. Cells are final text; the sink only escapes and neutralises
// them. Rows come in a deterministic order (by seq, then id), so two exports of one scope give
// byte-identical files. Tables come one after another: beginTable, rows, endTable.
class TableSink
{
public:
    virtual ~TableSink() = default;
    virtual Result<void> beginTable(const CsvTable &table) = 0;
    virtual Result<void> row(const QStringList &cells) = 0; // one cell per column
    virtual Result<void> endTable() = 0;
    virtual Result<void> rawPayload(const RawPayload &payload) = 0; // raw mode only, seq order
};

// Progress and cancellation for long exports (the console runs them on a worker thread).
struct AuditProgress
{
    std::function<void(int percent, const QString &stage)> report; // may be empty
    const std::atomic_bool *cancel = nullptr; // when set and true, work stops with an error "cancelled"
};

// What the collector hands the writer besides the streamed rows. Column names the pack's tools rely on:
//   chain.csv:       seq, time_utc, kind, actor, policy_hash, service, in_scope, tombstoned,
//                    payload_digest, prev_hash, hash  (hex, lower case; every event from the
//                    anchor checkpoint's seq + 1 (or 1) to the closing checkpoint's seq)
//   checkpoints.csv: seq, hash, time_utc, time_ms, signature, message_file, signature_file
struct AuditDataset
{
    AuditScope scope;
    QString storeId;
    QString storeName;
    QList<CsvTable>
        tables; // headers and row counts, in the order streamed: interactions, rule_hits, policy_versions,
                // exceptions, exception_events, chain, checkpoints, principals, gaps, retention
    QList<Checkpoint> checkpoints;  // every checkpoint from the anchor to the closing one, in seq order
    QByteArray checkpointPublicKey; // raw 32-byte Ed25519
    qint64 anchorSeq = 0;           // chain.csv starts after this (0: genesis)
    QByteArray anchorHash;          // hash at anchorSeq (genesis: 32 zero bytes)
    bool chainIntact = true;        // the collector's own recomputation agreed with the checkpoints
    AuditReport report;             // the PDF's content; scope.pack* fields are filled by the writer

    const CsvTable *table(const QString &fileName) const
    {
        for (const CsvTable &t : tables)
            if (t.fileName == fileName)
                return &t;
        return nullptr;
    }
};

// The contract of the collector (core/audit/AuditCollector.h):
//   class AuditCollector {
//   public:
//       explicit AuditCollector(const EvidenceStore &store);
//       Result<AuditDataset> collect(const AuditScope &scope, TableSink &sink, const AuditProgress &progress
//       = {});
//   };
// The caller (AuditExporter) has already checked the scope, the exporter's role and password, and
// made sure a checkpoint exists at or after scope.to.

} // namespace custos::audit
