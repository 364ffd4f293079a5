#pragma once

#include "StoreCommand.h"
#include "identity/ExceptionsCli.h"

#include "core/watch/AlertBook.h"

#include <memory>

namespace custos::ctl {

// A `custosctl alerts` subcommand: it opens the store and its user directory with StoreCommand's
// ledger options (--store required), signs its actor in with --as when it decides, and finds
// alerts in the book folded from the ledger.
class AlertCommand : public StoreCommand
{
public:
    using StoreCommand::StoreCommand;

protected:
    // --as and --password-stdin, for the subcommands that act as a person.
    void addSignInOptions();
    Result<Credentials> signIn(const QCommandLineParser &parser) const;
    // Exactly one positional ID, or a usage complaint (the exit code to stop with).
    std::optional<int> checkOneId(const QCommandLineParser &parser) const;

    // --as and --password-stdin (its store options are the same, by name, as m_store's).
    const identity::ExceptionOptions m_options;
};

std::unique_ptr<Command> makeAlertsListCommand();
std::unique_ptr<Command> makeAlertsShowCommand();
std::unique_ptr<Command> makeAlertsDismissCommand();
std::unique_ptr<Command> makeAlertsConfirmCommand();
std::unique_ptr<Command> makeAlertsEscalateCommand();
std::unique_ptr<Command> makeAlertsEvaluateCommand();
std::unique_ptr<Command> makeAlertsRiskCommand();

} // namespace custos::ctl
