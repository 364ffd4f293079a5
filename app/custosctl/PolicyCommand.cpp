// `custosctl policy check | hash | diff | publish | history | show`.
#include "PolicyCommand.h"

#include "CommandGroup.h"
#include "CommandLine.h"
#include "CommandRegistry.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace custos::ctl::policy {

std::expected<Policy, int> loadOrReport(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        err() << path << ": cannot read the policy file" << (info.exists() ? "" : " (no such file)")
              << Qt::endl;
        return std::unexpected(int(ExitIoError));
    }
    auto policy = Policy::fromFile(path);
    if (!policy) {
        for (const Error &error : policy.error())
            err() << error.toString() << '\n';
        err() << path << ": " << policy.error().size() << (policy.error().size() == 1 ? " error" : " errors")
              << Qt::endl;
        return std::unexpected(int(ExitFailure));
    }
    return std::move(*policy);
}

namespace {

std::shared_ptr<Command> makePolicyCommand()
{
    auto group = std::make_shared<CommandGroup>(
        u"policy"_s, u"usage: custosctl policy check FILE... | hash FILE | diff A B [--json]\n"
                     "       custosctl policy publish FILE --as USER --comment TEXT --store PATH\n"
                     "       custosctl policy history --store PATH | show HASH --store PATH\n"_s);
    group->add(makePolicyCheckCommand());
    group->add(makePolicyHashCommand());
    group->add(makePolicyDiffCommand());
    group->add(makePolicyPublishCommand());
    group->add(makePolicyHistoryCommand());
    group->add(makePolicyShowCommand());
    return group;
}

const CommandRegistration registration{u"check, hash and diff policy files; publish and list versions"_s,
                                       makePolicyCommand()};

} // namespace
} // namespace custos::ctl::policy
