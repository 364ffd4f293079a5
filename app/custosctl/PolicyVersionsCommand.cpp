#include "PolicyVersionsCommand.h"

#include "CommandLine.h"
#include "identity/IdentityCli.h"

#include "core/identity/Credentials.h"
#include "core/publishing/PolicyVersions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl::policyversions {

using namespace identity;

namespace {

void printVersion(const PublishedVersion &version)
{
    out() << version.seq << "  " << isoTime(version.publishedAt) << "  " << version.hash.left(12) << "  "
          << version.author << "  " << version.comment << '\n';
}

} // namespace

int publish(const QStringList &arguments)
{
    const QString verb = u"policy publish"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Publish a policy file as the new active version, recorded in the ledger. "
        "The author signs in with their password (CUSTOS_ACTOR_PASSWORD or a "
        "prompt) and must be a risk officer. A running gateway follows it at once."_s);
    const LedgerOptions options;
    const QCommandLineOption as(u"as"_s, u"Who publishes (a risk officer)."_s, u"USER"_s);
    const QCommandLineOption comment(u"comment"_s, u"Why this version (required)."_s, u"TEXT"_s);
    parser.addOptions({as, comment});
    if (const int code = parse(parser, options, verb, arguments, {u"FILE"_s}); code >= 0)
        return code;
    if (!parser.isSet(as) || !parser.isSet(comment))
        return report(verb, Error{u"--as USER and --comment TEXT are required"_s, {}, 0, 0}, ExitUsage);
    auto source = Policy::readSource(parser.positionalArguments().front());
    if (!source)
        return report(verb, source.error(), ExitIoError);
    auto password = secretFrom("CUSTOS_ACTOR_PASSWORD", u"Password for %1: "_s.arg(parser.value(as)), false);
    if (!password)
        return report(verb, password.error(), ExitUsage);
    auto session = openSession(parser, options, false);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    PolicyVersions versions(*session->store, session->users);
    auto published = versions.publish(*source, parser.value(comment),
                                      Credentials::withPassword(parser.value(as), *password));
    if (!published)
        return report(verb, published.error(), ExitFailure);
    if (parser.isSet(options.store.json)) {
        printJson(published->toJson(false));
        return ExitOk;
    }
    out() << "published version " << published->hash << " (ledger event " << published->seq << ")\n"
          << Qt::flush;
    return ExitOk;
}

int history(const QStringList &arguments)
{
    const QString verb = u"policy history"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"List the published policy versions, oldest first; the last is active."_s);
    const LedgerOptions options;
    if (const int code = parse(parser, options, verb, arguments); code >= 0)
        return code;
    auto session = openSession(parser, options, true);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    auto versions = PolicyVersions(*session->store, session->users).history();
    if (!versions)
        return report(verb, versions.error(), ExitIoError);
    if (parser.isSet(options.store.json)) {
        QJsonArray list;
        for (const PublishedVersion &version : *versions)
            list.append(version.toJson(false));
        printJson(list);
        return ExitOk;
    }
    if (versions->empty())
        out() << "no policy version has been published\n";
    for (const PublishedVersion &version : *versions)
        printVersion(version);
    out() << Qt::flush;
    return ExitOk;
}

int show(const QStringList &arguments)
{
    const QString verb = u"policy show"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print the exact source of a published version (by hash or prefix)."_s);
    const LedgerOptions options;
    if (const int code = parse(parser, options, verb, arguments, {u"HASH"_s}); code >= 0)
        return code;
    auto session = openSession(parser, options, true);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    auto version =
        PolicyVersions(*session->store, session->users).version(parser.positionalArguments().front());
    if (!version)
        return report(verb, version.error(), ExitFailure);
    if (parser.isSet(options.store.json))
        printJson(version->toJson(true));
    else
        out() << version->source << Qt::flush;
    return ExitOk;
}

} // namespace custos::ctl::policyversions
