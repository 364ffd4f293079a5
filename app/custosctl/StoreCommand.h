#pragma once

#include "Command.h"
#include "EvidenceCommand.h"

namespace custos::ctl {

// A command that works on an evidence store: it takes the store options (--store, --key-file,
// --keychain, --json, --actor), and --store is required.
class StoreCommand : public Command
{
public:
    using Command::Command;

protected:
    // Adds the store options after the command's own, so its --help lists them last.
    void addStoreOptions()
    {
        addOptions({m_store.store, m_store.keyFile, m_store.keychain, m_store.json, m_store.actor});
        requireOption(m_store.store);
    }

    const evidence::StoreOptions m_store;
};

} // namespace custos::ctl
