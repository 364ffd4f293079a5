#include "CommandLine.h"
#include "CommandRegistry.h"

#include "core/common/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace custos::ctl;

namespace {

void printUsage()
{
    out() << "usage: custosctl COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto &[name, verb] : CommandRegistry::instance().verbs())
        out() << "  " << name.leftJustified(12) << verb.summary << '\n';
    out() << "\nRun 'custosctl COMMAND --help' for a command's options.\n" << Qt::flush;
}

// Only the verbs that draw a PDF need QtGui's fonts, so only they pay for a QGuiApplication; the
// offscreen platform lets them run without a display. Every other verb stays a QCoreApplication.
bool drawsPdf(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArrayView verb(argv[1]);
    return verb == "audit" || verb == "report";
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!drawsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
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
    const Verb *command = CommandRegistry::instance().find(verb);
    if (!command) {
        err() << "custosctl: unknown command '" << verb << "'\n" << Qt::flush;
        printUsage();
        return ExitUsage;
    }
    return command->run(arguments);
}
