#pragma once

#include "Command.h"
#include "EvidenceCommand.h"
#include "identity/IdentityCli.h"

namespace custos::ctl {

// A command that works on an evidence store: it takes the store options (--store, --key-file,
// --keychain, --json and, unless its actor signs in, --actor), --store required, and opens the
// store (or the store and its user directory) from them.
class StoreCommand : public Command
{
public:
    using Command::Command;

protected:
    // Adds the store options after the command's own, so its --help lists them last.
    void addStoreOptions();
    // The store options without --actor, for commands whose actor signs in (--as) or is implied.
    void addLedgerOptions();

    // The store named by --store, keyed by --key-file, --keychain, CUSTOS_PASSPHRASE or a prompt.
    Result<std::unique_ptr<EvidenceStore>> openStore(const QCommandLineParser &parser, bool readOnly) const;
    // The store and its user directory, rebuilt from the ledger.
    Result<identity::Session> openSession(const QCommandLineParser &parser, bool readOnly) const;
    // --actor, else $USER, else "custosctl".
    QString actor(const QCommandLineParser &parser) const;
    bool wantsJson(const QCommandLineParser &parser) const { return parser.isSet(m_store.json); }
    QString storePath(const QCommandLineParser &parser) const { return parser.value(m_store.store); }

    const evidence::StoreOptions m_store;
};

} // namespace custos::ctl
