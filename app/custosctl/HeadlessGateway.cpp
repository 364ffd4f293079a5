#include "HeadlessGateway.h"

#include "CommandLine.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/WatchScheduler.h"
#include "gateway/ActivePolicyEnforcer.h"
#include "gateway/DemoProvider.h"
#include "gateway/DemoRouteDirectory.h"
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

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
}

bool holdsDemoRoute(EvidenceStore &store)
{
    const auto routes = store.routes();
    return routes && std::ranges::any_of(*routes, &DemoRouteDirectory::isDemo);
}

} // namespace

HeadlessGateway::HeadlessGateway(int upstreamReadTimeoutMs)
{
    m_services.upstreamReadTimeoutMs = upstreamReadTimeoutMs;
}

HeadlessGateway::~HeadlessGateway() = default;

Result<void> HeadlessGateway::governBy(const std::shared_ptr<EvidenceStore> &store, const Policy *filePolicy,
                                       const QString &policyFile)
{
    if (filePolicy) {
        auto recorded = PolicyVersions(*store, nullptr)
                            .recordLoadedFile(*filePolicy, QFileInfo(policyFile).absoluteFilePath());
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    auto enforcer = std::make_shared<ActivePolicyEnforcer>(store);
    if (auto loaded = enforcer->refreshNow(); !loaded)
        err() << "custosctl: " << loaded.error().toString()
              << "; model requests are refused until a version is published (custosctl policy publish)\n"
              << Qt::flush;
    m_services.enforcer = std::move(enforcer);
    auto directory = std::make_shared<StoreDirectory>(store);
    m_services.evidence = std::make_shared<StoreEvidenceSink>(store);
    m_services.callers = directory;
    m_services.routes = directory;
    m_services.exceptions = std::make_shared<StoreExceptionChecker>(store);
    m_watch = std::make_unique<WatchScheduler>(store);
    return startDemoIfConfigured(store);
}

Result<void> HeadlessGateway::startDemoIfConfigured(const std::shared_ptr<EvidenceStore> &store)
{
    if (!holdsDemoRoute(*store))
        return {};
    auto demo = std::make_unique<DemoProvider>();
    if (auto started = demo->start(); !started)
        return started;
    m_services.routes = std::make_shared<DemoRouteDirectory>(m_services.routes, demo->baseUrl());
    m_demo = std::move(demo);
    return {};
}

Result<void> HeadlessGateway::enforceOnly(const Policy &policy)
{
    auto engine = PolicyEngine::compile(policy);
    if (!engine)
        return std::unexpected(engine.error());
    m_services.enforcer = std::make_shared<PolicyEnforcer>(*engine);
    return {};
}

Result<QString> HeadlessGateway::start(const GatewayOptions &options)
{
    m_server = std::make_unique<GatewayServer>(m_services);
    if (auto started = m_server->start(options); !started) {
        m_server.reset();
        return std::unexpected(started.error());
    }
    if (m_watch && !m_watch->isRunning())
        m_watch->start();
    return m_server->baseUrl();
}

QString HeadlessGateway::missingPart() const
{
    if (!m_services.enforcer)
        return u"policy"_s;
    if (!m_services.evidence)
        return u"evidence store"_s;
    return {};
}

int HeadlessGateway::runUntilSignalled()
{
    quitOnTerminationSignals();
    return QCoreApplication::exec();
}

void HeadlessGateway::printClientSetup(QTextStream &stream, const QString &baseUrl, const QString &key)
{
    const QString shownKey = key.isEmpty() ? u"<your Custos key>"_s : key;
    stream << "Point an OpenAI client at it:\n"
           << "  export OPENAI_BASE_URL=" << baseUrl << "/v1\n"
           << "  export OPENAI_API_KEY=" << shownKey << '\n'
           << "or an Anthropic client:\n"
           << "  export ANTHROPIC_BASE_URL=" << baseUrl << '\n'
           << "  export ANTHROPIC_API_KEY=" << shownKey << '\n';
}

} // namespace custos::ctl
