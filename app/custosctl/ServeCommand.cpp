#include "CommandLine.h"
#include "CommandRegistry.h"
#include "EvidenceCommand.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "core/publishing/PolicyVersions.h"
#include "gateway/ActivePolicyEnforcer.h"
#include "gateway/GatewayServer.h"
#include "gateway/PolicyEnforcer.h"
#include "gateway/StoreDirectory.h"
#include "gateway/StoreEvidenceSink.h"
#include "gateway/StoreExceptionChecker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace custos::ctl::serve {
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

// Loads and validates the policy file; prints every validation error with its location.
std::shared_ptr<const Policy> loadPolicy(const QString &file)
{
    auto policy = Policy::fromFile(file);
    if (!policy) {
        for (const Error &error : policy.error())
            err() << "custosctl serve: " << error.toString() << '\n';
        err() << Qt::flush;
        return nullptr;
    }
    return std::make_shared<const Policy>(std::move(*policy));
}

// With a store the gateway enforces the ledger's active policy version and follows new publishes.
// A policy file given as well is recorded as a version first, so the ledger holds its exact text.
int followPublishedPolicy(GatewayServices &services, const std::shared_ptr<EvidenceStore> &store,
                          const std::shared_ptr<const Policy> &filePolicy, const QString &file)
{
    if (filePolicy) {
        auto recorded =
            PolicyVersions(*store, nullptr).recordLoadedFile(*filePolicy, QFileInfo(file).absoluteFilePath());
        if (!recorded)
            return complain(recorded.error().toString(), ExitIoError);
    }
    auto enforcer = std::make_shared<ActivePolicyEnforcer>(store);
    if (auto loaded = enforcer->refreshNow(); !loaded)
        err() << "custosctl serve: " << loaded.error().toString()
              << "; model requests are refused until a version is published (custosctl policy publish)\n"
              << Qt::flush;
    services.enforcer = std::move(enforcer);
    return ExitOk;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run the gateway headless. With --store it enforces the store's active policy version "
                       "and follows new publishes without a restart; --policy FILE records that file as a "
                       "version first. Without a policy or a store it answers health and metrics only and "
                       "refuses model requests (fail closed)."));
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
    std::shared_ptr<const Policy> filePolicy;
    if (parser.isSet(policy)) {
        filePolicy = loadPolicy(parser.value(policy));
        if (!filePolicy)
            return ExitFailure;
    }
    if (parser.isSet(storeOptions.store)) {
        auto store = evidence::openFrom(parser, storeOptions, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        std::shared_ptr<EvidenceStore> shared(std::move(*store));
        if (auto governed = followPublishedPolicy(services, shared, filePolicy, parser.value(policy));
            governed != ExitOk)
            return governed;
        auto directory = std::make_shared<StoreDirectory>(shared);
        services.evidence = std::make_shared<StoreEvidenceSink>(shared);
        services.callers = directory;
        services.routes = directory;
        services.exceptions = std::make_shared<StoreExceptionChecker>(shared);
    } else if (filePolicy) {
        auto engine = PolicyEngine::compile(*filePolicy);
        if (!engine)
            return complain(engine.error().toString(), ExitFailure);
        services.enforcer = std::make_shared<PolicyEnforcer>(*engine);
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
} // namespace custos::ctl::serve
