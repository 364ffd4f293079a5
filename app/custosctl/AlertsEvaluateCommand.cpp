// `custosctl alerts evaluate`: the watchers on demand, as the gateway's scheduler runs them.
#include "AlertCommand.h"

#include "core/watch/RiskLevelBook.h"
#include "core/watch/WatchService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class AlertsEvaluateCommand : public AlertCommand
{
public:
    AlertsEvaluateCommand()
        : AlertCommand(u"alerts evaluate"_s,
                       u"Evaluate the watchers over the store's ledger now, under the active policy's watch: "
                       "section: closes every finished UTC day, records the alerts the ledger lacks (and the "
                       "risk levels broken budgets set) and prints them."_s)
    {
        addLedgerOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return complain(u"expected no arguments, got '%1'"_s.arg(parser.positionalArguments().join(u' ')),
                            ExitUsage);
        auto session = openSession(parser, false);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        auto service = WatchService::forActivePolicy(*session->store);
        if (!service)
            return complain(service.error().toString(), ExitFailure);
        auto outcome = (*service)->catchUp(QDateTime::currentDateTimeUtc());
        if (!outcome)
            return complain(outcome.error().toString(), ExitIoError);
        if (wantsJson(parser)) {
            QJsonArray recorded;
            for (const WatchAlert &alert : std::as_const(outcome->recorded))
                recorded.append(alert.toJson());
            identity::printJson(QJsonObject{{u"events_read"_s, outcome->events},
                                            {u"raised"_s, outcome->raised.size()},
                                            {u"recorded"_s, recorded}});
            return ExitOk;
        }
        for (const WatchAlert &alert : std::as_const(outcome->recorded))
            out() << alert.id << "  " << alert.watcher.leftJustified(12) << ' '
                  << alert.user.leftJustified(12) << ' ' << alert.valueClass.leftJustified(12) << ' '
                  << alert.statistic << '/' << alert.threshold << '\n';
        out() << outcome->events << " ledger events read, " << outcome->raised.size() << " alerts raised, "
              << outcome->recorded.size() << " newly recorded" << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAlertsEvaluateCommand()
{
    return std::make_unique<AlertsEvaluateCommand>();
}

} // namespace custos::ctl
