// `custosctl evidence checkpoints`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceCheckpointsCommand : public StoreCommand
{
public:
    EvidenceCheckpointsCommand()
        : StoreCommand(u"evidence checkpoints"_s, u"List the store's signed checkpoints."_s)
    {
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        auto exported = (*store)->exportCheckpoints();
        if (!exported)
            return complain(exported.error().toString(), ExitIoError);
        if (wantsJson(parser)) {
            out() << QJsonDocument(exported->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        out() << "public key " << exported->publicKey.toHex() << '\n';
        for (const Checkpoint &checkpoint : std::as_const(exported->checkpoints))
            out() << "seq " << checkpoint.seq << "  " << checkpoint.time.toString(Qt::ISODateWithMs) << "  "
                  << checkpoint.hash.toHex() << '\n';
        out() << Qt::flush;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeEvidenceCheckpointsCommand()
{
    return std::make_unique<EvidenceCheckpointsCommand>();
}

} // namespace custos::ctl::evidence
