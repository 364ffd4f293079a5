#pragma once

// Shared by the verbs that work on users (users, exceptions, policy publish, audit export, alerts,
// watch run): opening the store the way the evidence commands do (--store, --key-file, --keychain,
// CUSTOS_PASSPHRASE or a prompt), loading the user directory from it, and reading passwords without
// echo or from the environment (for scripts).

#include "EvidenceCommand.h"

#include "core/identity/UserDirectory.h"
#include "core/policy/Policy.h"

#include <QJsonValue>

#include <memory>

namespace custos::ctl::identity {

struct LedgerOptions
{
    evidence::StoreOptions store; // its --actor is not used: these commands name their actor themselves
};

// An open store and its user directory, rebuilt from the ledger.
struct Session
{
    std::unique_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
};
Result<Session> openSession(const QCommandLineParser &parser, const LedgerOptions &options, bool readOnly);

// A password from `variable` when set, else typed at a no-echo prompt (twice when `confirm`).
Result<QString> secretFrom(const char *variable, const QString &prompt, bool confirm);

// Loads and validates a policy file; every error is in the message, one per line.
Result<Policy> policyFrom(const QString &path);

void printJson(const QJsonValue &value);
QString isoTime(const QDateTime &time); // "2026-11-24T19:30:00Z", or "-" when invalid

} // namespace custos::ctl::identity
