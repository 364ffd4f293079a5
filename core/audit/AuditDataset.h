#pragma once

#include "core/audit/AuditReport.h"
#include "core/evidence/Checkpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
    QDateTime from; // inclusive, UTC
    QDateTime to;   // exclusive, UTC
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

// One CSV file. Cells are final text; the writer only escapes and neutralises them. Rows are in a
// deterministic order (by seq, then id), so two exports of one scope give byte-identical files.
struct CsvTable
{
    QString fileName; // "interactions.csv"
    QString description;
    QList<CsvColumn> columns;
    QList<QStringList> rows;
};

// One ledger payload as stored, for payloads.jsonl in raw mode: the canonical JSON bytes, which
// hash (SHA-256) to the digest chain.csv records for that seq.
struct RawPayload
{
    qint64 seq = 0;
    QByteArray canonicalJson;
    QByteArray digest; // raw 32 bytes
};

// The files the collector hands the writer. Column names the pack's tools rely on:
//   chain.csv:       seq, time_utc, kind, actor, policy_hash, service, in_scope, tombstoned,
//                    payload_digest, prev_hash, hash  (hex, lower case; every event from the
//                    anchor checkpoint's seq + 1 (or 1) to the closing checkpoint's seq)
//   checkpoints.csv: seq, hash, time_utc, time_ms, signature, message_file, signature_file
struct AuditDataset
{
    AuditScope scope;
    QString storeId;
    QString storeName;
    QList<CsvTable> tables; // interactions, rule_hits, policy_versions, exceptions, exception_events,
                            // chain, checkpoints, principals, gaps, retention
    QList<Checkpoint> checkpoints; // every checkpoint from the anchor to the closing one, in seq order
    QByteArray checkpointPublicKey; // raw 32-byte Ed25519
    QList<RawPayload> rawPayloads;  // raw mode only, in-scope events in seq order
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

} // namespace custos::audit
