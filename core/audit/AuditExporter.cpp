#include "core/audit/AuditExporter.h"

#include "core/audit/AuditPackWriter.h"
#include "core/audit/Ed25519Key.h"
#include "core/audit/PackManifest.h"
#include "core/audit/ZipWriter.h"
#include "core/common/Logging.h"
#include "core/common/Version.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"
#include "core/identity/UserDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

using Kind = ExportFailure::Kind;

ExportFailure exportFailure(Kind kind, Error error)
{
    return ExportFailure{kind, std::move(error)};
}

Error exportProblem(QString message)
{
    return Error{std::move(message), {}, 0, 0};
}

QString compactPackTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMddTHHmmssZ"_s);
}

QJsonObject scopePayload(const AuditScope &scope)
{
    return {{u"from"_s, PackManifest::utcText(scope.from)},
            {u"to"_s, PackManifest::utcText(scope.to)},
            {u"services"_s, QJsonArray::fromStringList(scope.services)},
            {u"payload_mode"_s, payloadModeName(scope.payloads)},
            {u"reason"_s, scope.reason}};
}

bool exportCancelled(const AuditProgress &progress)
{
    return progress.cancel && progress.cancel->load();
}

void reportStage(const AuditProgress &progress, int percent, const QString &stage)
{
    if (progress.report)
        progress.report(percent, stage);
}

} // namespace

AuditExporter::AuditExporter(EvidenceStore &store, std::shared_ptr<const UserDirectory> users,
                             ReportRenderer *renderer, Collect collect)
    : m_store(store)
    , m_users(std::move(users))
    , m_renderer(renderer)
    , m_collect(std::move(collect))
{}

QString AuditExporter::packName(const QString &storeName, const AuditScope &scope, const QString &packId)
{
    return u"custos-pack_%1_%2_%3_%4"_s.arg(storeName, compactPackTime(scope.from), compactPackTime(scope.to),
                                            packId);
}

Result<void> AuditExporter::checkScope(const ExportRequest &request) const
{
    const AuditScope &scope = request.scope;
    if (!scope.from.isValid() || !scope.to.isValid())
        return fail(u"the period needs a valid --from and --to (ISO 8601)"_s);
    if (scope.from >= scope.to)
        return fail(u"--from (%1) is not before --to (%2)"_s.arg(PackManifest::utcText(scope.from),
                                                                 PackManifest::utcText(scope.to)));
    if (scope.from >= QDateTime::currentDateTimeUtc())
        return fail(u"--from (%1) is in the future: the period holds nothing yet"_s.arg(
            PackManifest::utcText(scope.from)));
    if (scope.payloads == PayloadMode::Raw && scope.reason.trimmed().isEmpty())
        return fail(u"raw payloads need a reason (--reason TEXT), which the ledger records"_s);
    if (!request.packId.isEmpty() &&
        !QRegularExpression(u"^[0-9a-f]{4,32}$"_s).match(request.packId).hasMatch())
        return fail(u"a pack id is 4 to 32 lower-case hex digits"_s);
    const QFileInfo out(request.outDir);
    if (!out.exists())
        return fail(u"the destination folder does not exist"_s, request.outDir);
    if (!out.isDir())
        return fail(u"the destination exists and is not a folder"_s, request.outDir);
    if (!out.isWritable())
        return fail(u"the destination folder is not writable"_s, request.outDir);
    return {};
}

Result<AuditExporter::Exporter> AuditExporter::authenticate(const ExportRequest &request) const
{
    if (request.exporter.method != Credentials::Method::Password)
        return fail(u"an export needs a password sign-in"_s);
    auto user = m_users->authenticate(request.exporter);
    if (!user)
        return std::unexpected(user.error());
    const bool auditor = user->hasRole(Role::Auditor);
    if (!auditor && !user->hasRole(Role::Admin))
        return fail(u"%1 may not export audit packs (auditor or admin role needed)"_s.arg(user->name));
    if (request.scope.payloads == PayloadMode::Raw && !auditor)
        return fail(u"raw payloads are for auditors only; %1 is not one"_s.arg(user->name));
    return Exporter{user->name, roleName(auditor ? Role::Auditor : Role::Admin)};
}

