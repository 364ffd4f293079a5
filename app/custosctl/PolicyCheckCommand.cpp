// `custosctl policy check FILE...`.
#include "Command.h"
#include "PolicyCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::policy {
namespace {

class PolicyCheckCommand : public Command
{
public:
    PolicyCheckCommand()
        : Command(u"policy check"_s, u"Validate policy files. Exit 0: valid; 1: invalid; 3: unreadable."_s)
    {
        addPositionalArgument(u"FILE"_s, u"Policy YAML files."_s, u"FILE..."_s);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().isEmpty())
            return complain(u"name at least one FILE"_s, ExitUsage);
        int result = ExitOk;
        for (const QString &path : parser.positionalArguments()) {
            const auto policy = loadOrReport(path);
            if (!policy) {
                result = std::max(result, policy.error());
                continue;
            }
            out() << path << ": valid policy '" << policy->id() << "', " << policy->document().rules.size()
                  << " rules, version " << policy->hash() << Qt::endl;
        }
        return result;
    }
};

} // namespace

std::unique_ptr<Command> makePolicyCheckCommand()
{
    return std::make_unique<PolicyCheckCommand>();
}

} // namespace custos::ctl::policy
