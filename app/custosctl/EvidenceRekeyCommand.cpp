// `custosctl evidence rekey`.
#include "CommandLine.h"
#include "StoreCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceRekeyCommand : public StoreCommand
{
public:
    EvidenceRekeyCommand()
        : StoreCommand(u"evidence rekey"_s,
                       u"Re-encrypt the store. The new key comes from --new-key-file (created when missing),"
                       " CUSTOS_NEW_PASSPHRASE, or a prompt asked twice."_s)
    {
        addOption(m_newKeyFile);
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const auto newKey = newKeyFrom(parser.value(m_newKeyFile), "CUSTOS_NEW_PASSPHRASE");
        if (!newKey)
            return complain(newKey.error().toString(), ExitIoError);
        if (auto rekeyed = (*store)->rekey(*newKey, actor(parser)); !rekeyed)
            return complain(rekeyed.error().toString(), ExitIoError);
        out() << "Re-encrypted " << storePath(parser) << " under the new " << newKey->describe() << Qt::endl;
        return ExitOk;
    }

private:
    const QCommandLineOption m_newKeyFile{u"new-key-file"_s, u"New raw key file."_s, u"FILE"_s};
};

} // namespace

std::unique_ptr<Command> makeEvidenceRekeyCommand()
{
    return std::make_unique<EvidenceRekeyCommand>();
}

} // namespace custos::ctl::evidence
