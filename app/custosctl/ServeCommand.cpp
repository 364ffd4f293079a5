#include "CommandLine.h"
#include "CommandRegistry.h"
#include "EvidenceCommand.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "gateway/GatewayServer.h"
#include "gateway/PolicyEnforcer.h"
#include "gateway/StoreDirectory.h"
#include "gateway/StoreEvidenceSink.h"

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

int complain(const QString &message, int code)
{
    err() << "custosctl serve: " << message << Qt::endl;
    return code;
}

// Loads and compiles the policy; prints every validation error with its location.
std::shared_ptr<const Enforcer> loadPolicy(const QString &file)
{
    auto policy = Policy::fromFile(file);
    if (!policy) {
        for (const Error &error : policy.error())
            err() << "custosctl serve: " << error.toString() << '\n';
        err() << Qt::flush;
        return nullptr;
    }
    auto engine = PolicyEngine::compile(*policy);
    if (!engine) {
        complain(engine.error().toString(), ExitFailure);
        return nullptr;
    }
    return std::make_shared<PolicyEnforcer>(*engine);
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run the gateway headless. Without --policy and --store it answers health and metrics "
                       "only and refuses model requests (fail closed)."));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow a listen address other than loopback."));
    const QCommandLineOption policy(QStringLiteral("policy"), QStringLiteral("Policy file to enforce."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("HTTP worker threads."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption upstreamTimeout(QStringLiteral("upstream-timeout-ms"),
                                             QStringLiteral("Upstream read timeout."), QStringLiteral("MS"),
                                             QStringLiteral("120000"));
    const evidence::StoreOptions storeOptions;
    parser.addOptions({listen, allowRemote, policy, threads, upstreamTimeout});
    parser.addOptions({storeOptions.store, storeOptions.keyFile, storeOptions.keychain});
    if (!parseOrReport(parser, QStringLiteral("serve"), arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    auto options = GatewayOptions::fromListenSpec(parser.value(listen), parser.isSet(allowRemote));
    if (!options)
        return complain(options.error().toString(), ExitUsage);
    options->workerThreads = qBound(0, parser.value(threads).toInt(), 64);

    GatewayServices services;
    services.upstreamReadTimeoutMs = qMax(100, parser.value(upstreamTimeout).toInt());
    if (parser.isSet(policy)) {
        services.enforcer = loadPolicy(parser.value(policy));
        if (!services.enforcer)
            return ExitFailure;
    }
    if (parser.isSet(storeOptions.store)) {
        auto store = evidence::openFrom(parser, storeOptions, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        std::shared_ptr<EvidenceStore> shared(std::move(*store));
        auto directory = std::make_shared<StoreDirectory>(shared);
        services.evidence = std::make_shared<StoreEvidenceSink>(shared);
        services.callers = directory;
        services.routes = directory;
    }
    GatewayServer gateway(services);
    if (const auto started = gateway.start(*options); !started)
        return complain(started.error().toString(), ExitIoError);
    quitOnTerminationSignals();
    out() << "Custos gateway listening on " << gateway.baseUrl() << '\n'
          << "Point an OpenAI client at it:\n"
          << "  export OPENAI_BASE_URL=" << gateway.baseUrl() << "/v1\n"
          << "  export OPENAI_API_KEY=<your Custos key>\n"
          << "or an Anthropic client:\n"
          << "  export ANTHROPIC_BASE_URL=" << gateway.baseUrl() << '\n'
          << "  export ANTHROPIC_API_KEY=<your Custos key>\n";
    if (!services.enforcer || !services.evidence)
        out() << "No " << (services.enforcer ? "evidence store" : "policy")
              << " given: model requests are refused until the gateway runs with --policy and --store.\n";
    out() << Qt::flush;
    return QCoreApplication::exec();
}

const CommandRegistration registration{
    {QStringLiteral("serve"), QStringLiteral("run the gateway headless"), serve}};

} // namespace
} // namespace custos::ctl
