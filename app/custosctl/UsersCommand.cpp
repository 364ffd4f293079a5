// `custosctl users add | passwd | role | group | disable | enable | list`: the user directory,
// event-sourced from the ledger. Every change is an Admin event naming its actor.
#include "UsersCommand.h"

#include "CommandGroup.h"
#include "CommandRegistry.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::users {
namespace {

std::shared_ptr<Command> makeUsersCommand()
{
    auto group = std::make_shared<CommandGroup>(
        u"users"_s,
        u"usage: custosctl users SUBCOMMAND NAME --store PATH [OPTIONS]\n\nsubcommands:\n"
        "  add       add a user with roles and groups (the first one must be an admin)\n"
        "  passwd    set a user's password\n"
        "  role      replace a user's roles\n"
        "  group     replace a user's groups\n"
        "  disable   disable a user\n"
        "  enable    enable a disabled user\n"
        "  list      list users, roles and groups\n"
        "\nChanges need --actor NAME, an admin whose password comes from CUSTOS_ACTOR_PASSWORD or a\n"
        "prompt. New passwords come from CUSTOS_USER_PASSWORD or a prompt. The store key comes from\n"
        "--key-file, --keychain, CUSTOS_PASSPHRASE or a prompt.\n"_s);
    group->add(makeUsersAddCommand());
    group->add(makeUsersPasswdCommand());
    group->add(makeUsersRoleCommand());
    group->add(makeUsersGroupCommand());
    group->add(makeUsersDisableCommand());
    group->add(makeUsersEnableCommand());
    group->add(makeUsersListCommand());
    return group;
}

const CommandRegistration registration{
    u"users, roles and groups: add, passwd, role, group, disable, enable, list"_s, makeUsersCommand()};

} // namespace
} // namespace custos::ctl::users
