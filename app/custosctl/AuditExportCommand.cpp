// `custosctl audit export`.
#include "AuditCommand.h"

#include "CommandLine.h"
#include "StoreCommand.h"
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

class AuditExportCommand : public StoreCommand
{
public:
    AuditExportCommand()
        : StoreCommand(
              u"audit export"_s,
              u"Write a signed audit pack for a period: report.pdf, data/*.csv, the signed checkpoints, the "
              "public keys, manifest.json, SHA256SUMS and its signature, README.txt and "
              "tools/verify_chain.py, "
              "as the folder custos-pack_<store>_<from>_<to>_<id> inside --out (or its .zip with --zip). "
              "Only auditors and admins export, re-entering their password; raw payloads are for auditors "
              "only, with a reason. Every export and every refusal is a ledger event. Give the printed "
              "export key fingerprint to the auditor by another channel.\n\n"_s +
                  QString::fromLatin1(kExitCodeHelp))
    {
        addOptions({m_from, m_to, m_service, m_payloads, m_reason, m_outDir, m_zip, m_signIn.as,
                    m_signIn.passwordStdin});
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto request = requestFrom(parser);
        if (!request)
            return complain(request.error().message, AuditBadInput);
        auto session = openSession(parser, false);
        if (!session)
            return complain(session.error().toString(), AuditIoError);
        custos::report::PdfReportRenderer renderer;
        AuditExporter exporter(*session->store, session->users, &renderer,
                               AuditCollector::forStore(*session->store));
        AuditProgress progress;
        if (::isatty(STDERR_FILENO))
            progress.report = [](int percent, const QString &stage) {
                std::fprintf(stderr, "\r%3d%% %-40s", percent, qPrintable(stage));
            };
        auto exported = exporter.exportPack(*request, progress);
        if (progress.report)
            std::fprintf(stderr, "\n");
        if (!exported)
            return complain(exported.error().error.toString(), exitCodeOf(exported.error().kind));
        if (wantsJson(parser))
            printJson(*exported);
        else
            printText(*request, *exported);
        return exported->chainIntact ? AuditOk : AuditChainBroken;
    }

private:
    // The request the command line asks for, the exporter signed in; every error is bad input.
    Result<ExportRequest> requestFrom(const QCommandLineParser &parser) const
    {
        if (!parser.isSet(m_from) || !parser.isSet(m_to) || !parser.isSet(m_outDir) ||
            !parser.isSet(m_signIn.as))
            return fail(u"--from, --to, --out and --as are required"_s);
        ExportRequest request;
        auto fromTime = utcTime(parser.value(m_from), "--from");
        auto toTime = utcTime(parser.value(m_to), "--to");
        if (!fromTime || !toTime)
            return std::unexpected(!fromTime ? fromTime.error() : toTime.error());
        request.scope.from = *fromTime;
        request.scope.to = *toTime;
        request.scope.services = parser.values(m_service);
        const auto mode =
            payloadModeFromName(parser.isSet(m_payloads) ? parser.value(m_payloads) : u"digests"_s);
        if (!mode)
            return fail(
                u"--payloads must be digests, redacted or raw, not '%1'"_s.arg(parser.value(m_payloads)));
        request.scope.payloads = *mode;
        request.scope.reason = parser.value(m_reason);
        request.outDir = parser.value(m_outDir);
        request.zip = parser.isSet(m_zip);
        auto credentials = identity::signInFrom(parser, m_signIn);
        if (!credentials)
            return std::unexpected(credentials.error());
        request.exporter = *credentials;
        return request;
    }

    static void printJson(const ExportResult &exported)
    {
        identity::printJson(QJsonObject{{u"pack"_s, exported.packPath},
                                        {u"pack_id"_s, exported.packId},
                                        {u"pack_fingerprint"_s, exported.packFingerprint},
                                        {u"export_key_fingerprint"_s, exported.exportKeyFingerprint},
                                        {u"chain_intact"_s, exported.chainIntact},
                                        {u"ledger_event"_s, exported.eventSeq}});
    }

    static void printText(const ExportRequest &request, const ExportResult &exported)
    {
        if (exported.to < request.scope.to)
            out() << "period ends             " << exported.to.toString(Qt::ISODateWithMs)
                  << " (when the export ran: --to was in the future)\n";
        out() << "pack                    " << exported.packPath << '\n'
              << "pack fingerprint        " << exported.packFingerprint << '\n'
              << "export key fingerprint  " << exported.exportKeyFingerprint << '\n'
              << "recorded as ledger event " << exported.eventSeq << '\n'
              << "Give the export key fingerprint to the auditor by another channel (phone, letter).\n";
        if (!exported.chainIntact)
            out() << "WARNING: the ledger's chain is broken in this period; report.pdf's verdict names the "
                     "break.\n";
        out() << Qt::flush;
    }

    const QCommandLineOption m_from{u"from"_s, u"Start of the period (inclusive), ISO 8601, UTC."_s,
                                    u"ISO8601"_s};
    const QCommandLineOption m_to{u"to"_s, u"End of the period (exclusive), ISO 8601, UTC."_s, u"ISO8601"_s};
    const QCommandLineOption m_service{u"service"_s, u"Only this service (repeat for several)."_s, u"S"_s};
    const QCommandLineOption m_payloads{u"payloads"_s, u"digests (default), redacted or raw."_s, u"MODE"_s};
    const QCommandLineOption m_reason{u"reason"_s, u"Why raw payloads are needed (required for raw)."_s,
                                      u"TEXT"_s};
    const QCommandLineOption m_outDir{u"out"_s, u"The existing folder to write the pack into."_s, u"DIR"_s};
    const QCommandLineOption m_zip{u"zip"_s, u"Write <pack>.zip instead of the folder."_s};
    // --as and --password-stdin: the exporter signs in as the exception commands' actors do.
    const identity::ExceptionOptions m_signIn;
};

} // namespace

std::unique_ptr<Command> makeAuditExportCommand()
{
    return std::make_unique<AuditExportCommand>();
}

} // namespace custos::ctl::audit
