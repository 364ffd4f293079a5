// `custosctl routes add|list|remove`: the upstreams the gateway forwards to. Provider keys are read from
// an environment variable (never from the command line, where `ps` would show them) and kept encrypted
// in the evidence store.
#include "CommandGroup.h"
#include "CommandRegistry.h"
#include "StoreCommand.h"

#include "core/evidence/RouteValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::ctl::routes {
namespace {

const QString kUsage = QStringLiteral(
    "usage: custosctl routes add NAME --kind openai|anthropic --base-url URL [--api-key-env VAR]\n"
    "       custosctl routes list [--json]\n"
    "       custosctl routes remove NAME\n"
    "Every form takes --store PATH and the store key (--key-file, --keychain or "
    "CUSTOS_PASSPHRASE).\n");

// Replacing a route without --api-key-env keeps the provider key it already has: a key is only
// ever replaced by another one, never dropped by an edit of the URL or kind.
bool keepStoredKey(const EvidenceStore &store, Route &route)
{
    const auto routes = store.routes();
    if (!routes)
        return false;
    const auto existing = std::ranges::find(*routes, route.name, &Route::name);
    if (existing == routes->cend() || existing->apiKey.isEmpty())
        return false;
    route.apiKey = existing->apiKey;
    return true;
}

class RoutesAddCommand : public StoreCommand
{
public:
    RoutesAddCommand()
        : StoreCommand(QStringLiteral("routes add"), QStringLiteral("Add or replace an upstream route."))
    {
        addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Route name, as the policy names it."));
        addOptions({m_kind, m_baseUrl, m_keyEnv});
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return complain(QStringLiteral("give exactly one route NAME"), ExitUsage);
        Route route;
        route.name = parser.positionalArguments().constFirst();
        route.kind = parser.value(m_kind);
        route.baseUrl = parser.value(m_baseUrl);
        if (auto valid = RouteValidation::check(route); !valid)
            return complain(valid.error().toString(), ExitUsage);
        route.baseUrl = RouteValidation::normalizedBaseUrl(route.baseUrl);
        if (parser.isSet(m_keyEnv)) {
            route.apiKey = qEnvironmentVariable(parser.value(m_keyEnv).toLocal8Bit().constData());
            if (route.apiKey.isEmpty())
                return complain(QStringLiteral("the environment variable %1 is empty or unset")
                                    .arg(parser.value(m_keyEnv)),
                                ExitUsage);
        }
        auto store = openStore(parser, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const bool kept = !parser.isSet(m_keyEnv) && keepStoredKey(**store, route);
        if (auto put = (*store)->putRoute(route, actor(parser)); !put)
            return complain(put.error().toString(), ExitIoError);
        out() << "route " << route.name << " (" << route.kind << ") -> " << route.baseUrl
              << (route.apiKey.isEmpty() ? " without a provider key"
                  : kept                 ? " keeping its stored provider key"
                                         : " with its provider key stored encrypted")
              << '\n'
              << Qt::flush;
        return ExitOk;
    }

private:
    const QCommandLineOption m_kind{QStringLiteral("kind"), QStringLiteral("openai or anthropic."),
                                    QStringLiteral("KIND"), QStringLiteral("openai")};
    const QCommandLineOption m_baseUrl{QStringLiteral("base-url"),
                                       QStringLiteral("Base URL (OpenAI-compatible ones end in /v1)."),
                                       QStringLiteral("URL")};
    const QCommandLineOption m_keyEnv{
        QStringLiteral("api-key-env"),
        QStringLiteral("Environment variable holding the provider key (without it, "
                       "a replaced route keeps its stored key)."),
        QStringLiteral("VAR")};
};

class RoutesListCommand : public StoreCommand
{
public:
    RoutesListCommand()
        : StoreCommand(QStringLiteral("routes list"))
    {
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const auto routes = (*store)->routes();
        if (!routes)
            return complain(routes.error().toString(), ExitIoError);
        QJsonArray json;
        for (const Route &route : *routes) {
            json.append(QJsonObject{{QStringLiteral("name"), route.name},
                                    {QStringLiteral("kind"), route.kind},
                                    {QStringLiteral("base_url"), route.baseUrl},
                                    {QStringLiteral("has_api_key"), !route.apiKey.isEmpty()}});
            if (!parser.isSet(m_store.json))
                out() << route.name.leftJustified(16) << ' ' << route.kind.leftJustified(10) << ' '
                      << route.baseUrl << (route.apiKey.isEmpty() ? "  (no key)" : "  (key stored)") << '\n';
        }
        if (parser.isSet(m_store.json))
            out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        out() << Qt::flush;
        return ExitOk;
    }
};

class RoutesRemoveCommand : public StoreCommand
{
public:
    RoutesRemoveCommand()
        : StoreCommand(QStringLiteral("routes remove"))
    {
        addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Route to remove."));
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return complain(QStringLiteral("give exactly one route NAME"), ExitUsage);
        auto store = openStore(parser, false);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        const QString name = parser.positionalArguments().constFirst();
        if (auto removed = (*store)->removeRoute(name, actor(parser)); !removed)
            return complain(removed.error().toString(), ExitFailure);
        out() << "route " << name << " removed\n" << Qt::flush;
        return ExitOk;
    }
};

std::shared_ptr<Command> makeRoutesCommand()
{
    auto group = std::make_shared<CommandGroup>(QStringLiteral("routes"), kUsage);
    group->add(std::make_unique<RoutesAddCommand>());
    group->add(std::make_unique<RoutesListCommand>());
    group->add(std::make_unique<RoutesRemoveCommand>());
    return group;
}

const CommandRegistration registration{QStringLiteral("configure the gateway's upstream routes"),
                                       makeRoutesCommand()};

} // namespace
} // namespace custos::ctl::routes
