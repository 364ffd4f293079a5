#pragma once

// `custosctl evidence ...`: the group is in EvidenceCommand.cpp, each subcommand in its own
// Evidence*Command.cpp. The helpers for opening a store from the command line live here too:
// every verb that works on a store uses them (through StoreCommand).

#include "core/evidence/EvidenceStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace custos::ctl {
class Command;
}

namespace custos::ctl::evidence {

// --store, --key-file, --keychain, --json and --actor, the options of every store command.
struct StoreOptions
{
    QCommandLineOption store{QStringLiteral("store"), QStringLiteral("The evidence store."),
                             QStringLiteral("PATH")};
    QCommandLineOption keyFile{QStringLiteral("key-file"),
                               QStringLiteral("Raw key file (else CUSTOS_PASSPHRASE, else a prompt)."),
                               QStringLiteral("FILE")};
    QCommandLineOption keychain{QStringLiteral("keychain"),
                                QStringLiteral("Take the raw key from the OS keychain."),
                                QStringLiteral("ACCOUNT")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    QCommandLineOption actor{QStringLiteral("actor"), QStringLiteral("Who is acting (default: $USER)."),
                             QStringLiteral("NAME")};
};

// The key to open the store with: --key-file, --keychain, CUSTOS_PASSPHRASE or a no-echo prompt.
Result<KeySource> keyFrom(const QCommandLineParser &parser, const StoreOptions &options);
// Reads a passphrase from the terminal without echo; `confirm` asks twice.
Result<QString> promptPassphrase(const QString &prompt, bool confirm);
// A new key: an existing key file or a new one (32 random bytes, mode 0600) when `keyFile` names
// one, else `variable`'s passphrase, else one typed twice.
Result<KeySource> newKeyFrom(const QString &keyFile, const char *variable);
// Opens the store named by --store.
Result<std::unique_ptr<EvidenceStore>> openFrom(const QCommandLineParser &parser, const StoreOptions &options,
                                                bool readOnly);
QString actorFrom(const QCommandLineParser &parser, const StoreOptions &options);

// One line per event for query and tail; never the payload (it may hold personal data).
QString describeEvent(const EvidenceEvent &event);
// What purge and erase did, as one line or (with --json) one JSON object.
void printRetention(bool json, const RetentionReport &result);

std::unique_ptr<Command> makeEvidenceInitCommand();
std::unique_ptr<Command> makeEvidenceRekeyCommand();
std::unique_ptr<Command> makeEvidenceVerifyCommand();
std::unique_ptr<Command> makeEvidenceCheckpointsCommand();
std::unique_ptr<Command> makeEvidenceExportCheckpointsCommand();
std::unique_ptr<Command> makeEvidenceWitnessCommand();
std::unique_ptr<Command> makeEvidenceQueryCommand();
std::unique_ptr<Command> makeEvidenceTailCommand();
std::unique_ptr<Command> makeEvidenceHoldCommand();
std::unique_ptr<Command> makeEvidencePurgeCommand();
std::unique_ptr<Command> makeEvidenceEraseCommand();

} // namespace custos::ctl::evidence
