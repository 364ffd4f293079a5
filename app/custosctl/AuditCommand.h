#pragma once

// `custosctl audit export | verify`: audit packs. The group is in AuditCommand.cpp, the
// subcommands in AuditExportCommand.cpp and AuditVerifyCommand.cpp.

#include <memory>

namespace custos::ctl {
class Command;
}

namespace custos::ctl::audit {

// Exit codes of the audit verbs, documented in --help and the README.
enum AuditExit : int {
    AuditOk = 0,
    AuditVerifyFailed = 1, // audit verify: a check failed
    AuditBadInput = 2,     // the command line, the period, a service or the destination is wrong
    AuditIoError = 3,      // the store or the pack cannot be read or written (a full disk, ...)
    AuditRefused = 4,      // wrong role or password (the refusal is in the ledger)
    AuditChainBroken = 5,  // exported, but the ledger's chain is broken in the period: the pack says where
};

std::unique_ptr<Command> makeAuditExportCommand();
std::unique_ptr<Command> makeAuditVerifyCommand();

inline constexpr const char *kExitCodeHelp =
    "Exit codes: 0 ok; 1 verification failed; 2 bad input (command line, period, service,\n"
    "destination); 3 the store or pack cannot be read or written; 4 refused (role or password;\n"
    "recorded in the ledger); 5 exported, but the chain is broken in the period.\n";

} // namespace custos::ctl::audit
