// `custosctl watch simulate | run`: the slow-exfiltration watchers in simulated time over a JSONL
// file, or over the store's ledger now (on demand).
#include "CommandGroup.h"
#include "CommandRegistry.h"
#include "StoreCommand.h"
#include "WatchDriftCommand.h"

#include "core/watch/WatchService.h"
#include "core/watch/WatchSimulator.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::watch {

namespace {

class WatchSimulateCommand : public Command
{
public:
    WatchSimulateCommand()
        : Command(u"watch simulate"_s,
                  u"Run the real scanner, fingerprints and watchers in simulated time over FILE.jsonl, one "
                  "{\"time\",\"user\",\"service\",\"route\",\"model\",\"direction\",\"text\"} per line, and "
                  "print "
                  "each alert as a JSON line. Bad lines are named on standard error and skipped."_s)
    {
        addOption(m_policy);
        addPositionalArgument(u"FILE"_s, u"Interactions, one JSON object per line."_s);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1 || !parser.isSet(m_policy))
            return complain(u"usage: custosctl watch simulate FILE.jsonl --policy FILE"_s, ExitUsage);
        auto policy = identity::policyFrom(parser.value(m_policy));
        if (!policy)
            return complain(policy.error().toString(), ExitFailure);
        QFile input(parser.positionalArguments().constFirst());
        if (!input.open(QIODevice::ReadOnly))
            return complain(u"cannot read %1: %2"_s.arg(input.fileName(), input.errorString()), ExitIoError);
        auto simulator = WatchSimulator::create(*policy);
        if (!simulator)
            return complain(simulator.error().toString(), ExitFailure);
        const auto summary =
            (*simulator)
                ->run(
                    input,
                    [](const WatchAlert &alert) {
                        out() << QJsonDocument(alert.toSimulationJson()).toJson(QJsonDocument::Compact)
                              << '\n'
                              << Qt::flush;
                    },
                    [&input](qint64 line, const QString &cause) {
                        err() << input.fileName() << ':' << line << ": " << cause << " (skipped)" << Qt::endl;
                    });
        err() << summary.lines << " lines, " << summary.badLines << " skipped, " << summary.alerts
              << (summary.alerts == 1 ? " alert" : " alerts") << Qt::endl;
        return summary.badLines > 0 ? ExitFailure : ExitOk;
    }

private:
    const QCommandLineOption m_policy{u"policy"_s, u"The policy file (detectors and its watch: section)."_s,
                                      u"FILE"_s};
};

class WatchRunCommand : public StoreCommand
{
public:
    WatchRunCommand()
        : StoreCommand(
              u"watch run"_s,
              u"Evaluate the watchers over the store's ledger now, under the active policy's watch: section: "
              "closes every finished day, records the alerts the ledger lacks and prints them."_s)
    {
        addOption(m_dryRun);
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, parser.isSet(m_dryRun));
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        auto service = WatchService::forActivePolicy(**store);
        if (!service)
            return complain(service.error().toString(), ExitFailure);
        auto outcome = (*service)->catchUp(QDateTime::currentDateTimeUtc(), !parser.isSet(m_dryRun));
        if (!outcome)
            return complain(outcome.error().toString(), ExitIoError);
        const QList<WatchAlert> &shown = parser.isSet(m_dryRun) ? outcome->raised : outcome->recorded;
        for (const WatchAlert &alert : shown)
            out() << QJsonDocument(alert.toSimulationJson()).toJson(QJsonDocument::Compact) << '\n';
        out() << outcome->events << " ledger events read, " << outcome->raised.size() << " alerts raised, "
              << outcome->recorded.size() << " newly recorded" << Qt::endl;
        return ExitOk;
    }

private:
    const QCommandLineOption m_dryRun{u"dry-run"_s, u"Print what would be raised; record nothing."_s};
};

std::shared_ptr<Command> makeWatchCommand()
{
    auto group = std::make_shared<CommandGroup>(
        u"watch"_s,
        u"usage: custosctl watch SUBCOMMAND\n\nsubcommands:\n"
        "  simulate  FILE.jsonl --policy FILE: the watchers in simulated time, alerts as JSONL\n"
        "  run       --store PATH: evaluate the watchers over the ledger now and record new alerts\n"
        "  drift     --store PATH [--week-ending DATE]: the weekly drift watchers over one week\n"_s);
    group->add(std::make_unique<WatchSimulateCommand>());
    group->add(std::make_unique<WatchRunCommand>());
    group->add(makeWatchDriftCommand());
    return group;
}

const CommandRegistration registration{
    u"watchers: simulate over a JSONL file, run over the ledger, weekly drift"_s, makeWatchCommand()};

} // namespace
} // namespace custos::ctl::watch
