// `custosctl evidence export-checkpoints`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

class EvidenceExportCheckpointsCommand : public StoreCommand
{
public:
    EvidenceExportCheckpointsCommand()
        : StoreCommand(u"evidence export-checkpoints"_s,
                       u"Write the signed checkpoints to a file; keep it away from the store so 'verify "
                       "--checkpoints' can later catch truncation and rollback."_s)
    {
        addOption(m_output);
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        if (parser.isSet(m_output)) {
            if (auto written = (*store)->exportCheckpoints(parser.value(m_output)); !written)
                return complain(written.error().toString(), ExitIoError);
            return ExitOk;
        }
        auto exported = (*store)->exportCheckpoints();
        if (!exported)
            return complain(exported.error().toString(), ExitIoError);
        out() << QJsonDocument(exported->toJson()).toJson() << Qt::flush;
        return ExitOk;
    }

private:
    const QCommandLineOption m_output{u"out"_s, u"Output file (default: standard output)."_s, u"FILE"_s};
};

} // namespace

std::unique_ptr<Command> makeEvidenceExportCheckpointsCommand()
{
    return std::make_unique<EvidenceExportCheckpointsCommand>();
}

} // namespace custos::ctl::evidence
