#pragma once

// `custosctl users ...`: the group is in UsersCommand.cpp, the changes (add, passwd, role, group,
// disable, enable) in UserChangeCommand.cpp, `list` in UsersListCommand.cpp.

#include <memory>

namespace custos::ctl {
class Command;
}

namespace custos::ctl::users {

std::unique_ptr<Command> makeUsersAddCommand();
std::unique_ptr<Command> makeUsersPasswdCommand();
std::unique_ptr<Command> makeUsersRoleCommand();
std::unique_ptr<Command> makeUsersGroupCommand();
std::unique_ptr<Command> makeUsersDisableCommand();
std::unique_ptr<Command> makeUsersEnableCommand();
std::unique_ptr<Command> makeUsersListCommand();

} // namespace custos::ctl::users
