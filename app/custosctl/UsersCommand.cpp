// `custosctl users add | passwd | role | group | disable | enable | list`: the user directory,
// event-sourced from the ledger. Every change is an Admin event naming its actor.
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "identity/IdentityCli.h"

#include "core/identity/UserService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl::identity::users {
namespace {

const QCommandLineOption roleOption{
    u"role"_s, u"A role (repeat for several): admin, risk_officer, approver, developer, auditor."_s,
    u"ROLE"_s};
const QCommandLineOption groupOption{u"group"_s, u"A group (repeat for several)."_s, u"GROUP"_s};
const QCommandLineOption displayNameOption{u"display-name"_s, u"The name shown in the console."_s, u"TEXT"_s};
const QCommandLineOption actorOption{
    u"actor"_s, u"The admin making the change (password from CUSTOS_ACTOR_PASSWORD or a prompt)."_s,
    u"NAME"_s};

Result<QList<Role>> rolesFrom(const QCommandLineParser &parser)
{
    QList<Role> roles;
    for (const QString &name : parser.values(roleOption)) {
        const auto role = roleFromName(name);
        if (!role)
            return fail(u"unknown role '%1' (admin, risk_officer, approver, developer, auditor)"_s.arg(name));
        if (!roles.contains(*role))
            roles << *role;
    }
    return roles;
}

// The acting admin signs in with a password; the very first user of a store needs none.
Result<Credentials> actorFrom(const QCommandLineParser &parser, const QString &fallback)
{
    const QString actor = parser.isSet(actorOption) ? parser.value(actorOption) : fallback;
    if (actor.isEmpty())
        return fail(u"--actor NAME is required: an admin who signs in with their password"_s);
    auto password = secretFrom("CUSTOS_ACTOR_PASSWORD", u"Password for %1: "_s.arg(actor), false);
    if (!password)
        return std::unexpected(password.error());
    return Credentials::withPassword(actor, *password);
}

void printUser(const QCommandLineParser &parser, const LedgerOptions &options, const QString &what,
               const User &user)
{
    if (parser.isSet(options.store.json))
        printJson(user.toJson());
    else
        out() << what << " " << user.name << " (roles: " << user.roleNames().join(u", ")
              << (user.groups.isEmpty() ? QString() : u"; groups: "_s + user.groups.join(u", "))
              << (user.disabled ? u"; disabled"_s : QString()) << ")" << Qt::endl;
}

using Change = std::function<Result<User>(UserService &service, const Credentials &actor, const QString &name,
                                          const QCommandLineParser &parser)>;

struct ChangeSpec
{
    QString verb;
    QString description;
    QList<QCommandLineOption> options;
    std::function<Result<void>(const QCommandLineParser &)> check;
    Change apply;
};

// Opens the store, authenticates the actor and applies one change; refusals exit with 1.
int change(const ChangeSpec &spec, const QStringList &arguments)
{
    const QString verb = u"users "_s + spec.verb;
    QCommandLineParser parser;
    parser.setApplicationDescription(spec.description);
    const LedgerOptions options;
    parser.addOptions(spec.options);
    parser.addOption(actorOption);
    if (const int code = parse(parser, options, verb, arguments, {u"NAME"_s}); code >= 0)
        return code;
    if (spec.check)
        if (auto valid = spec.check(parser); !valid)
            return report(verb, valid.error(), ExitUsage);
    auto session = openSession(parser, options, false);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    const QString name = parser.positionalArguments().constFirst();
    Credentials actor;
    if (!(spec.verb == u"add" && session->users->isEmpty())) {
        auto signedIn =
            actorFrom(parser, spec.verb == u"passwd" ? name : QString() /* people change their own */);
        if (!signedIn)
            return report(verb, signedIn.error(), ExitUsage);
        actor = *signedIn;
    }
    UserService service(*session->store, session->users);
    const auto changed = spec.apply(service, actor, name, parser);
    if (!changed)
        return report(verb, changed.error(), ExitFailure);
    printUser(parser, options, spec.verb == u"add" ? u"Added"_s : u"Updated"_s, *changed);
    return ExitOk;
}

Result<void> needsRoles(const QCommandLineParser &parser)
{
    if (!parser.isSet(roleOption))
        return fail(u"name at least one --role"_s);
    if (auto roles = rolesFrom(parser); !roles)
        return std::unexpected(roles.error());
    return {};
}

Result<QString> newPassword(const QString &name)
{
    return secretFrom("CUSTOS_USER_PASSWORD", u"New password for %1: "_s.arg(name), true);
}

int add(const QStringList &arguments)
{
    return change(
        {u"add"_s,
         u"Add a user. The password comes from CUSTOS_USER_PASSWORD or is asked twice. The first "
         "user of a store must be an admin and needs no --actor; after that --actor names an admin."_s,
         {roleOption, groupOption, displayNameOption},
         needsRoles,
         [](UserService &service, const Credentials &actor, const QString &name,
            const QCommandLineParser &parser) -> Result<User> {
             const auto password = newPassword(name);
             if (!password)
                 return std::unexpected(password.error());
             const NewUser user{name, parser.value(displayNameOption), *rolesFrom(parser),
                                parser.values(groupOption)};
             return service.addUser(actor, user, *password);
         }},
        arguments);
}

int passwd(const QStringList &arguments)
{
    return change({u"passwd"_s,
                   u"Set a user's password (from CUSTOS_USER_PASSWORD or asked twice). Without --actor the "
                   "user changes their own and signs in with the current password."_s,
                   {},
                   {},
                   [](UserService &service, const Credentials &actor, const QString &name,
                      const QCommandLineParser &) -> Result<User> {
                       const auto password = newPassword(name);
                       if (!password)
                           return std::unexpected(password.error());
                       return service.changePassword(actor, name, *password);
                   }},
                  arguments);
}

int role(const QStringList &arguments)
{
    return change(
        {u"role"_s,
         u"Replace a user's roles with the --role options given."_s,
         {roleOption},
         needsRoles,
         [](UserService &service, const Credentials &actor, const QString &name,
            const QCommandLineParser &parser) { return service.setRoles(actor, name, *rolesFrom(parser)); }},
        arguments);
}

int group(const QStringList &arguments)
{
    return change({u"group"_s,
                   u"Replace a user's groups with the --group options given (none: no groups)."_s,
                   {groupOption},
                   {},
                   [](UserService &service, const Credentials &actor, const QString &name,
                      const QCommandLineParser &parser) {
                       return service.setGroups(actor, name, parser.values(groupOption));
                   }},
                  arguments);
}

int disable(const QStringList &arguments)
{
    return change({u"disable"_s,
                   u"Disable a user: they can no longer sign in, request or decide."_s,
                   {},
                   {},
                   [](UserService &service, const Credentials &actor, const QString &name,
                      const QCommandLineParser &) { return service.disable(actor, name); }},
                  arguments);
}

int enable(const QStringList &arguments)
{
    return change({u"enable"_s,
                   u"Enable a disabled user again."_s,
                   {},
                   {},
                   [](UserService &service, const Credentials &actor, const QString &name,
                      const QCommandLineParser &) { return service.enable(actor, name); }},
                  arguments);
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"List the users, their roles and groups (never their password hashes)."_s);
    const LedgerOptions options;
    if (const int code = parse(parser, options, u"users list"_s, arguments); code >= 0)
        return code;
    auto session = openSession(parser, options, true);
    if (!session)
        return report(u"users list"_s, session.error(), ExitIoError);
    const QList<User> users = session->users->all();
    if (parser.isSet(options.store.json)) {
        QJsonArray array;
        for (const User &user : users)
            array.append(user.toJson());
        printJson(array);
        return ExitOk;
    }
    for (const User &user : users)
        out() << user.name.leftJustified(20) << ' '
              << (user.disabled ? u"disabled"_s : u"enabled"_s).leftJustified(9) << ' '
              << user.roleNames().join(u',').leftJustified(30) << ' ' << user.groups.join(u',') << '\n';
    out() << users.size() << (users.size() == 1 ? " user" : " users") << Qt::endl;
    return ExitOk;
}

