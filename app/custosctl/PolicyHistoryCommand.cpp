// `custosctl policy history`: the published versions, oldest first.
#include "CommandLine.h"
#include "PolicyCommand.h"
#include "StoreCommand.h"

#include "core/publishing/PolicyVersions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl::policy {
namespace {

class PolicyHistoryCommand : public StoreCommand
{
public:
    PolicyHistoryCommand()
        : StoreCommand(u"policy history"_s,
                       u"List the published policy versions, oldest first; the last is active."_s)
    {
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto session = openSession(parser, true);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        auto versions = PolicyVersions(*session->store, session->users).history();
        if (!versions)
            return complain(versions.error().toString(), ExitIoError);
        if (wantsJson(parser)) {
            QJsonArray list;
            for (const PublishedVersion &version : *versions)
                list.append(version.toJson(false));
            identity::printJson(list);
            return ExitOk;
        }
        if (versions->empty())
            out() << "no policy version has been published\n";
        for (const PublishedVersion &version : *versions)
            out() << version.seq << "  " << identity::isoTime(version.publishedAt) << "  "
                  << version.hash.left(12) << "  " << version.author << "  " << version.comment << '\n';
        out() << Qt::flush;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePolicyHistoryCommand()
{
    return std::make_unique<PolicyHistoryCommand>();
}

} // namespace custos::ctl::policy
