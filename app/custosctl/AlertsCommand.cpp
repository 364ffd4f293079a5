// `custosctl alerts list | show | dismiss | confirm | escalate | evaluate | risk`: the watchers'
// alerts, folded from the ledger, people's decisions on them and the risk levels they set. Each
// subcommand is an AlertCommand in its own Alerts*Command.cpp.
#include "AlertCommand.h"
#include "CommandGroup.h"
#include "CommandRegistry.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::alerts {
namespace {

std::shared_ptr<Command> makeAlertsCommand()
{
    auto group = std::make_shared<CommandGroup>(
        u"alerts"_s, u"usage: custosctl alerts SUBCOMMAND --store PATH [OPTIONS]\n\nsubcommands:\n"
                     "  list      list alerts, optionally by --state\n"
                     "  show      show one alert\n"
                     "  dismiss   dismiss an alert with a --reason (it feeds the baseline)\n"
                     "  confirm   confirm an alert (sets a risk level)\n"
                     "  escalate  hand an alert to risk officers with a --reason (sets a risk level)\n"
                     "  evaluate  evaluate the watchers now and record new alerts\n"
                     "  risk      list the risk levels standing now (--all: every one ever set)\n"
                     "\n--as USER signs in with --password-stdin, CUSTOS_ACTOR_PASSWORD or a prompt.\n"
                     "The store key comes from --key-file, --keychain, CUSTOS_PASSPHRASE or a prompt.\n"_s);
    group->add(makeAlertsListCommand());
    group->add(makeAlertsShowCommand());
    group->add(makeAlertsDismissCommand());
    group->add(makeAlertsConfirmCommand());
    group->add(makeAlertsEscalateCommand());
    group->add(makeAlertsEvaluateCommand());
    group->add(makeAlertsRiskCommand());
    return group;
}

const CommandRegistration registration{
    u"the watchers' alerts: list, show, dismiss, confirm, escalate, evaluate, risk"_s, makeAlertsCommand()};

} // namespace
} // namespace custos::ctl::alerts
