// `custosctl policy publish FILE`: a new active version, recorded in the ledger.
#include "CommandLine.h"
#include "PolicyCommand.h"
#include "StoreCommand.h"

#include "core/identity/Credentials.h"
#include "core/publishing/PolicyVersions.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::policy {
namespace {

class PolicyPublishCommand : public StoreCommand
{
public:
    PolicyPublishCommand()
        : StoreCommand(u"policy publish"_s,
                       u"Publish a policy file as the new active version, recorded in the ledger. "
                       "The author signs in with their password (CUSTOS_ACTOR_PASSWORD or a "
                       "prompt) and must be a risk officer. A running gateway follows it at once."_s)
    {
        addOptions({m_as, m_comment});
        addLedgerOptions();
        addPositionalArgument(u"FILE"_s, u"The file."_s);
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (!parser.isSet(m_as) || !parser.isSet(m_comment))
            return complain(u"--as USER and --comment TEXT are required"_s, ExitUsage);
        auto source = Policy::readSource(parser.positionalArguments().constFirst());
        if (!source)
            return complain(source.error().toString(), ExitIoError);
        const QString author = parser.value(m_as);
        auto password =
            identity::secretFrom("CUSTOS_ACTOR_PASSWORD", u"Password for %1: "_s.arg(author), false);
        if (!password)
            return complain(password.error().toString(), ExitUsage);
        auto session = openSession(parser, false);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        PolicyVersions versions(*session->store, session->users);
        auto published =
            versions.publish(*source, parser.value(m_comment), Credentials::withPassword(author, *password));
        if (!published)
            return complain(published.error().toString(), ExitFailure);
        if (wantsJson(parser)) {
            identity::printJson(published->toJson(false));
            return ExitOk;
        }
        out() << "published version " << published->hash << " (ledger event " << published->seq << ")\n"
              << Qt::flush;
        return ExitOk;
    }

private:
    const QCommandLineOption m_as{u"as"_s, u"Who publishes (a risk officer)."_s, u"USER"_s};
    const QCommandLineOption m_comment{u"comment"_s, u"Why this version (required)."_s, u"TEXT"_s};
};

} // namespace

std::unique_ptr<Command> makePolicyPublishCommand()
{
    return std::make_unique<PolicyPublishCommand>();
}

} // namespace custos::ctl::policy
