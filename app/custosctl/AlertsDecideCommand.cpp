// `custosctl alerts dismiss | confirm | escalate ID`: a person's verdict on an alert, signed in with
// a password (AlertDecider says who may and what it sets).
#include "AlertCommand.h"

#include "core/watch/AlertDecider.h"

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class AlertsDecideCommand : public AlertCommand
{
public:
    enum class Verdict { Dismiss, Confirm, Escalate };

    AlertsDecideCommand(Verdict verdict, const QString &word, const QString &description, bool reasonRequired)
        : AlertCommand(u"alerts "_s + word, description)
        , m_verdict(verdict)
        , m_reasonRequired(reasonRequired)
        , m_reason(u"reason"_s, reasonRequired ? u"Why (required)."_s : u"Why (optional)."_s, u"TEXT"_s)
    {
        addPositionalArgument(u"ID"_s, u"The alert's id, or a prefix naming only it."_s);
        addOption(m_reason);
        addSignInOptions();
        addLedgerOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (const auto usage = checkOneId(parser))
            return *usage;
        const QString reason = parser.value(m_reason).trimmed();
        if (m_reasonRequired && reason.isEmpty())
            return complain(u"--reason TEXT is required"_s, ExitUsage);
        auto session = openSession(parser, false);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        const auto actor = signIn(parser);
        if (!actor)
            return complain(actor.error().toString(), ExitUsage);
        AlertDecider decider(*session->store, session->users);
        const QString id = parser.positionalArguments().constFirst();
        const auto decided = m_verdict == Verdict::Dismiss   ? decider.dismiss(id, *actor, reason)
                             : m_verdict == Verdict::Confirm ? decider.confirm(id, *actor, reason)
                                                             : decider.escalate(id, *actor, reason);
        if (!decided)
            return complain(decided.error().toString(), ExitFailure);
        if (wantsJson(parser))
            identity::printJson(decided->toJson());
        else
            out() << doneText(*decided) << Qt::endl;
        return ExitOk;
    }

private:
    QString doneText(const AlertRecord &record) const
    {
        const WatchAlert &alert = record.alert;
        switch (m_verdict) {
        case Verdict::Dismiss:
            return u"Dismissed %1"_s.arg(alert.id);
        case Verdict::Confirm:
            return u"Confirmed %1; risk level set on %2 for %3"_s.arg(alert.id, alert.valueClass, alert.user);
        case Verdict::Escalate:
            return u"Escalated %1 to risk officers; risk level set on %2 for %3"_s.arg(
                alert.id, alert.valueClass, alert.user);
        }
        return {};
    }

    const Verdict m_verdict;
    const bool m_reasonRequired;
    const QCommandLineOption m_reason;
};

} // namespace

std::unique_ptr<Command> makeAlertsDismissCommand()
{
    return std::make_unique<AlertsDecideCommand>(
        AlertsDecideCommand::Verdict::Dismiss, u"dismiss"_s,
        u"Dismiss an alert with a reason (it feeds the user's baseline), as an approver or risk officer; an "
        "escalated alert only as a risk officer, which lifts its risk level."_s,
        true);
}

std::unique_ptr<Command> makeAlertsConfirmCommand()
{
    return std::make_unique<AlertsDecideCommand>(
        AlertsDecideCommand::Verdict::Confirm, u"confirm"_s,
        u"Confirm an alert as an approver or risk officer (an escalated one only as a risk officer): sets a "
        "risk level on its user and class for the policy's watch.risk_level_days."_s,
        false);
}

std::unique_ptr<Command> makeAlertsEscalateCommand()
{
    return std::make_unique<AlertsDecideCommand>(
        AlertsDecideCommand::Verdict::Escalate, u"escalate"_s,
        u"Hand an open alert to risk officers with a reason, as an approver or risk officer: it stays "
        "undecided, and a risk level is set on its user and class at once."_s,
        true);
}

} // namespace custos::ctl
