#include "GatewayFixture.h"

#include "core/policy/InteractionPayload.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "gateway/AllowAllEnforcer.h"
#include "gateway/PolicyEnforcer.h"

#include <QThread>

using namespace custos;

bool GatewayFixture::start(const gatewaytest::StubUpstream &stub, const Settings &settings)
{
    GatewayServices services;
    if (settings.allowAll) {
        services.enforcer = std::make_shared<AllowAllEnforcer>();
    } else {
        auto policy =
            Policy::fromFile(settings.policyFile.isEmpty()
                                 ? QStringLiteral(CUSTOS_SOURCE_DIR "/tests/gateway/data/gateway-policy.yaml")
                                 : settings.policyFile);
        if (!policy) {
            m_error = QStringLiteral("test policy: ") + policy.error().front().toString();
            return false;
        }
        auto engine = PolicyEngine::compile(*policy);
        if (!engine) {
            m_error = QStringLiteral("test policy: ") + engine.error().toString();
            return false;
        }
        services.enforcer = std::make_shared<PolicyEnforcer>(*engine);
    }
    m_evidence = std::make_shared<MemoryEvidenceSink>();
    services.evidence = m_evidence;
    if (settings.evidence)
        services.evidence = settings.evidence;
    auto directory = std::make_shared<StaticDirectory>();
    directory->addCaller(callerKey, ApiKeyIdentity{QStringLiteral("alice"), QStringLiteral("billing"),
                                                   QStringLiteral("custos_test")});
    directory->addRoute(Route{QStringLiteral("upstream"), QStringLiteral("openai"), stub.openAiBase(),
                              QStringLiteral("sk-provider-test")});
    directory->addRoute(Route{QStringLiteral("local"), QStringLiteral("openai"), stub.openAiBase(),
                              QStringLiteral("sk-provider-test")});
    directory->addRoute(Route{QStringLiteral("anthropic"), QStringLiteral("anthropic"), stub.anthropicBase(),
                              QStringLiteral("sk-provider-test")});
    services.callers = directory;
    services.routes = directory;
    services.upstreamReadTimeoutMs = settings.upstreamReadTimeoutMs;
    if (settings.exceptions)
        services.exceptions = settings.exceptions;

    GatewayOptions options;
    options.port = 0;
    options.workerThreads = 1;
    options.limits = settings.limits;
    m_thread = std::make_unique<QThread>();
    m_thread->start();
    bool ok = false;
    QObject context;
    context.moveToThread(m_thread.get());
    QMetaObject::invokeMethod(
        &context,
        [&] {
            m_server = std::make_unique<GatewayServer>(services);
            auto started = m_server->start(options);
            ok = started.has_value();
            if (!ok)
                m_error = started.error().toString();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void GatewayFixture::stop()
{
    if (!m_thread)
        return;
    QObject context;
    context.moveToThread(m_thread.get());
    QMetaObject::invokeMethod(&context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

EvidenceEvent GatewayFixture::eventFor(const QByteArray &interactionId) const
{
    // The event is appended before the last byte is released, so it is already here.
    for (const EvidenceEvent &event : m_evidence->events()) {
        const auto payload = InteractionPayload::fromJson(event.payload);
        if (payload && payload->interactionId.toUtf8() == interactionId)
            return event;
    }
    return {};
}

EvidenceEvent GatewayFixture::lastEvent() const
{
    const auto events = m_evidence->events();
    return events.isEmpty() ? EvidenceEvent{} : events.last();
}
