// `custosctl routes add|list|remove`: the upstreams the gateway forwards to. Provider keys are read from
// an environment variable (never from the command line, where `ps` would show them) and kept encrypted
// in the evidence store.
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "EvidenceCommand.h"

#include "core/evidence/RouteValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::ctl::routes {
namespace {

int usage()
{
    err()
        << "usage: custosctl routes add NAME --kind openai|anthropic --base-url URL [--api-key-env VAR]\n"
           "       custosctl routes list [--json]\n"
           "       custosctl routes remove NAME\n"
           "Every form takes --store PATH and the store key (--key-file, --keychain or CUSTOS_PASSPHRASE).\n"
        << Qt::flush;
    return ExitUsage;
}

int complain(const QString &verb, const QString &message, int code)
{
    err() << "custosctl routes " << verb << ": " << message << Qt::endl;
    return code;
}

std::optional<int> parseStoreCommand(QCommandLineParser &parser, const evidence::StoreOptions &options,
                                     const QString &verb, const QStringList &arguments)
{
    options.addTo(parser);
    if (!parseOrReport(parser, QStringLiteral("routes ") + verb, arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(options.store))
        return complain(verb, QStringLiteral("--store PATH is required"), ExitUsage);
    return std::nullopt;
}

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

int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add or replace an upstream route."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("Route name, as the policy names it."));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("openai or anthropic."),
                                  QStringLiteral("KIND"), QStringLiteral("openai"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QStringLiteral("Base URL (OpenAI-compatible ones end in /v1)."),
                                     QStringLiteral("URL"));
    const QCommandLineOption keyEnv(
        QStringLiteral("api-key-env"),
        QStringLiteral("Environment variable holding the provider key (without it, "
                       "a replaced route keeps its stored key)."),
        QStringLiteral("VAR"));
    parser.addOptions({kind, baseUrl, keyEnv});
    const evidence::StoreOptions options;
    if (const auto stop = parseStoreCommand(parser, options, QStringLiteral("add"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return complain(QStringLiteral("add"), QStringLiteral("give exactly one route NAME"), ExitUsage);
    Route route;
    route.name = parser.positionalArguments().constFirst();
    route.kind = parser.value(kind);
    route.baseUrl = parser.value(baseUrl);
    if (auto valid = RouteValidation::check(route); !valid)
        return complain(QStringLiteral("add"), valid.error().toString(), ExitUsage);
    route.baseUrl = RouteValidation::normalizedBaseUrl(route.baseUrl);
    if (parser.isSet(keyEnv)) {
        route.apiKey = qEnvironmentVariable(parser.value(keyEnv).toLocal8Bit().constData());
        if (route.apiKey.isEmpty())
            return complain(
                QStringLiteral("add"),
                QStringLiteral("the environment variable %1 is empty or unset").arg(parser.value(keyEnv)),
                ExitUsage);
    }
    auto store = evidence::openFrom(parser, options, false);
    if (!store)
        return complain(QStringLiteral("add"), store.error().toString(), ExitIoError);
    const bool kept = !parser.isSet(keyEnv) && keepStoredKey(**store, route);
    if (auto put = (*store)->putRoute(route, evidence::actorFrom(parser, options)); !put)
        return complain(QStringLiteral("add"), put.error().toString(), ExitIoError);
    out() << "route " << route.name << " (" << route.kind << ") -> " << route.baseUrl
          << (route.apiKey.isEmpty() ? " without a provider key"
              : kept                 ? " keeping its stored provider key"
                                     : " with its provider key stored encrypted")
          << '\n'
          << Qt::flush;
    return ExitOk;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const evidence::StoreOptions options;
    if (const auto stop = parseStoreCommand(parser, options, QStringLiteral("list"), arguments))
        return *stop;
    auto store = evidence::openFrom(parser, options, true);
    if (!store)
        return complain(QStringLiteral("list"), store.error().toString(), ExitIoError);
    const auto routes = (*store)->routes();
    if (!routes)
        return complain(QStringLiteral("list"), routes.error().toString(), ExitIoError);
    QJsonArray json;
    for (const Route &route : *routes) {
        json.append(QJsonObject{{QStringLiteral("name"), route.name},
                                {QStringLiteral("kind"), route.kind},
                                {QStringLiteral("base_url"), route.baseUrl},
                                {QStringLiteral("has_api_key"), !route.apiKey.isEmpty()}});
        if (!parser.isSet(options.json))
            out() << route.name.leftJustified(16) << ' ' << route.kind.leftJustified(10) << ' '
                  << route.baseUrl << (route.apiKey.isEmpty() ? "  (no key)" : "  (key stored)") << '\n';
    }
    if (parser.isSet(options.json))
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    out() << Qt::flush;
    return ExitOk;
}

int remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Route to remove."));
    const evidence::StoreOptions options;
    if (const auto stop = parseStoreCommand(parser, options, QStringLiteral("remove"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return complain(QStringLiteral("remove"), QStringLiteral("give exactly one route NAME"), ExitUsage);
    auto store = evidence::openFrom(parser, options, false);
    if (!store)
        return complain(QStringLiteral("remove"), store.error().toString(), ExitIoError);
    const QString name = parser.positionalArguments().constFirst();
    if (auto removed = (*store)->removeRoute(name, evidence::actorFrom(parser, options)); !removed)
        return complain(QStringLiteral("remove"), removed.error().toString(), ExitFailure);
    out() << "route " << name << " removed\n" << Qt::flush;
    return ExitOk;
}

int routes(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString verb = arguments.constFirst();
    if (verb == u"add")
        return add(arguments.mid(1));
    if (verb == u"list")
        return list(arguments.mid(1));
    if (verb == u"remove")
        return remove(arguments.mid(1));
    return usage();
}

const CommandRegistration registration{
    {QStringLiteral("routes"), QStringLiteral("configure the gateway's upstream routes"), routes}};

} // namespace
} // namespace custos::ctl::routes
