#pragma once

#include "core/audit/AuditDataset.h"
#include "core/audit/ReportRenderer.h"
#include "core/identity/Credentials.h"

#include <QMap>

#include <expected>
#include <functional>
#include <memory>

namespace custos {
class EvidenceStore;
class UserDirectory;
} // namespace custos

namespace custos::audit {

struct ExportRequest
{
    AuditScope scope;
    QString outDir;       // an existing, writable folder; the pack is made inside it
    bool zip = false;     // also write <pack>.zip and remove the folder
    Credentials exporter; // an auditor or admin, signing in with their password
    QString packId;       // empty: a fresh random id (set only to re-export under a known name)
};

struct ExportResult
{
    QString packPath; // the folder, or the .zip
    QString packId;
    QString packFingerprint;
    QString exportKeyFingerprint;
    QString sumsSha256; // hex SHA-256 of SHA256SUMS
    bool chainIntact = true;
    QDateTime to; // the period's end as exported: the request's, or the export's time when that was later
    qint64 eventSeq = 0; // the audit_export ledger event
    QMap<QString, qint64> rowCounts;
};

// Why an export did not happen, so callers (custosctl's exit codes, the console) can tell a refusal
// from bad input from a failure while writing without reading the message.
struct ExportFailure
{
    enum class Kind { BadInput, Refused, Failed, Cancelled };
    Kind kind = Kind::Failed;
    Error error;
};

using ExportOutcome = std::expected<ExportResult, ExportFailure>;

// The whole export, as `custosctl audit export` and the console run it: checks the scope and the
// destination, authenticates the exporter (auditor or admin; raw payloads for auditors only, with a
// reason), makes sure a checkpoint closes the period, collects the evidence into an
// AuditPackWriter, draws the PDF through the caller's renderer, seals, renames, and records an
// audit_export ledger event. Every refusal is recorded too, with who and why. Any failure or
// cancel leaves no pack behind.
class AuditExporter
{
public:
    // The collector's contract (AuditCollector::collect); a function, so tests can feed hand-made tables.
    using Collect =
        std::function<Result<AuditDataset>(const AuditScope &, TableSink &, const AuditProgress &)>;

    // `renderer` may be null only where no PDF can be drawn (core-only tests): the pack then has
    // no report.pdf.
    AuditExporter(EvidenceStore &store, std::shared_ptr<const UserDirectory> users, ReportRenderer *renderer,
                  Collect collect);

    ExportOutcome exportPack(const ExportRequest &asked, const AuditProgress &progress = {});

    // "custos-pack_<store>_<from>_<to>_<id>", times as compact UTC (20261101T000000Z).
    static QString packName(const QString &storeName, const AuditScope &scope, const QString &packId);

private:
    struct Exporter
    {
        QString name;
        QString role;
    };
    Result<void> checkScope(const ExportRequest &request) const;
    Result<Exporter> authenticate(const ExportRequest &request) const;
    Result<void> checkServices(const AuditScope &scope) const;
    Result<void> ensureClosingCheckpoint(const AuditScope &scope);
    ExportOutcome write(const ExportRequest &request, const Exporter &exporter,
                        const AuditProgress &progress);
    ExportFailure refuse(const ExportRequest &request, ExportFailure::Kind kind, const Error &why);
    Result<qint64> record(const ExportRequest &request, const Exporter &exporter, const ExportResult &result);

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
    ReportRenderer *m_renderer;
    Collect m_collect;
};

} // namespace custos::audit
