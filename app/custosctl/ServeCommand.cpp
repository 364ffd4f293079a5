#include "Command.h"
#include "CommandRegistry.h"
#include "EvidenceCommand.h"
#include "HeadlessGateway.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/Policy.h"
#include "core/watch/WatchScheduler.h"

#include <climits>
#include <functional>
#include <optional>
#include <vector>

namespace custos::ctl::serve {
namespace {

// Loads and validates the policy file; prints every validation error with its location.
std::optional<Policy> loadPolicy(const QString &file)
{
    auto policy = Policy::fromFile(file);
    if (!policy) {
        for (const Error &error : policy.error())
            err() << "custosctl serve: " << error.toString() << '\n';
        err() << Qt::flush;
        return std::nullopt;
    }
    return std::move(*policy);
}

// The HTTP limits `serve` takes on its command line: option name, help, and the field it sets.
struct LimitOption
{
    QCommandLineOption option;
    std::function<void(http::HttpLimits &, qint64)> apply;
};

std::vector<LimitOption> limitOptions()
{
    const http::HttpLimits defaults;
    const auto option = [](const char *name, const QString &help, qint64 value) {
        return QCommandLineOption(QString::fromLatin1(name), help, QStringLiteral("N"),
                                  QString::number(value));
    };
    return {
        {option("header-timeout-ms", QStringLiteral("Deadline for a request's headers, from its first byte."),
                defaults.headerTimeoutMs),
         [](http::HttpLimits &l, qint64 v) { l.headerTimeoutMs = int(qMin<qint64>(v, INT_MAX)); }},
        {option("body-timeout-ms", QStringLiteral("Deadline for a whole request, from its first byte."),
                defaults.bodyTimeoutMs),
         [](http::HttpLimits &l, qint64 v) { l.bodyTimeoutMs = int(qMin<qint64>(v, INT_MAX)); }},
        {option("idle-timeout-ms", QStringLiteral("How long a kept-alive connection may wait for a request."),
                defaults.idleTimeoutMs),
         [](http::HttpLimits &l, qint64 v) { l.idleTimeoutMs = int(qMin<qint64>(v, INT_MAX)); }},
        {option("max-body-bytes", QStringLiteral("Largest request body."), defaults.maxBodyBytes),
         [](http::HttpLimits &l, qint64 v) { l.maxBodyBytes = v; }},
        {option("connection-buffer-bytes",
                QStringLiteral("What is read ahead of a connection whose request is being answered."),
                defaults.maxConnectionBufferBytes),
         [](http::HttpLimits &l, qint64 v) { l.maxConnectionBufferBytes = v; }},
        {option("max-in-flight-bytes",
                QStringLiteral("Request bytes held at once, all connections together; beyond, 503."),
                defaults.maxInFlightBytes),
         [](http::HttpLimits &l, qint64 v) { l.maxInFlightBytes = v; }},
        {option("retry-after-s", QStringLiteral("Retry-After of a 503 for lack of room."),
                defaults.retryAfterSeconds),
         [](http::HttpLimits &l, qint64 v) { l.retryAfterSeconds = int(qMin<qint64>(v, INT_MAX)); }},
    };
}

// Applies the limit options; the error names the option whose value is not a whole number.
Result<void> applyLimits(const QCommandLineParser &parser, const std::vector<LimitOption> &options,
                         http::HttpLimits &limits)
{
    for (const LimitOption &limit : options) {
        bool ok = false;
        const QString text = parser.value(limit.option);
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--%1 takes a whole number, not '%2'")
                            .arg(limit.option.names().first(), text));
        limit.apply(limits, value);
    }
    return {};
}

class ServeCommand : public Command
{
public:
    ServeCommand()
        : Command(QStringLiteral("serve"),
                  QStringLiteral(
                      "Run the gateway headless. With --store it enforces the store's active policy version "
                      "and follows new publishes without a restart; --policy FILE records that file as a "
                      "version first. Without a policy or a store it answers health and metrics only and "
                      "refuses model requests (fail closed). 'custosctl quickstart' sets up a store and "
                      "serves it in one step."))
    {
        addOptions({m_listen, m_allowRemote, m_policy, m_threads, m_upstreamTimeout});
        for (const LimitOption &limit : m_limits)
            addOption(limit.option);
        addOptions({m_store.store, m_store.keyFile, m_store.keychain});
    }

protected:
    int execute(const QCommandLineParser &parser) override;

private:
    const QCommandLineOption m_listen{QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787")};
    const QCommandLineOption m_allowRemote{QStringLiteral("allow-remote"),
                                           QStringLiteral("Allow a listen address other than loopback.")};
    const QCommandLineOption m_policy{QStringLiteral("policy"), QStringLiteral("Policy file to enforce."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption m_threads{QStringLiteral("threads"), QStringLiteral("HTTP worker threads."),
                                       QStringLiteral("N"), QStringLiteral("2")};
    const QCommandLineOption m_upstreamTimeout{QStringLiteral("upstream-timeout-ms"),
                                               QStringLiteral("Upstream read timeout."), QStringLiteral("MS"),
                                               QStringLiteral("120000")};
    const std::vector<LimitOption> m_limits = limitOptions();
    const evidence::StoreOptions m_store;
};

int ServeCommand::execute(const QCommandLineParser &parser)
{
    auto options = GatewayOptions::fromListenSpec(parser.value(m_listen), parser.isSet(m_allowRemote));
    if (!options)
        return complain(options.error().toString(), ExitUsage);
    options->workerThreads = qBound(0, parser.value(m_threads).toInt(), 64);
    if (auto applied = applyLimits(parser, m_limits, options->limits); !applied)
        return complain(applied.error().toString(), ExitUsage);
    if (auto valid = options->validate(); !valid)
        return complain(valid.error().toString(), ExitUsage);

    HeadlessGateway gateway(qMax(100, parser.value(m_upstreamTimeout).toInt()));
    std::optional<Policy> filePolicy;
    if (parser.isSet(m_policy)) {
        filePolicy = loadPolicy(parser.value(m_policy));
        if (!filePolicy)
            return ExitFailure;
    }
    if (parser.isSet(m_store.store)) {
        auto store = evidence::openFrom(parser, m_store, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const std::shared_ptr<EvidenceStore> shared(std::move(*store));
        if (auto governed =
                gateway.governBy(shared, filePolicy ? &*filePolicy : nullptr, parser.value(m_policy));
            !governed)
            return complain(governed.error().toString(), ExitIoError);
    } else if (filePolicy) {
        if (auto enforced = gateway.enforceOnly(*filePolicy); !enforced)
            return complain(enforced.error().toString(), ExitFailure);
    }
    const auto baseUrl = gateway.start(*options);
    if (!baseUrl)
        return complain(baseUrl.error().toString(), ExitIoError);
    out() << "Custos gateway listening on " << *baseUrl << '\n';
    HeadlessGateway::printClientSetup(out(), *baseUrl);
    if (gateway.servesDemo())
        out() << "The store holds the built-in demo route: requests without a real route get demo answers.\n";
    if (gateway.watchScheduler())
        out() << "Watchers: evaluated now, after each UTC midnight and every "
              << WatchScheduler::kDefaultBudgetInterval.count() << " minutes for budgets.\n";
    if (const QString missing = gateway.missingPart(); !missing.isEmpty())
        out() << "No " << missing
              << " given: model requests are refused until the gateway runs with --policy and --store.\n";
    out() << Qt::flush;
    return HeadlessGateway::runUntilSignalled();
}

const CommandRegistration registration{QStringLiteral("run the gateway headless"),
                                       std::make_shared<ServeCommand>()};

} // namespace
} // namespace custos::ctl::serve
