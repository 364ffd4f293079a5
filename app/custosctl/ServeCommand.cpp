#include "CommandLine.h"
#include "CommandRegistry.h"

#include "gateway/GatewayServer.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace custos::ctl {
namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop cleanly, so pending evidence is flushed before exit.
void quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run the gateway headless."));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow a listen address other than loopback."));
    const QCommandLineOption policy(QStringLiteral("policy"), QStringLiteral("Policy file to enforce."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Evidence store."),
                                   QStringLiteral("PATH"));
    parser.addOptions({listen, allowRemote, policy, store});
    if (!parseOrReport(parser, QStringLiteral("serve"), arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const auto options = GatewayOptions::fromListenSpec(parser.value(listen), parser.isSet(allowRemote));
    if (!options) {
        err() << "custosctl serve: " << options.error().toString() << Qt::endl;
        return ExitUsage;
    }
    GatewayServer gateway;
    if (const auto started = gateway.start(*options); !started) {
        err() << "custosctl serve: " << started.error().toString() << Qt::endl;
        return ExitIoError;
    }
    quitOnTerminationSignals();
    out() << "Custos gateway listening on " << gateway.baseUrl() << '\n'
          << "Point an OpenAI client at it:\n"
          << "  export OPENAI_BASE_URL=" << gateway.baseUrl() << "/v1\n"
          << "  export OPENAI_API_KEY=<your Custos key>\n"
          << Qt::flush;
    return QCoreApplication::exec();
}

const CommandRegistration registration{
    {QStringLiteral("serve"), QStringLiteral("run the gateway headless"), serve}};

} // namespace
} // namespace custos::ctl
