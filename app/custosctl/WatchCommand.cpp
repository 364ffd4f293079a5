// `custosctl watch simulate | run`: the slow-exfiltration watchers in simulated time over a JSONL
// file, or over the store's ledger now (on demand).
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "identity/IdentityCli.h"

#include "core/watch/WatchService.h"
#include "core/watch/WatchSimulator.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::watch {

namespace {

int simulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Run the real scanner, fingerprints and watchers in simulated time over FILE.jsonl, one "
        "{\"time\",\"user\",\"service\",\"route\",\"model\",\"direction\",\"text\"} per line, and print each "
        "alert as a JSON line. Bad lines are named on standard error and skipped."_s);
    parser.addHelpOption();
    const QCommandLineOption policyOption(
        u"policy"_s, u"The policy file (detectors and its watch: section)."_s, u"FILE"_s);
    parser.addOption(policyOption);
    parser.addPositionalArgument(u"FILE"_s, u"Interactions, one JSON object per line."_s);
    if (!parser.parse(arguments.isEmpty() ? QStringList{u"simulate"_s}
                                          : QStringList{u"simulate"_s} + arguments)) {
        err() << "custosctl watch simulate: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    const QString verb = u"watch simulate"_s;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(policyOption))
        return identity::report(
            verb, fail(u"usage: custosctl watch simulate FILE.jsonl --policy FILE"_s).error(), ExitUsage);
    auto policy = identity::policyFrom(parser.value(policyOption));
    if (!policy)
        return identity::report(verb, policy.error(), ExitFailure);
    QFile input(parser.positionalArguments().constFirst());
    if (!input.open(QIODevice::ReadOnly))
        return identity::report(
            verb, fail(u"cannot read %1: %2"_s.arg(input.fileName(), input.errorString())).error(),
            ExitIoError);
    auto simulator = WatchSimulator::create(*policy);
    if (!simulator)
        return identity::report(verb, simulator.error(), ExitFailure);
    const auto summary =
        (*simulator)
            ->run(
                input,
                [](const WatchAlert &alert) {
                    out() << QJsonDocument(alert.toSimulationJson()).toJson(QJsonDocument::Compact) << '\n'
                          << Qt::flush;
                },
                [&input](qint64 line, const QString &cause) {
                    err() << input.fileName() << ':' << line << ": " << cause << " (skipped)" << Qt::endl;
                });
    err() << summary.lines << " lines, " << summary.badLines << " skipped, " << summary.alerts
          << (summary.alerts == 1 ? " alert" : " alerts") << Qt::endl;
    return summary.badLines > 0 ? ExitFailure : ExitOk;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Evaluate the watchers over the store's ledger now, under the active policy's watch: section: "
        u"closes "
        "every finished day, records the alerts the ledger lacks and prints them."_s);
    const identity::LedgerOptions options;
    const QCommandLineOption dryRun(u"dry-run"_s, u"Print what would be raised; record nothing."_s);
    parser.addOption(dryRun);
    const QString verb = u"watch run"_s;
    if (const int code = identity::parse(parser, options, verb, arguments); code >= 0)
        return code;
    auto session = identity::openSession(parser, options, parser.isSet(dryRun));
    if (!session)
        return identity::report(verb, session.error(), ExitIoError);
    auto service = WatchService::forActivePolicy(*session->store);
    if (!service)
        return identity::report(verb, service.error(), ExitFailure);
    auto outcome = (*service)->catchUp(QDateTime::currentDateTimeUtc(), !parser.isSet(dryRun));
    if (!outcome)
        return identity::report(verb, outcome.error(), ExitIoError);
    const QList<WatchAlert> &shown = parser.isSet(dryRun) ? outcome->raised : outcome->recorded;
    for (const WatchAlert &alert : shown)
        out() << QJsonDocument(alert.toSimulationJson()).toJson(QJsonDocument::Compact) << '\n';
    out() << outcome->events << " ledger events read, " << outcome->raised.size() << " alerts raised, "
          << outcome->recorded.size() << " newly recorded" << Qt::endl;
    return ExitOk;
}

int watch(const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.first() == u"simulate")
        return simulate(arguments.mid(1));
    if (!arguments.isEmpty() && arguments.first() == u"run")
        return run(arguments.mid(1));
    out() << "usage: custosctl watch SUBCOMMAND\n\nsubcommands:\n"
          << "  simulate  FILE.jsonl --policy FILE: the watchers in simulated time, alerts as JSONL\n"
          << "  run       --store PATH: evaluate the watchers over the ledger now and record new alerts\n"
          << Qt::flush;
    return arguments.isEmpty() || (arguments.first() != u"--help" && arguments.first() != u"-h") ? ExitUsage
                                                                                                 : ExitOk;
}

const CommandRegistration registration{
    {u"watch"_s, u"slow-exfiltration watchers: simulate over a JSONL file, run over the ledger"_s, watch}};

} // namespace
} // namespace custos::ctl::watch
