// `custosctl alerts show ID`: one alert with its statistic, windows, contributing interactions and
// what people decided.
#include "AlertCommand.h"

#include "core/watch/WatchEngine.h"

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

QString seqsText(const QList<qint64> &seqs)
{
    QStringList text;
    for (qint64 seq : seqs)
        text << QString::number(seq);
    return text.join(u' ');
}

void printAlert(const AlertRecord &record)
{
    const WatchAlert &alert = record.alert;
    out() << "Alert " << alert.id << " (" << AlertRecord::stateName(record.state) << ")\n"
          << "  " << alert.watcher << " v" << alert.watcherVersion << ", severity " << alert.severity << '\n'
          << "  user " << alert.user << ", service " << (alert.service.isEmpty() ? u"-"_s : alert.service)
          << ", class " << alert.valueClass << '\n'
          << "  day " << alert.day.toString(Qt::ISODate) << ": statistic " << alert.statistic
          << " / threshold " << alert.threshold << ", baseline " << alert.baseline << '\n';
    QStringList windows;
    for (qsizetype i = 0; i < alert.windowCounts.size() && i < WatchEngine::windowDays().size(); ++i)
        windows << u"%1 d: %2"_s.arg(WatchEngine::windowDays().at(i)).arg(alert.windowCounts.at(i));
    out() << "  distinct values " << windows.join(u", "_s) << "; novel that day " << alert.novelToday << '\n'
          << "  contributing interactions (seq): " << seqsText(alert.contributing) << '\n';
    if (!alert.covered.isEmpty())
        out() << "  of them under an exception: " << seqsText(alert.covered) << '\n';
    out() << "  policy " << (alert.policyHash.isEmpty() ? u"-"_s : alert.policyHash.left(12)) << ", recorded "
          << identity::isoTime(record.recorded) << " (seq " << record.seq << ")\n";
    if (!record.escalatedBy.isEmpty())
        out() << "  escalated by " << record.escalatedBy << " at " << identity::isoTime(record.escalatedAt)
              << ": " << record.escalationReason << '\n';
    if (!record.isUndecided())
        out() << "  " << AlertRecord::stateName(record.state) << " by " << record.decidedBy << " at "
              << identity::isoTime(record.decidedAt)
              << (record.reason.isEmpty() ? u""_s : u": "_s + record.reason) << '\n';
    out() << Qt::flush;
}

class AlertsShowCommand : public AlertCommand
{
public:
    AlertsShowCommand()
        : AlertCommand(u"alerts show"_s,
                       u"One alert: its statistic, windows, contributing interactions, state."_s)
    {
        addPositionalArgument(u"ID"_s, u"The alert's id, or a prefix naming only it."_s);
        addLedgerOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (const auto usage = checkOneId(parser))
            return *usage;
        auto session = openSession(parser, true);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        auto book = AlertBook::load(*session->store);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        const QString id = parser.positionalArguments().constFirst();
        const AlertRecord *record = book->find(id);
        if (!record)
            return complain(u"no alert %1 (or the prefix names more than one)"_s.arg(id), ExitFailure);
        if (wantsJson(parser))
            identity::printJson(record->toJson());
        else
            printAlert(*record);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAlertsShowCommand()
{
    return std::make_unique<AlertsShowCommand>();
}

} // namespace custos::ctl
