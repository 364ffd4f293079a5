// `custosctl audit export | verify`: signed audit packs.
#include "AuditCommand.h"

#include "CommandGroup.h"
#include "CommandRegistry.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::audit {
namespace {

std::shared_ptr<Command> makeAuditCommand()
{
    auto group = std::make_shared<CommandGroup>(
        u"audit"_s,
        u"usage: custosctl audit SUBCOMMAND [OPTIONS]\n\nsubcommands:\n"
        "  export    write a signed audit pack (PDF, CSVs, checkpoints, keys, sums) for a period\n"
        "  verify    check a pack the way its README tells an auditor to\n\n"_s +
            QString::fromLatin1(kExitCodeHelp));
    group->add(makeAuditExportCommand());
    group->add(makeAuditVerifyCommand());
    return group;
}

const CommandRegistration registration{u"audit packs: export a signed PDF and CSV pack, verify one"_s,
                                       makeAuditCommand()};

} // namespace
} // namespace custos::ctl::audit
