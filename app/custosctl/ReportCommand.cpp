// `custosctl report risk-surface`: the risk-surface report of the last N days as a PDF, the same
// writer the console's dashboard "Export…" runs (ui/report's RiskReportExporter).
#include "CommandGroup.h"
#include "CommandRegistry.h"
#include "identity/ExceptionsCli.h"

#include "ui/report/RiskReportExporter.h"

#include <QJsonObject>

namespace custos::ctl::report {
namespace {

// As `audit export`'s, so scripts can treat both alike.
enum ReportExit : int {
    ReportOk = 0,
    ReportBadInput = 2,    // the command line, the period or --out is wrong
    ReportIoError = 3,     // the store cannot be opened (missing, wrong key) or the PDF cannot be written
    ReportRefused = 4,     // wrong role or password (the refusal is in the ledger)
    ReportChainBroken = 5, // written, but the ledger's chain does not verify: the report says where
};

const QString kUsage = QStringLiteral(
    "usage: custosctl report risk-surface --out FILE.pdf --as USER [--days N] [--pseudonymise]\n"
    "Every form takes --store PATH and the store key (--key-file, --keychain or CUSTOS_PASSPHRASE).\n");

int exitCodeOf(custos::report::RiskReportFailure::Kind kind)
{
    using Kind = custos::report::RiskReportFailure::Kind;
    switch (kind) {
    case Kind::BadInput:
        return ReportBadInput;
    case Kind::Refused:
        return ReportRefused;
    case Kind::Failed:
        break;
    }
    return ReportIoError;
}

class ReportRiskSurfaceCommand : public Command
{
public:
    ReportRiskSurfaceCommand()
        : Command(QStringLiteral("report risk-surface"),
                  QStringLiteral(
                      "Write the risk-surface report of the last --days UTC days (today included) as a "
                      "PDF/A-1b file: integrity, volume, who and where, decisions, rules (dead ones and "
                      "ones ready to enforce), exceptions, alerts and their resolution, weekly trends and "
                      "budgets recommended from the observed 99th percentile. Only auditors, risk officers "
                      "and admins export, re-entering their password; every export and refusal is a "
                      "ledger event. A failure leaves no file at --out.\n\nExit codes: 0 written, 2 bad "
                      "input, 3 store or file error, 4 refused, 5 written but the chain does not verify."))
    {
        addOptions({m_days, m_out, m_pseudonymise, m_options.as, m_options.passwordStdin});
        const auto &store = m_options.ledger.store;
        addOptions({store.store, store.keyFile, store.keychain, store.json});
        requireOption(m_out);
        requireOption(m_options.as);
        requireOption(store.store);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        bool numeric = false;
        const int days = parser.value(m_days).toInt(&numeric);
        if (!numeric || days < 1)
            return complain(QStringLiteral("--days must be a positive number of days, not '%1'")
                                .arg(parser.value(m_days)),
                            ReportBadInput);
        // Checked before the password prompt, so a typo in --out costs no sign-in.
        if (auto destination = custos::report::RiskReportExporter::checkDestination(parser.value(m_out));
            !destination)
            return complain(destination.error().toString(), ReportBadInput);
        auto credentials = identity::signInFrom(parser, m_options);
        if (!credentials)
            return complain(credentials.error().message, ReportBadInput);
        auto session = identity::openSession(parser, m_options.ledger, false);
        if (!session)
            return complain(session.error().toString(), ReportIoError);

        custos::report::RiskReportRequest request;
        request.days = days;
        request.pseudonymise = parser.isSet(m_pseudonymise);
        request.exporter = *credentials;
        custos::report::RiskReportExporter exporter(*session->store, session->users);
        auto written = exporter.write(request, parser.value(m_out));
        if (!written)
            return complain(written.error().error.toString(), exitCodeOf(written.error().kind));
        print(parser, *written);
        return written->chainIntact ? ReportOk : ReportChainBroken;
    }

private:
    void print(const QCommandLineParser &parser, const custos::report::RiskReportResult &written) const
    {
        if (parser.isSet(m_options.ledger.store.json)) {
            identity::printJson(QJsonObject{{QStringLiteral("report"), written.path},
                                            {QStringLiteral("report_id"), written.reportId},
                                            {QStringLiteral("from"), identity::isoTime(written.from)},
                                            {QStringLiteral("to"), identity::isoTime(written.to)},
                                            {QStringLiteral("interactions"), written.interactions},
                                            {QStringLiteral("chain_intact"), written.chainIntact},
                                            {QStringLiteral("sha256"), written.sha256},
                                            {QStringLiteral("ledger_event"), written.eventSeq}});
            return;
        }
        out() << "report                   " << written.path << '\n'
              << "report id                " << written.reportId << '\n'
              << "period (UTC)             " << identity::isoTime(written.from) << " to "
              << identity::isoTime(written.to) << '\n'
              << "interactions             " << written.interactions << '\n'
              << "sha256                   " << written.sha256 << '\n'
              << "recorded as ledger event " << written.eventSeq << '\n';
        if (!written.chainIntact)
            out()
                << "WARNING: the ledger's chain does not verify; section 2 of the report names the damage.\n";
        out() << Qt::flush;
    }

    identity::ExceptionOptions m_options;
    const QCommandLineOption m_days{
        QStringLiteral("days"),
        QStringLiteral("The period: this many UTC days ending with today (7, 30, 90 or any "
                       "positive number up to 366)."),
        QStringLiteral("N"), QStringLiteral("30")};
    const QCommandLineOption m_out{QStringLiteral("out"), QStringLiteral("The PDF file to write."),
                                   QStringLiteral("FILE")};
    const QCommandLineOption m_pseudonymise{
        QStringLiteral("pseudonymise"),
        QStringLiteral(
            "Name users and services by stable keyed pseudonyms (as the dashboard does), not by name.")};
};

std::shared_ptr<Command> makeReportGroup()
{
    auto group = std::make_shared<CommandGroup>(QStringLiteral("report"), kUsage);
    group->add(std::make_unique<ReportRiskSurfaceCommand>());
    return group;
}

const CommandRegistration registration(QStringLiteral("write the risk-surface report (PDF)"),
                                       makeReportGroup());

} // namespace
} // namespace custos::ctl::report
