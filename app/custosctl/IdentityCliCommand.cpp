// The helpers of IdentityCli.h (named *Command.cpp so the custosctl build picks it up; it
// registers no verb of its own).
#include "identity/IdentityCli.h"

#include "CommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl::identity {

int parse(QCommandLineParser &parser, const LedgerOptions &options, const QString &verb,
          const QStringList &arguments, const QStringList &positionals)
{
    options.addTo(parser);
    for (const QString &name : positionals)
        parser.addPositionalArgument(name, u"The %1."_s.arg(name.toLower()));
    if (!parseOrReport(parser, verb, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.isSet(options.store.store)) {
        err() << "custosctl " << verb << ": --store PATH is required\n" << Qt::flush;
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != positionals.size()) {
        err() << "custosctl " << verb << ": expected " << positionals.join(u' ')
              << (positionals.isEmpty() ? u"no arguments"_s : QString()) << ", got '"
              << parser.positionalArguments().join(u' ') << "'\n"
              << Qt::flush;
        return ExitUsage;
    }
    return -1;
}

Result<Session> openSession(const QCommandLineParser &parser, const LedgerOptions &options, bool readOnly)
{
    auto store = evidence::openFrom(parser, options.store, readOnly);
    if (!store)
        return std::unexpected(store.error());
    Session session{std::move(*store), std::make_shared<UserDirectory>()};
    if (auto loaded = session.users->rebuild(*session.store); !loaded)
        return std::unexpected(loaded.error());
    return session;
}

Result<QString> secretFrom(const char *variable, const QString &prompt, bool confirm)
{
    if (!qEnvironmentVariableIsEmpty(variable))
        return qEnvironmentVariable(variable);
    auto typed = evidence::promptPassphrase(prompt, confirm);
    if (!typed)
        return fail(u"%1 (or set %2)"_s.arg(typed.error().message, QString::fromLatin1(variable)));
    return typed;
}

Result<Policy> policyFrom(const QString &path)
{
    auto policy = Policy::fromFile(path);
    if (policy)
        return std::move(*policy);
    QStringList messages;
    for (const Error &error : policy.error())
        messages << error.toString();
    return fail(u"the policy does not load:\n"_s + messages.join(u'\n'));
}

int report(const QString &verb, const Error &error, int exitCode)
{
    err() << "custosctl " << verb << ": " << error.toString() << Qt::endl;
    return exitCode;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << document.toJson(QJsonDocument::Indented) << Qt::flush;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : u"-"_s;
}

} // namespace custos::ctl::identity