Result<void> AuditExporter::checkServices(const AuditScope &scope) const
{
    for (const QString &service : scope.services) {
        EvidenceQuery query;
        query.service = service;
        query.limit = 1;
        auto seen = m_store.query(query);
        if (!seen)
            return std::unexpected(seen.error());
        if (seen->events.isEmpty())
            return fail(u"unknown service '%1': the ledger has never seen it"_s.arg(service));
    }
    return {};
}

Result<void> AuditExporter::ensureClosingCheckpoint(const AuditScope &scope)
{
    auto checkpoints = m_store.checkpoints();
    auto head = m_store.head();
    if (!checkpoints || !head)
        return std::unexpected(!checkpoints ? checkpoints.error() : head.error());
    // Ledger times only grow, so a checkpoint at or after `to` covers every event before it.
    const bool covered = !checkpoints->isEmpty() && checkpoints->constLast().time >= scope.to;
    return covered ? Result<void>{} : m_store.checkpointNow();
}

ExportFailure AuditExporter::refuse(const ExportRequest &request, Kind kind, const Error &why)
{
    EvidenceEvent event;
    event.kind = EventKind::AuditExport;
    event.actor = request.exporter.user;
    event.payload = QJsonObject{{u"event"_s, u"audit_export.refused"_s},
                                {u"attempted_by"_s, request.exporter.user},
                                {u"reason"_s, why.message},
                                {u"scope"_s, scopePayload(request.scope)}};
    event.searchText = u" "_s;
    if (auto recorded = m_store.append(std::move(event)); !recorded)
        return exportFailure(kind,
                             exportProblem(why.toString() + u" (and the refusal could not be recorded: "_s +
                                           recorded.error().message + u')'));
    qCInfo(lcAudit) << "refused an audit export by" << request.exporter.user;
    return exportFailure(kind, why);
}

Result<qint64> AuditExporter::record(const ExportRequest &request, const Exporter &exporter,
                                     const ExportResult &result)
{
    QJsonObject counts;
    for (auto it = result.rowCounts.begin(); it != result.rowCounts.end(); ++it)
        counts.insert(it.key(), it.value());
    EvidenceEvent event;
    event.kind = EventKind::AuditExport;
    event.actor = exporter.name;
    event.payload = QJsonObject{{u"event"_s, u"audit_export"_s},
                                {u"exporter"_s, exporter.name},
                                {u"role"_s, exporter.role},
                                {u"scope"_s, scopePayload(request.scope)},
                                {u"payload_mode"_s, payloadModeName(request.scope.payloads)},
                                {u"reason"_s, request.scope.reason},
                                {u"pack_id"_s, result.packId},
                                {u"pack_fingerprint"_s, result.packFingerprint},
                                {u"sha256sums_sha256"_s, result.sumsSha256},
                                {u"export_key_fingerprint"_s, result.exportKeyFingerprint},
                                {u"chain_intact"_s, result.chainIntact},
                                {u"zip"_s, request.zip},
                                {u"counts"_s, counts}};
    event.searchText = u" "_s;
    return m_store.append(std::move(event));
}

ExportOutcome AuditExporter::exportPack(const ExportRequest &asked, const AuditProgress &progress)
{
    if (auto scope = checkScope(asked); !scope)
        return std::unexpected(refuse(asked, Kind::BadInput, scope.error()));
    // A checkpoint taken now closes only the part of a period that has ended: events of the rest
    // could be recorded after it, unsigned. So a period reaching into the future ends now.
    ExportRequest request = asked;
    request.scope.to = std::min(asked.scope.to, QDateTime::currentDateTimeUtc());
    auto exporter = authenticate(request);
    if (!exporter)
        return std::unexpected(refuse(request, Kind::Refused, exporter.error()));
    if (auto services = checkServices(request.scope); !services)
        return std::unexpected(refuse(request, Kind::BadInput, services.error()));
    return write(request, *exporter, progress);
}

