// `custosctl audit export`.
#include "AuditCommand.h"

#include "CommandLine.h"
#include "identity/ExceptionsCli.h"

#include "core/audit/AuditCollector.h"
#include "core/audit/AuditExporter.h"
#include "ui/report/PdfReportRenderer.h"

#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos::ctl::audit {

using namespace custos::audit;

namespace {

// ISO 8601; a time without an offset is UTC, a bare date its midnight UTC.
Result<QDateTime> utcTime(const QString &text, const char *flag)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::UTC);
    } else if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeZone(QTimeZone::UTC);
    }
    if (!time.isValid())
        return fail(u"%1 '%2' is not an ISO 8601 time (e.g. 2026-11-01T00:00:00Z)"_s.arg(
            QLatin1StringView(flag), text));
    return time.toUTC();
}

int exitCodeOf(ExportFailure::Kind kind)
{
    switch (kind) {
    case ExportFailure::Kind::BadInput:
        return AuditBadInput;
    case ExportFailure::Kind::Refused:
        return AuditRefused;
    case ExportFailure::Kind::Failed:
    case ExportFailure::Kind::Cancelled:
        break;
    }
    return AuditIoError;
}

int usage(const QString &message)
{
    err() << "custosctl audit export: " << message << Qt::endl;
    return AuditBadInput;
}

} // namespace

int runExport(const QStringList &arguments)
{
    const QString verb = u"audit export"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write a signed audit pack for a period: report.pdf, data/*.csv, the signed checkpoints, the "
        "public keys, manifest.json, SHA256SUMS and its signature, README.txt and tools/verify_chain.py, "
        "as the folder custos-pack_<store>_<from>_<to>_<id> inside --out (or its .zip with --zip). "
        "Only auditors and admins export, re-entering their password; raw payloads are for auditors "
        "only, with a reason. Every export and every refusal is a ledger event. Give the printed "
        "export key fingerprint to the auditor by another channel.\n\n"_s +
        QString::fromLatin1(kExitCodeHelp));
    identity::ExceptionOptions options;
    const QCommandLineOption from(u"from"_s, u"Start of the period (inclusive), ISO 8601, UTC."_s,
                                  u"ISO8601"_s);
    const QCommandLineOption to(u"to"_s, u"End of the period (exclusive), ISO 8601, UTC."_s, u"ISO8601"_s);
    const QCommandLineOption service(u"service"_s, u"Only this service (repeat for several)."_s, u"S"_s);
    const QCommandLineOption payloads(u"payloads"_s, u"digests (default), redacted or raw."_s, u"MODE"_s);
    const QCommandLineOption reason(u"reason"_s, u"Why raw payloads are needed (required for raw)."_s,
                                    u"TEXT"_s);
    const QCommandLineOption outDir(u"out"_s, u"The existing folder to write the pack into."_s, u"DIR"_s);
    const QCommandLineOption zip(u"zip"_s, u"Write <pack>.zip instead of the folder."_s);
    parser.addOptions({from, to, service, payloads, reason, outDir, zip, options.as, options.passwordStdin});
    if (const int code = identity::parse(parser, options.ledger, verb, arguments); code >= 0)
        return code == ExitOk ? AuditOk : AuditBadInput;
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.isSet(outDir) || !parser.isSet(options.as))
        return usage(u"--from, --to, --out and --as are required"_s);
    ExportRequest request;
    auto fromTime = utcTime(parser.value(from), "--from");
    auto toTime = utcTime(parser.value(to), "--to");
    if (!fromTime || !toTime)
        return usage(!fromTime ? fromTime.error().message : toTime.error().message);
    request.scope.from = *fromTime;
    request.scope.to = *toTime;
    request.scope.services = parser.values(service);
    const auto mode = payloadModeFromName(parser.isSet(payloads) ? parser.value(payloads) : u"digests"_s);
    if (!mode)
        return usage(u"--payloads must be digests, redacted or raw, not '%1'"_s.arg(parser.value(payloads)));
    request.scope.payloads = *mode;
    request.scope.reason = parser.value(reason);
    request.outDir = parser.value(outDir);
    request.zip = parser.isSet(zip);
    auto credentials = identity::signInFrom(parser, options);
    if (!credentials)
        return usage(credentials.error().message);
    request.exporter = *credentials;

    auto session = identity::openSession(parser, options.ledger, false);
    if (!session)
        return identity::report(verb, session.error(), AuditIoError);
    custos::report::PdfReportRenderer renderer;
    AuditExporter exporter(*session->store, session->users, &renderer,
                           AuditCollector::forStore(*session->store));
    AuditProgress progress;
    if (::isatty(STDERR_FILENO))
        progress.report = [](int percent, const QString &stage) {
            std::fprintf(stderr, "\r%3d%% %-40s", percent, qPrintable(stage));
        };
    auto exported = exporter.exportPack(request, progress);
    if (progress.report)
        std::fprintf(stderr, "\n");
    if (!exported)
        return identity::report(verb, exported.error().error, exitCodeOf(exported.error().kind));
    if (parser.isSet(options.ledger.store.json)) {
        identity::printJson(QJsonObject{{u"pack"_s, exported->packPath},
                                        {u"pack_id"_s, exported->packId},
                                        {u"pack_fingerprint"_s, exported->packFingerprint},
                                        {u"export_key_fingerprint"_s, exported->exportKeyFingerprint},
                                        {u"chain_intact"_s, exported->chainIntact},
                                        {u"ledger_event"_s, exported->eventSeq}});
    } else {
        if (exported->to < request.scope.to)
            out() << "period ends             " << exported->to.toString(Qt::ISODateWithMs)
                  << " (when the export ran: --to was in the future)\n";
        out() << "pack                    " << exported->packPath << '\n'
              << "pack fingerprint        " << exported->packFingerprint << '\n'
              << "export key fingerprint  " << exported->exportKeyFingerprint << '\n'
              << "recorded as ledger event " << exported->eventSeq << '\n'
              << "Give the export key fingerprint to the auditor by another channel (phone, letter).\n";
        if (!exported->chainIntact)
            out() << "WARNING: the ledger's chain is broken in this period; report.pdf's verdict names the "
                     "break.\n";
        out() << Qt::flush;
    }
    return exported->chainIntact ? AuditOk : AuditChainBroken;
}

} // namespace custos::ctl::audit
