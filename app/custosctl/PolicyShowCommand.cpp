// `custosctl policy show HASH`: the exact source of a published version.
#include "CommandLine.h"
#include "PolicyCommand.h"
#include "StoreCommand.h"

#include "core/publishing/PolicyVersions.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::policy {
namespace {

class PolicyShowCommand : public StoreCommand
{
public:
    PolicyShowCommand()
        : StoreCommand(u"policy show"_s,
                       u"Print the exact source of a published version (by hash or prefix)."_s)
    {
        addLedgerOptions();
        addPositionalArgument(u"HASH"_s, u"The hash."_s);
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto session = openSession(parser, true);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        auto version = PolicyVersions(*session->store, session->users)
                           .version(parser.positionalArguments().constFirst());
        if (!version)
            return complain(version.error().toString(), ExitFailure);
        if (wantsJson(parser))
            identity::printJson(version->toJson(true));
        else
            out() << version->source << Qt::flush;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePolicyShowCommand()
{
    return std::make_unique<PolicyShowCommand>();
}

} // namespace custos::ctl::policy
