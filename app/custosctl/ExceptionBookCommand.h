#pragma once

#include "StoreCommand.h"
#include "identity/ExceptionsCli.h"

#include <memory>

namespace custos::ctl {

// A `custosctl exceptions` subcommand: it works on the exception book rebuilt from the ledger
// (and the enforced policy that names the approvers), signs its actor in with --as, and prints
// exception records one way for all.
class ExceptionBookCommand : public StoreCommand
{
public:
    using StoreCommand::StoreCommand;

protected:
    // --policy FILE: the enforced policy, instead of the store's active published version.
    void addPolicyOption();
    Result<identity::ExceptionSession> openBook(const QCommandLineParser &parser, bool policyRequired,
                                                bool readOnly) const;
    // --as USER, signed in with --password-stdin, CUSTOS_ACTOR_PASSWORD or a no-echo prompt.
    Result<Credentials> signIn(const QCommandLineParser &parser) const;
    void printRecord(const QCommandLineParser &parser, const QString &what,
                     const ExceptionRecord &record) const;

    // --policy, --as and --password-stdin (its store options are the same, by name, as m_store's).
    const identity::ExceptionOptions m_exception;

private:
    bool m_takesPolicy = false;
};

std::unique_ptr<Command> makeExceptionsRequestCommand();
std::unique_ptr<Command> makeExceptionsApproveCommand();
std::unique_ptr<Command> makeExceptionsRejectCommand();
std::unique_ptr<Command> makeExceptionsRevokeCommand();
std::unique_ptr<Command> makeExceptionsListCommand();
std::unique_ptr<Command> makeExceptionsShowCommand();
std::unique_ptr<Command> makeExceptionsHistoryCommand();
std::unique_ptr<Command> makeExceptionsSweepCommand();

} // namespace custos::ctl