struct SubCommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const SubCommand kSubCommands[] = {
    {"add", "add a user with roles and groups (the first one must be an admin)", add},
    {"passwd", "set a user's password", passwd},
    {"role", "replace a user's roles", role},
    {"group", "replace a user's groups", group},
    {"disable", "disable a user", disable},
    {"enable", "enable a disabled user", enable},
    {"list", "list users, roles and groups", list},
};

int users(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        out() << "usage: custosctl users SUBCOMMAND NAME --store PATH [OPTIONS]\n\nsubcommands:\n";
        for (const SubCommand &sub : kSubCommands)
            out() << "  " << QString::fromLatin1(sub.name).leftJustified(10) << sub.summary << '\n';
        out()
            << "\nChanges need --actor NAME, an admin whose password comes from CUSTOS_ACTOR_PASSWORD or a\n"
               "prompt. New passwords come from CUSTOS_USER_PASSWORD or a prompt. The store key comes from\n"
               "--key-file, --keychain, CUSTOS_PASSPHRASE or a prompt.\n"
            << Qt::flush;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const SubCommand &sub : kSubCommands)
        if (arguments.first() == QLatin1StringView(sub.name))
            return sub.run(arguments.mid(1));
    err() << "custosctl users: unknown subcommand '" << arguments.first() << "' (see custosctl users --help)"
          << Qt::endl;
    return ExitUsage;
}

const CommandRegistration registration{
    {u"users"_s, u"users, roles and groups: add, passwd, role, group, disable, enable, list"_s, users}};

} // namespace
} // namespace custos::ctl::identity::users
