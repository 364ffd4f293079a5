// `custosctl alerts risk`: the risk levels standing now (or every one ever set), folded from the
// ledger's risk_level events.
#include "AlertCommand.h"

#include "core/watch/RiskLevelBook.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

QString isoOf(qint64 timeMs)
{
    return identity::isoTime(QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::UTC));
}

class AlertsRiskCommand : public AlertCommand
{
public:
    AlertsRiskCommand()
        : AlertCommand(
              u"alerts risk"_s,
              u"List the risk levels standing now: user, value class, until when, the alert that set "
              "it and why (confirmed, escalated, budget)."_s)
    {
        addOption(m_all);
        addLedgerOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto session = openSession(parser, true);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        auto book = RiskLevelBook::load(*session->store);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<RiskLevel> levels = parser.isSet(m_all) ? book->all() : book->standingAt(now);
        if (wantsJson(parser)) {
            QJsonArray array;
            for (const RiskLevel &level : levels) {
                QJsonObject json = level.toJson();
                json.remove(u"action"_s);
                json.insert(u"seq"_s, level.seq);
                json.insert(u"standing"_s, level.standsAt(now));
                json.insert(u"lifted"_s, level.lifted);
                array.append(json);
            }
            identity::printJson(array);
            return ExitOk;
        }
        for (const RiskLevel &level : levels)
            out() << level.user.leftJustified(12) << ' ' << level.valueClass.leftJustified(12) << " until "
                  << isoOf(level.untilMs) << "  " << level.alertId << ' ' << level.cause << " by "
                  << level.setBy
                  << (level.lifted          ? u" (lifted)"_s
                      : level.standsAt(now) ? u""_s
                                            : u" (ended)"_s)
                  << '\n';
        out() << levels.size() << (levels.size() == 1 ? " risk level" : " risk levels")
              << (parser.isSet(m_all) ? "" : " standing") << Qt::endl;
        return ExitOk;
    }

private:
    const QCommandLineOption m_all{u"all"_s, u"Every level ever set, ended and lifted ones too."_s};
};

} // namespace

std::unique_ptr<Command> makeAlertsRiskCommand()
{
    return std::make_unique<AlertsRiskCommand>();
}

} // namespace custos::ctl
