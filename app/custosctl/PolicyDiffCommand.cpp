// `custosctl policy diff A B`.
#include "Command.h"
#include "PolicyCommand.h"

#include "core/policy/PolicyDiff.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::policy {
namespace {

class PolicyDiffCommand : public Command
{
public:
    PolicyDiffCommand()
        : Command(u"policy diff"_s,
                  u"Show what changed between two policy versions: rules, routes, detectors, metadata."_s)
    {
        addPositionalArgument(u"A"_s, u"The earlier policy."_s);
        addPositionalArgument(u"B"_s, u"The later policy."_s);
        addOption(m_json);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 2)
            return complain(u"name two files, A and B"_s, ExitUsage);
        const auto before = loadOrReport(files.at(0));
        const auto after = loadOrReport(files.at(1));
        if (!before || !after)
            return std::max(before ? 0 : before.error(), after ? 0 : after.error());
        const PolicyDiff changes = PolicyDiff::between(before->document(), after->document());
        if (parser.isSet(m_json)) {
            QJsonObject object = changes.toJson();
            object.insert(u"before"_s, before->hash());
            object.insert(u"after"_s, after->hash());
            out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        } else {
            out() << "--- " << files.at(0) << " (" << before->hash() << ")\n"
                  << "+++ " << files.at(1) << " (" << after->hash() << ")\n"
                  << changes.toText() << Qt::flush;
        }
        // Like diff(1), so scripts can ask "did the policy change?" by the exit code alone.
        return changes.isEmpty() ? ExitOk : ExitFailure;
    }

private:
    const QCommandLineOption m_json{u"json"_s, u"Print the diff as JSON."_s};
};

} // namespace

std::unique_ptr<Command> makePolicyDiffCommand()
{
    return std::make_unique<PolicyDiffCommand>();
}

} // namespace custos::ctl::policy
