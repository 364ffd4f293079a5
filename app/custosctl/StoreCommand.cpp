#include "StoreCommand.h"

namespace custos::ctl {

void StoreCommand::addStoreOptions()
{
    addLedgerOptions();
    addOption(m_store.actor);
}

void StoreCommand::addLedgerOptions()
{
    addOptions({m_store.store, m_store.keyFile, m_store.keychain, m_store.json});
    requireOption(m_store.store);
}

Result<std::unique_ptr<EvidenceStore>> StoreCommand::openStore(const QCommandLineParser &parser,
                                                               bool readOnly) const
{
    return evidence::openFrom(parser, m_store, readOnly);
}

Result<identity::Session> StoreCommand::openSession(const QCommandLineParser &parser, bool readOnly) const
{
    return identity::openSession(parser, identity::LedgerOptions{m_store}, readOnly);
}

QString StoreCommand::actor(const QCommandLineParser &parser) const
{
    return evidence::actorFrom(parser, m_store);
}

} // namespace custos::ctl
