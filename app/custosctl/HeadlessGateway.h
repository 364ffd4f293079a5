#pragma once

// The gateway as `custosctl serve` and `custosctl quickstart` run it: governed by a store's
// published policy (or a policy file alone), with the built-in demo provider when the store holds
// the demo route, serving until SIGINT or SIGTERM.

#include "core/common/Error.h"
#include "gateway/GatewayOptions.h"
#include "gateway/GatewayServices.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace custos {
class DemoProvider;
class EvidenceStore;
class GatewayServer;
class Policy;
class WatchScheduler;
} // namespace custos

namespace custos::ctl {

class HeadlessGateway
{
public:
    explicit HeadlessGateway(int upstreamReadTimeoutMs = 120'000);
    ~HeadlessGateway();

    // Enforces the store's active policy version and follows new publishes. `filePolicy`, when
    // given, is recorded as a version first, so the ledger holds the exact text enforced.
    Result<void> governBy(const std::shared_ptr<EvidenceStore> &store, const Policy *filePolicy = nullptr,
                          const QString &policyFile = {});
    // Without a store: enforce a policy file, record nothing (model requests are still refused).
    Result<void> enforceOnly(const Policy &policy);

    // Binds and starts serving; returns the base URL or why it cannot listen.
    Result<QString> start(const GatewayOptions &options);
    bool servesDemo() const { return m_demo != nullptr; }
    // The watchers over the store (governBy only), evaluated from start() on at start, as each
    // UTC day closes and every few minutes for budgets; nullptr without a store.
    WatchScheduler *watchScheduler() const { return m_watch.get(); }
    // Empty when the gateway forwards; otherwise what it lacks ("policy", "evidence store").
    QString missingPart() const;

    // Runs the event loop until SIGINT or SIGTERM, so pending evidence is flushed before exit.
    static int runUntilSignalled();
    // Prints the SDK environment variables for `baseUrl`, with `key` (or a placeholder).
    static void printClientSetup(QTextStream &stream, const QString &baseUrl, const QString &key = {});

private:
    Result<void> startDemoIfConfigured(const std::shared_ptr<EvidenceStore> &store);

    GatewayServices m_services;
    std::unique_ptr<DemoProvider> m_demo;
    std::unique_ptr<GatewayServer> m_server;
    std::unique_ptr<WatchScheduler> m_watch;
};

} // namespace custos::ctl
