// `custosctl exceptions request | approve | reject | revoke | list | show | history | sweep`:
// the exception path from the command line, on the encrypted ledger. Each subcommand is an
// ExceptionBookCommand in its own Exceptions*Command.cpp.
#include "CommandGroup.h"
#include "CommandRegistry.h"
#include "ExceptionBookCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::exceptions {
namespace {

std::shared_ptr<Command> makeExceptionsCommand()
{
    auto group = std::make_shared<CommandGroup>(
        u"exceptions"_s,
        u"usage: custosctl exceptions SUBCOMMAND --store PATH [OPTIONS]\n\nsubcommands:\n"
        "  request   ask for an exception to rules, with a scope, a justification and a duration\n"
        "  approve   approve a request (optionally narrower, shorter or single-use)\n"
        "  reject    reject a request with a reason\n"
        "  revoke    revoke an exception with a reason\n"
        "  list      list exceptions, optionally by --status\n"
        "  show      show one exception\n"
        "  history   every ledger event of one exception, with actor and time\n"
        "  sweep     record the expiry of exceptions past their end\n"
        "\n--as USER signs in with --password-stdin, CUSTOS_ACTOR_PASSWORD or a prompt. --policy\n"
        "FILE names the enforced policy; without it, the store's active published version does.\n"
        "The store key comes from --key-file, --keychain, CUSTOS_PASSPHRASE or a prompt.\n"_s);
    group->add(makeExceptionsRequestCommand());
    group->add(makeExceptionsApproveCommand());
    group->add(makeExceptionsRejectCommand());
    group->add(makeExceptionsRevokeCommand());
    group->add(makeExceptionsListCommand());
    group->add(makeExceptionsShowCommand());
    group->add(makeExceptionsHistoryCommand());
    group->add(makeExceptionsSweepCommand());
    return group;
}

const CommandRegistration registration{
    u"exception requests and decisions: request, approve, reject, revoke, list, show, history"_s,
    makeExceptionsCommand()};

} // namespace
} // namespace custos::ctl::exceptions
