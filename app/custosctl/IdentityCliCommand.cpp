// The helpers of IdentityCli.h (named *Command.cpp so the custosctl build picks it up; it
// registers no verb of its own).
#include "identity/IdentityCli.h"

#include "CommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl::identity {

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
