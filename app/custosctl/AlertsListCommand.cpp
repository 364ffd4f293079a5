// `custosctl alerts list`: the alerts, oldest first, optionally of one state.
#include "AlertCommand.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class AlertsListCommand : public AlertCommand
{
public:
    AlertsListCommand()
        : AlertCommand(u"alerts list"_s, u"List the watchers' alerts, oldest first."_s)
    {
        addOption(m_state);
        addLedgerOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        static const QStringList states{u"open"_s, u"escalated"_s, u"dismissed"_s, u"confirmed"_s};
        if (parser.isSet(m_state) && !states.contains(parser.value(m_state)))
            return complain(
                u"--state must be one of %1, not '%2'"_s.arg(states.join(u", "_s), parser.value(m_state)),
                ExitUsage);
        auto session = openSession(parser, true);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        auto book = AlertBook::load(*session->store);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        QList<AlertRecord> records = book->all();
        if (parser.isSet(m_state))
            records.removeIf([&](const AlertRecord &record) {
                return AlertRecord::stateName(record.state) != parser.value(m_state);
            });
        if (wantsJson(parser)) {
            QJsonArray array;
            for (const AlertRecord &record : std::as_const(records))
                array.append(record.toJson());
            identity::printJson(array);
            return ExitOk;
        }
        for (const AlertRecord &record : std::as_const(records))
            out() << record.alert.id << "  " << AlertRecord::stateName(record.state).leftJustified(9) << ' '
                  << record.alert.day.toString(Qt::ISODate) << ' ' << record.alert.watcher.leftJustified(12)
                  << ' ' << record.alert.user.leftJustified(12) << ' '
                  << record.alert.valueClass.leftJustified(12) << ' ' << record.alert.statistic << '/'
                  << record.alert.threshold << '\n';
        out() << records.size() << (records.size() == 1 ? " alert" : " alerts") << Qt::endl;
        return ExitOk;
    }

private:
    const QCommandLineOption m_state{
        u"state"_s, u"Only this state: open, escalated, dismissed or confirmed."_s, u"STATE"_s};
};

} // namespace

std::unique_ptr<Command> makeAlertsListCommand()
{
    return std::make_unique<AlertsListCommand>();
}

} // namespace custos::ctl
