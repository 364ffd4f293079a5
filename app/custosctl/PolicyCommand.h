#pragma once

// `custosctl policy ...`: the group is in PolicyCommand.cpp; check, hash and diff work on policy
// files (Policy{Check,Hash,Diff}Command.cpp), publish, history and show on the versions kept in
// the ledger (Policy{Publish,History,Show}Command.cpp).

#include "core/policy/Policy.h"

#include <expected>
#include <memory>

namespace custos::ctl {
class Command;
}

namespace custos::ctl::policy {

// Loads a policy file, printing every problem as file:line:col: message. Fails with the exit code
// to use: ExitFailure when invalid, ExitIoError when unreadable.
std::expected<Policy, int> loadOrReport(const QString &path);

std::unique_ptr<Command> makePolicyCheckCommand();
std::unique_ptr<Command> makePolicyHashCommand();
std::unique_ptr<Command> makePolicyDiffCommand();
std::unique_ptr<Command> makePolicyPublishCommand();
std::unique_ptr<Command> makePolicyHistoryCommand();
std::unique_ptr<Command> makePolicyShowCommand();

} // namespace custos::ctl::policy
