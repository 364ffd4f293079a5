#include "CommandLine.h"
#include "CommandRegistry.h"

#include "core/common/Version.h"

#include <QCoreApplication>

using namespace custos::ctl;

namespace {

void printUsage()
{
    out() << "usage: custosctl COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto &[name, command] : CommandRegistry::instance().commands())
        out() << "  " << name.leftJustified(12) << command.summary << '\n';
    out() << "\nRun 'custosctl COMMAND --help' for a command's options.\n" << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custosctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationVersion(custos::version());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        printUsage();
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.first() == u"--version") {
        out() << "custosctl " << custos::version() << Qt::endl;
        return ExitOk;
    }
    const QString verb = arguments.takeFirst();
    const Command *command = CommandRegistry::instance().find(verb);
    if (!command) {
        err() << "custosctl: unknown command '" << verb << "'\n" << Qt::flush;
        printUsage();
        return ExitUsage;
    }
    return command->run(arguments);
}
