// `custosctl watch drift`: the weekly drift watchers over the store's ledger for one week.
#include "WatchDriftCommand.h"

#include "StoreCommand.h"

#include "core/watch/DriftService.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::watch {

namespace {

class WatchDriftCommand : public StoreCommand
{
public:
    WatchDriftCommand()
        : StoreCommand(
              u"watch drift"_s,
              u"Judge one week of the store's traffic against the trailing weeks (the active policy's "
              "watch: drift: section): hit rates, class, model and route mix, prompt length, rule fire "
              "rates, first-seen classes, a provider's first class, dead rules. Records the alerts the "
              "ledger lacks and prints them as JSON lines; a week evaluated again records nothing new."_s)
    {
        addOptions({m_weekEnding, m_dryRun, m_all});
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        QDate weekEnding = DriftService::lastClosedWeekEnding(QDateTime::currentDateTimeUtc());
        if (parser.isSet(m_weekEnding)) {
            weekEnding = QDate::fromString(parser.value(m_weekEnding), Qt::ISODate);
            if (!weekEnding.isValid())
                return complain(
                    u"--week-ending: '%1' is not a date (YYYY-MM-DD)"_s.arg(parser.value(m_weekEnding)),
                    ExitUsage);
        }
        if (weekEnding >= QDateTime::currentDateTimeUtc().date())
            return complain(u"--week-ending: the week ending %1 has not closed yet"_s.arg(
                                weekEnding.toString(Qt::ISODate)),
                            ExitUsage);
        const bool dryRun = parser.isSet(m_dryRun);
        auto store = openStore(parser, dryRun);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        auto service = DriftService::forActivePolicy(**store);
        if (!service)
            return complain(service.error().toString(), ExitFailure);
        auto report = (*service)->evaluateWeek(weekEnding, !dryRun);
        if (!report)
            return complain(report.error().toString(), ExitIoError);
        print(*report, dryRun, parser.isSet(m_all));
        return ExitOk;
    }

private:
    static void print(const DriftService::Report &report, bool dryRun, bool all)
    {
        for (const WatchAlert &alert : dryRun ? report.raised : report.recorded)
            out() << QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) << '\n';
        QMap<QString, int> outcomes;
        for (const DriftFinding &finding : report.findings) {
            ++outcomes[DriftFinding::outcomeName(finding.outcome)];
            if (all)
                out() << QJsonDocument(finding.toJson()).toJson(QJsonDocument::Compact) << '\n';
        }
        out() << "week " << report.weekEnding.addDays(-6).toString(Qt::ISODate) << " to "
              << report.weekEnding.toString(Qt::ISODate) << ": " << report.judgedInteractions
              << " interactions against " << report.baselineInteractions << " in the baseline";
        if (report.replayed > 0 || report.replaySkipped > 0)
            out() << ", " << report.replayed << " replayed under " << report.referenceVersion.left(12) << " ("
                  << report.replaySkipped << " could not be)";
        out() << "; findings:";
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            out() << ' ' << it.key() << ' ' << it.value();
        out() << "; " << report.raised.size() << " alerts raised, " << report.recorded.size()
              << " newly recorded, " << report.skipped.size() << " already open" << Qt::endl;
    }

    const QCommandLineOption m_weekEnding{
        u"week-ending"_s, u"The judged week's last day, UTC (default: yesterday)."_s, u"DATE"_s};
    const QCommandLineOption m_dryRun{u"dry-run"_s, u"Print what would be raised; record nothing."_s};
    const QCommandLineOption m_all{
        u"all"_s, u"Also print every finding (tests, p-values, not enough traffic) as JSON."_s};
};

} // namespace

std::unique_ptr<Command> makeWatchDriftCommand()
{
    return std::make_unique<WatchDriftCommand>();
}

} // namespace custos::ctl::watch
