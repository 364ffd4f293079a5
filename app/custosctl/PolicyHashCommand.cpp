// `custosctl policy hash FILE`.
#include "Command.h"
#include "PolicyCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::policy {
namespace {

class PolicyHashCommand : public Command
{
public:
    PolicyHashCommand()
        : Command(u"policy hash"_s, u"Print a policy's version id: the SHA-256 of its canonical form."_s)
    {
        addPositionalArgument(u"FILE"_s, u"Policy YAML file."_s);
        addOption(m_canonical);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return complain(u"name exactly one FILE"_s, ExitUsage);
        const auto policy = loadOrReport(parser.positionalArguments().constFirst());
        if (!policy)
            return policy.error();
        out() << policy->hash() << '\n';
        if (parser.isSet(m_canonical))
            out() << QString::fromUtf8(policy->canonicalForm()) << '\n';
        out() << Qt::flush;
        return ExitOk;
    }

private:
    const QCommandLineOption m_canonical{u"canonical"_s, u"Print the canonical form too."_s};
};

} // namespace

std::unique_ptr<Command> makePolicyHashCommand()
{
    return std::make_unique<PolicyHashCommand>();
}

} // namespace custos::ctl::policy
