// `custosctl evidence init`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceInitCommand : public StoreCommand
{
public:
    EvidenceInitCommand()
        : StoreCommand(
              u"evidence init"_s,
              u"Create an encrypted evidence store. With --key-file, a missing key file is created (32 "
              "random bytes, mode 0600) and an existing one is used; otherwise the passphrase comes "
              "from CUSTOS_PASSPHRASE or is asked twice."_s)
    {
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        const auto key = parser.isSet(m_store.keychain)
                             ? KeySource::createInKeychain(parser.value(m_store.keychain))
                             : newKeyFrom(parser.value(m_store.keyFile), "CUSTOS_PASSPHRASE");
        if (!key)
            return complain(key.error().toString(), ExitIoError);
        auto store = EvidenceStore::create(storePath(parser), *key);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        if (wantsJson(parser)) {
            out() << QJsonDocument(
                         QJsonObject{{u"store"_s, storePath(parser)},
                                     {u"publicKey"_s, QString::fromLatin1((*store)->publicKey().toHex())}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            out() << "Created evidence store " << storePath(parser) << "\n"
                  << "Checkpoint public key: " << (*store)->publicKey().toHex() << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeEvidenceInitCommand()
{
    return std::make_unique<EvidenceInitCommand>();
}

} // namespace custos::ctl::evidence
