#pragma once

// `custosctl evidence ...`: the dispatcher is in EvidenceCommand.cpp, the sub-commands in
// Evidence*Command.cpp. Shared helpers for opening a store from the command line live here.

#include "core/evidence/EvidenceStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace custos::ctl::evidence {

// --store, --key-file and --keychain, added to every sub-command's parser.
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

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({store, keyFile, keychain, json, actor});
    }
};

// Parses the sub-command's arguments; returns an exit code to stop with, or -1 to go on.
int parse(QCommandLineParser &parser, const StoreOptions &options, const QString &verb,
          const QStringList &arguments);
// The key to open the store with: --key-file, --keychain, CUSTOS_PASSPHRASE or a no-echo prompt.
Result<KeySource> keyFrom(const QCommandLineParser &parser, const StoreOptions &options);
// Reads a passphrase from the terminal without echo; `confirm` asks twice.
Result<QString> promptPassphrase(const QString &prompt, bool confirm);
// Opens the store named by --store; prints the error and returns the exit code on failure.
Result<std::unique_ptr<EvidenceStore>> openFrom(const QCommandLineParser &parser, const StoreOptions &options,
                                                bool readOnly);
QString actorFrom(const QCommandLineParser &parser, const StoreOptions &options);
int report(const QString &verb, const Error &error, int exitCode);
inline Error usageError(QString message)
{
    return Error{std::move(message), {}, 0, 0};
}
int exitCodeForOpenError(const Error &error);

int runInit(const QStringList &arguments);
int runRekey(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runCheckpoints(const QStringList &arguments);
int runWitness(const QStringList &arguments);
int runExportCheckpoints(const QStringList &arguments);
int runQuery(const QStringList &arguments);
int runTail(const QStringList &arguments);
int runHold(const QStringList &arguments);
int runPurge(const QStringList &arguments);
int runErase(const QStringList &arguments);

} // namespace custos::ctl::evidence