ExportOutcome AuditExporter::write(const ExportRequest &request, const Exporter &exporter,
                                   const AuditProgress &progress)
{
    ExportResult result;
    result.to = request.scope.to;
    result.packId = request.packId.isEmpty()
                        ? QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0')
                        : request.packId;
    const QString storeName = QFileInfo(m_store.path()).completeBaseName();
    const QString folder =
        QDir(request.outDir).absoluteFilePath(packName(storeName, request.scope, result.packId));
    if (QFileInfo::exists(folder) || QFileInfo::exists(folder + u".zip"_s))
        return std::unexpected(
            refuse(request, Kind::BadInput, exportProblem(u"the destination already exists: "_s + folder)));
    // The key first: making it appends an admin event, which the closing checkpoint must cover.
    auto exportKey = m_store.exportPublicKey();
    if (!exportKey)
        return std::unexpected(exportFailure(Kind::Failed, exportKey.error()));
    if (auto closed = ensureClosingCheckpoint(request.scope); !closed)
        return std::unexpected(exportFailure(Kind::Failed, closed.error()));
    auto writer = AuditPackWriter::create(folder, request.scope.payloads);
    if (!writer)
        return std::unexpected(exportFailure(Kind::Failed, writer.error()));

    reportStage(progress, 0, u"collecting"_s);
    auto dataset = m_collect(request.scope, **writer, progress);
    if (!dataset || exportCancelled(progress))
        return std::unexpected(exportCancelled(progress)
                                   ? exportFailure(Kind::Cancelled, exportProblem(u"cancelled"_s))
                                   : exportFailure(Kind::Failed, dataset.error()));
    reportStage(progress, 90, u"writing checkpoints and keys"_s);
    auto fingerprint = (*writer)->writeEvidence(*dataset, *exportKey);
    if (!fingerprint)
        return std::unexpected(exportFailure(Kind::Failed, fingerprint.error()));

    AuditReport pdf = dataset->report;
    ReportScope &scope = pdf.scope;
    scope.storeId = dataset->storeId;
    scope.storeName = storeName;
    scope.services = request.scope.services;
    scope.from = request.scope.from;
    scope.to = request.scope.to;
    scope.packId = result.packId;
    scope.packFingerprint = *fingerprint;
    scope.exportKeyFingerprint = ed25519::fingerprint(*exportKey);
    scope.checkpointKeyFingerprint = ed25519::fingerprint(dataset->checkpointPublicKey);
    scope.payloadMode = payloadModeName(request.scope.payloads);
    scope.exportedBy = exporter.name;
    scope.exporterRole = exporter.role;
    scope.exportedAt = QDateTime::currentDateTimeUtc();
    scope.custosVersion = custos::version();
    pdf.csvRowCounts = (*writer)->rowCounts(); // what the files hold, so the PDF cannot disagree with them
    reportStage(progress, 93, u"drawing the report"_s);
    if (m_renderer)
        if (auto drawn = m_renderer->render(pdf, (*writer)->reportPath()); !drawn)
            return std::unexpected(exportFailure(Kind::Failed, drawn.error()));
    if (exportCancelled(progress))
        return std::unexpected(exportFailure(Kind::Cancelled, exportProblem(u"cancelled"_s)));

    reportStage(progress, 97, u"signing"_s);
    auto sums = (*writer)->seal(*dataset, scope,
                                [this](QByteArrayView bytes) { return m_store.signWithExportKey(bytes); });
    if (!sums)
        return std::unexpected(exportFailure(Kind::Failed, sums.error()));
    if (auto committed = (*writer)->commit(); !committed)
        return std::unexpected(exportFailure(Kind::Failed, committed.error()));

    result.packPath = folder;
    if (request.zip) {
        auto zipped = ZipWriter::zipFolder(folder, folder + u".zip"_s, scope.exportedAt);
        QDir(folder).removeRecursively(); // zipped or not: a failed export leaves nothing behind
        if (!zipped)
            return std::unexpected(exportFailure(Kind::Failed, zipped.error()));
        result.packPath = folder + u".zip"_s;
    }
    result.packFingerprint = *fingerprint;
    result.exportKeyFingerprint = scope.exportKeyFingerprint;
    result.sumsSha256 = QString::fromLatin1(ledger::sha256(*sums).toHex());
    result.chainIntact = dataset->chainIntact;
    result.rowCounts = pdf.csvRowCounts;
    auto seq = record(request, exporter, result);
    if (!seq) {
        // An export the ledger does not know of must not exist.
        if (request.zip)
            QFile::remove(result.packPath);
        else
            QDir(result.packPath).removeRecursively();
        return std::unexpected(
            exportFailure(Kind::Failed, exportProblem(u"the export could not be recorded, so the pack was "
                                                      "removed: "_s +
                                                      seq.error().message)));
    }
    result.eventSeq = *seq;
    reportStage(progress, 100, u"done"_s);
    return result;
}

} // namespace custos::audit
