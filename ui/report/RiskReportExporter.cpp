#include "ui/report/RiskReportExporter.h"

#include "core/audit/RiskReportCollector.h"
#include "core/common/Version.h"
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"
#include "core/surface/Pseudonymiser.h"
#include "core/surface/RiskSurfaceQuery.h"
#include "ui/report/ReportLogging.h"
#include "ui/report/RiskPdfRenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace custos::report {

namespace {

using Kind = RiskReportFailure::Kind;

std::unexpected<RiskReportFailure> failure(Kind kind, Error error)
{
    return std::unexpected(RiskReportFailure{kind, std::move(error)});
}

Error problem(QString message)
{
    return fail(std::move(message)).error();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

RiskReportExporter::RiskReportExporter(EvidenceStore &store, std::shared_ptr<const UserDirectory> users)
    : m_store(store)
    , m_users(std::move(users))
{}

Result<audit::RiskReportScope> RiskReportExporter::periodFor(int days, const QDateTime &now)
{
    auto period = SurfacePeriod::lastDays(days, now.toUTC().date());
    if (!period)
        return std::unexpected(period.error());
    audit::RiskReportScope scope;
    scope.days = days;
    scope.from = period->from();
    scope.to = period->to();
    return scope;
}

Result<void> RiskReportExporter::checkDestination(const QString &pdfPath)
{
    if (pdfPath.isEmpty())
        return fail(u"no output file given"_s);
    const QFileInfo target(pdfPath);
    if (target.isDir())
        return fail(u"cannot write the report: this is a folder, not a file"_s, pdfPath);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(u"cannot write the report: the folder %1 does not exist"_s.arg(
                        QDir::toNativeSeparators(folder.absoluteFilePath())),
                    pdfPath);
    if (!folder.isWritable())
        return fail(u"cannot write the report: the folder %1 is not writable"_s.arg(
                        QDir::toNativeSeparators(folder.absoluteFilePath())),
                    pdfPath);
    if (target.exists() && !target.isWritable())
        return fail(u"cannot write the report: the file exists and is not writable"_s, pdfPath);
    return {};
}

Result<RiskReportExporter::Exporter> RiskReportExporter::authenticate(const Credentials &credentials) const
{
    if (credentials.method != Credentials::Method::Password)
        return fail(u"a report export needs a password sign-in"_s);
    auto user = m_users->authenticate(credentials);
    if (!user)
        return std::unexpected(user.error());
    for (Role role : {Role::Auditor, Role::RiskOfficer, Role::Admin})
        if (user->hasRole(role))
            return Exporter{user->name, roleName(role)};
    return fail(u"%1 may not export risk-surface reports (auditor, risk officer or admin role needed)"_s.arg(
        user->name));
}

RiskReportFailure RiskReportExporter::refuse(const RiskReportRequest &request, Kind kind, const Error &why)
{
    EvidenceEvent event;
    event.kind = EventKind::AuditExport;
    event.actor = request.exporter.user;
    event.payload = QJsonObject{{u"event"_s, u"report_export.refused"_s},
                                {u"report"_s, u"risk_surface"_s},
                                {u"attempted_by"_s, request.exporter.user},
                                {u"days"_s, request.days},
                                {u"reason"_s, why.message}};
    event.searchText = u" "_s;
    if (auto recorded = m_store.append(std::move(event)); !recorded)
        return {kind, problem(why.toString() + u" (and the refusal could not be recorded: "_s +
                              recorded.error().message + u')')};
    return {kind, why};
}

Result<qint64> RiskReportExporter::record(const RiskReportRequest &request, const Exporter &exporter,
                                          const audit::RiskReportFacts &facts, const QString &sha256)
{
    EvidenceEvent event;
    event.kind = EventKind::AuditExport;
    event.actor = exporter.name;
    event.payload = QJsonObject{{u"event"_s, u"report_export"_s},
                                {u"report"_s, u"risk_surface"_s},
                                {u"report_id"_s, facts.scope.reportId},
                                {u"exporter"_s, exporter.name},
                                {u"role"_s, exporter.role},
                                {u"days"_s, request.days},
                                {u"from"_s, facts.scope.from.toString(Qt::ISODateWithMs)},
                                {u"to"_s, facts.scope.to.toString(Qt::ISODateWithMs)},
                                {u"pseudonymised"_s, request.pseudonymise},
                                {u"interactions"_s, facts.interactions},
                                {u"chain_intact"_s, facts.integrity.ok},
                                {u"pdf_sha256"_s, sha256}};
    event.searchText = u" "_s;
    return m_store.append(std::move(event));
}

Result<RiskReport> RiskReportExporter::gather(const audit::RiskReportScope &scope) const
{
    auto period = SurfacePeriod::between(scope.from, scope.to);
    if (!period)
        return std::unexpected(period.error());
    RiskSurfaceOptions options;
    options.period = *period;
    options.pseudonymise = scope.pseudonymised;
    auto surface = RiskSurfaceQuery(m_store).run(options);
    if (!surface)
        return std::unexpected(surface.error());
    audit::RiskReportCollector::PersonName personName;
    if (scope.pseudonymised) {
        auto secret = m_store.fingerprintSecret();
        if (!secret)
            return std::unexpected(secret.error());
        personName = [names = Pseudonymiser(Pseudonymiser::keyFromSecret(*secret))](const QString &name) {
            return names.user(name);
        };
    }
    auto facts = audit::RiskReportCollector(m_store, m_users, personName).collect(scope);
    if (!facts)
        return std::unexpected(facts.error());
    return RiskReport{std::move(*surface), std::move(*facts)};
}

std::expected<RiskReportResult, RiskReportFailure> RiskReportExporter::write(const RiskReportRequest &request,
                                                                             const QString &pdfPath)
{
    auto period =
        periodFor(request.days, request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc());
    if (!period)
        return std::unexpected(refuse(request, Kind::BadInput, period.error()));
    if (auto destination = checkDestination(pdfPath); !destination)
        return std::unexpected(refuse(request, Kind::BadInput, destination.error()));
    auto exporter = authenticate(request.exporter);
    if (!exporter)
        return std::unexpected(refuse(request, Kind::Refused, exporter.error()));

    audit::RiskReportScope scope = *period;
    scope.storeName = QFileInfo(m_store.path()).completeBaseName();
    scope.storeId = m_store.storeId().value_or(QString());
    scope.reportId = u"rr-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    scope.exportedBy = exporter->name;
    scope.exporterRole = exporter->role;
    scope.exportedAt = QDateTime::currentDateTimeUtc();
    scope.pseudonymised = request.pseudonymise;
    scope.custosVersion = QStringLiteral(CUSTOS_VERSION);
    auto report = gather(scope);
    if (!report)
        return failure(Kind::Failed, report.error());
    const audit::RiskReportFacts *facts = &report->facts;
    auto head = m_store.head();
    const QString headHash = head ? QString::fromLatin1(head->hash.toHex()) : QString();
    if (auto rendered = RiskPdfRenderer().render(*report, headHash, pdfPath); !rendered)
        return failure(Kind::Failed, rendered.error());
    const QString sha256 = sha256Of(pdfPath);
    auto seq = record(request, *exporter, *facts, sha256);
    if (!seq) {
        // The ledger must know of every report that exists: without the event, no report.
        QFile::remove(pdfPath);
        return failure(Kind::Failed,
                       problem(u"the report could not be recorded in the ledger: "_s + seq.error().message));
    }
    qCInfo(lcReport) << "risk-surface report" << facts->scope.reportId << "written by" << exporter->name;
    return RiskReportResult{pdfPath,
                            facts->scope.reportId,
                            facts->scope.from,
                            facts->scope.to,
                            facts->interactions,
                            facts->integrity.ok,
                            *seq,
                            sha256};
}

} // namespace custos::report
