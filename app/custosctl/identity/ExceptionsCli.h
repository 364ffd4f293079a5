#pragma once

// `custosctl exceptions ...`: the options and helpers its subcommands (ExceptionBookCommand and
// the Exceptions*Command.cpp files), `audit export` and `alerts` share.

#include "identity/IdentityCli.h"

#include "core/exceptions/ExceptionService.h"

#include <optional>

namespace custos::ctl::identity {

struct ExceptionOptions
{
    LedgerOptions ledger;
    QCommandLineOption policy{QStringLiteral("policy"),
                              QStringLiteral("The enforced policy file (approvers, durations)."),
                              QStringLiteral("FILE")};
    QCommandLineOption as{
        QStringLiteral("as"),
        QStringLiteral("Who acts; the password comes from --password-stdin, CUSTOS_ACTOR_PASSWORD or a "
                       "prompt."),
        QStringLiteral("USER")};
    QCommandLineOption passwordStdin{
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the password of --as from the first line of standard input (for scripts).")};
};

struct ExceptionSession
{
    Session ledger;
    std::shared_ptr<ExceptionRules> rules;
    std::unique_ptr<ExceptionService> service;
};

// Opens the store and rebuilds users and exceptions under `policyFile`, or without one the
// store's active published version (which must exist when `policyRequired`).
Result<ExceptionSession> openExceptions(const QCommandLineParser &parser, const ExceptionOptions &options,
                                        const std::optional<QString> &policyFile, bool policyRequired,
                                        bool readOnly);
// --as USER, signed in with --password-stdin, CUSTOS_ACTOR_PASSWORD or a no-echo prompt.
Result<Credentials> signInFrom(const QCommandLineParser &parser, const ExceptionOptions &options);
// Scope flags (--PREFIX-user, --PREFIX-service, ...), e.g. "scope" or "narrow".
QList<QCommandLineOption> scopeOptions(const QString &prefix);
// Fills every field whose flag was given; returns how many were.
int readScope(const QCommandLineParser &parser, const QString &prefix, ExceptionScope &scope);
// Hours (fractions allowed) as seconds; at least one second.
Result<qint64> hoursToSeconds(const QString &text);
void printRecord(const QCommandLineParser &parser, const ExceptionOptions &options, const QString &what,
                 const ExceptionRecord &record);

} // namespace custos::ctl::identity
