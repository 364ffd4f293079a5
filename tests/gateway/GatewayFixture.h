#pragma once

#include "GatewayTestSupport.h"

#include "gateway/GatewayServer.h"
#include "gateway/MemoryEvidenceSink.h"
#include "gateway/StaticDirectory.h"

#include <QThread>

#include <memory>

// An in-process gateway enforcing tests/gateway/data/gateway-policy.yaml with the real policy engine,
// recording into memory, with routes "upstream", "local" (OpenAI) and "anthropic" pointing at the stub.
class GatewayFixture
{
public:
    static constexpr const char *callerKey = "custos_test_alice_key";

    struct Settings
    {
        bool allowAll = false;
        int upstreamReadTimeoutMs = 10'000;
        custos::http::HttpLimits limits;
        // The exception path; none by default.
        std::shared_ptr<const custos::ExceptionChecker> exceptions;
        // Where evidence goes instead of memory (a StoreEvidenceSink on a real store); evidence()
        // then stays empty.
        std::shared_ptr<custos::EvidenceSink> evidence;
        // The policy instead of tests/gateway/data/gateway-policy.yaml.
        QString policyFile;
    };

    // On failure returns false and sets error().
    bool start(const gatewaytest::StubUpstream &stub, const Settings &settings);
    bool start(const gatewaytest::StubUpstream &stub) { return start(stub, Settings{}); }
    void stop();
    ~GatewayFixture() { stop(); }

    quint16 port() const { return m_server->port(); }
    const QString &error() const { return m_error; }
    custos::MemoryEvidenceSink &evidence() { return *m_evidence; }
    // The interaction recorded with this id, or an empty event.
    custos::EvidenceEvent eventFor(const QByteArray &interactionId) const;
    custos::EvidenceEvent lastEvent() const;

private:
    std::shared_ptr<custos::MemoryEvidenceSink> m_evidence;
    // The server (and its listening socket) lives on its own thread: the tests block on sockets.
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<custos::GatewayServer> m_server;
    QString m_error;
};
