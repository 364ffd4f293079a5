#pragma once

#include "Command.h"
#include "identity/ExceptionsCli.h"

#include "core/watch/AlertBook.h"

#include <memory>

namespace custos::ctl {

// A `custosctl alerts` subcommand: it opens the store and its user directory with the ledger
// options (--store required), signs its actor in with --as when it decides, and finds alerts in the
// book folded from the ledger.
class AlertCommand : public Command
{
public:
    using Command::Command;

protected:
    // The ledger options after the command's own, so its --help lists them last; --store required.
    void addLedgerOptions();
    // --as and --password-stdin, for the subcommands that act as a person.
    void addSignInOptions();
    Result<identity::Session> openSession(const QCommandLineParser &parser, bool readOnly) const;
    Result<Credentials> signIn(const QCommandLineParser &parser) const;
    bool wantsJson(const QCommandLineParser &parser) const
    {
        return parser.isSet(m_options.ledger.store.json);
    }
    // Exactly one positional ID, or a usage complaint (the exit code to stop with).
    std::optional<int> checkOneId(const QCommandLineParser &parser) const;

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
