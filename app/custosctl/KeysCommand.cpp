// `custosctl keys issue|list|revoke`: the Custos API keys developers use instead of provider keys.
// A key is printed once when issued; the store keeps only its SHA-256 and a short prefix.
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "EvidenceCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::ctl::keys {
namespace {

int usage()
{
    err()
        << "usage: custosctl keys issue --user USER --service SERVICE\n"
           "       custosctl keys list [--json]\n"
           "       custosctl keys revoke PREFIX\n"
           "Every form takes --store PATH and the store key (--key-file, --keychain or CUSTOS_PASSPHRASE).\n"
        << Qt::flush;
    return ExitUsage;
}

int complain(const QString &verb, const QString &message, int code)
{
    err() << "custosctl keys " << verb << ": " << message << Qt::endl;
    return code;
}

std::optional<int> parseStoreCommand(QCommandLineParser &parser, const evidence::StoreOptions &options,
                                     const QString &verb, const QStringList &arguments)
{
    options.addTo(parser);
    if (!parseOrReport(parser, QStringLiteral("keys ") + verb, arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(options.store))
        return complain(verb, QStringLiteral("--store PATH is required"), ExitUsage);
    return std::nullopt;
}

int issue(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Issue a Custos API key; it is printed once."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Who the key belongs to."),
                                  QStringLiteral("USER"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("The service using it."),
                                     QStringLiteral("SERVICE"));
    parser.addOptions({user, service});
    const evidence::StoreOptions options;
    if (const auto stop = parseStoreCommand(parser, options, QStringLiteral("issue"), arguments))
        return *stop;
    if (parser.value(user).isEmpty() || parser.value(service).isEmpty())
        return complain(QStringLiteral("issue"), QStringLiteral("--user and --service are required"),
                        ExitUsage);
    auto store = evidence::openFrom(parser, options, false);
    if (!store)
        return complain(QStringLiteral("issue"), store.error().toString(), ExitIoError);
    const auto key = (*store)->issueApiKey(parser.value(user), parser.value(service),
                                           evidence::actorFrom(parser, options));
    if (!key)
        return complain(QStringLiteral("issue"), key.error().toString(), ExitIoError);
    out() << *key << '\n' << Qt::flush;
    err() << "Issued for user " << parser.value(user) << ", service " << parser.value(service)
          << ". It is shown only now: store it where the service reads its OPENAI_API_KEY or "
             "ANTHROPIC_API_KEY.\n"
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
    const auto keys = (*store)->apiKeys();
    if (!keys)
        return complain(QStringLiteral("list"), keys.error().toString(), ExitIoError);
    QJsonArray json;
    for (const ApiKeyRecord &key : *keys) {
        const QString revoked = key.revoked.isValid() ? key.revoked.toString(Qt::ISODate) : QString();
        json.append(
            QJsonObject{{QStringLiteral("prefix"), key.prefix},
                        {QStringLiteral("user"), key.user},
                        {QStringLiteral("service"), key.service},
                        {QStringLiteral("created"), key.created.toString(Qt::ISODate)},
                        {QStringLiteral("revoked"), revoked.isEmpty() ? QJsonValue() : QJsonValue(revoked)}});
        if (!parser.isSet(options.json))
            out() << key.prefix.leftJustified(18) << ' ' << key.user.leftJustified(14) << ' '
                  << key.service.leftJustified(14) << ' ' << key.created.toString(Qt::ISODate)
                  << (revoked.isEmpty() ? QString() : QStringLiteral("  revoked ") + revoked) << '\n';
    }
    if (parser.isSet(options.json))
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    out() << Qt::flush;
    return ExitOk;
}

int revoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PREFIX"), QStringLiteral("The key's prefix, as listed."));
    const evidence::StoreOptions options;
    if (const auto stop = parseStoreCommand(parser, options, QStringLiteral("revoke"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return complain(QStringLiteral("revoke"), QStringLiteral("give exactly one key PREFIX"), ExitUsage);
    auto store = evidence::openFrom(parser, options, false);
    if (!store)
        return complain(QStringLiteral("revoke"), store.error().toString(), ExitIoError);
    const QString prefix = parser.positionalArguments().constFirst();
    if (auto revoked = (*store)->revokeApiKey(prefix, evidence::actorFrom(parser, options)); !revoked)
        return complain(QStringLiteral("revoke"), revoked.error().toString(), ExitFailure);
    out() << "key " << prefix << " revoked\n" << Qt::flush;
    return ExitOk;
}

int keys(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString verb = arguments.constFirst();
    if (verb == u"issue")
        return issue(arguments.mid(1));
    if (verb == u"list")
        return list(arguments.mid(1));
    if (verb == u"revoke")
        return revoke(arguments.mid(1));
    return usage();
}

const CommandRegistration registration{
    {QStringLiteral("keys"), QStringLiteral("issue, list and revoke Custos API keys"), keys}};

} // namespace
} // namespace custos::ctl::keys
