// `custosctl users add | passwd | role | group | disable | enable NAME`: one change to one user,
// made by a signed-in admin (or, for passwd, the user). The six share one flow and differ in their
// options, their check and the service call: one row each.
#include "CommandLine.h"
#include "StoreCommand.h"
#include "UsersCommand.h"

#include "core/identity/UserService.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace custos::ctl::users {
namespace {

QCommandLineOption roleOption()
{
    return {u"role"_s, u"A role (repeat for several): admin, risk_officer, approver, developer, auditor."_s,
            u"ROLE"_s};
}

QCommandLineOption groupOption()
{
    return {u"group"_s, u"A group (repeat for several)."_s, u"GROUP"_s};
}

QCommandLineOption displayNameOption()
{
    return {u"display-name"_s, u"The name shown in the console."_s, u"TEXT"_s};
}

Result<QList<Role>> rolesFrom(const QCommandLineParser &parser)
{
    QList<Role> roles;
    for (const QString &name : parser.values(roleOption())) {
        const auto role = roleFromName(name);
        if (!role)
            return fail(u"unknown role '%1' (admin, risk_officer, approver, developer, auditor)"_s.arg(name));
        if (!roles.contains(*role))
            roles << *role;
    }
    return roles;
}

Result<void> needsRoles(const QCommandLineParser &parser)
{
    if (!parser.isSet(roleOption()))
        return fail(u"name at least one --role"_s);
    if (auto roles = rolesFrom(parser); !roles)
        return std::unexpected(roles.error());
    return {};
}

Result<QString> newPassword(const QString &name)
{
    return identity::secretFrom("CUSTOS_USER_PASSWORD", u"New password for %1: "_s.arg(name), true);
}

struct UserChange
{
    QString subcommand; // "add"
    QString description;
    QList<QCommandLineOption> options;
    std::function<Result<void>(const QCommandLineParser &)> check; // may be empty
    std::function<Result<User>(UserService &service, const Credentials &actor, const QString &name,
                               const QCommandLineParser &parser)>
        apply;
};

class UserChangeCommand : public StoreCommand
{
public:
    explicit UserChangeCommand(UserChange change)
        : StoreCommand(u"users "_s + change.subcommand, change.description)
        , m_change(std::move(change))
    {
        addOptions(m_change.options);
        addOption(m_actor);
        addLedgerOptions();
        addPositionalArgument(u"NAME"_s, u"The name."_s);
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (m_change.check)
            if (auto valid = m_change.check(parser); !valid)
                return complain(valid.error().toString(), ExitUsage);
        auto session = openSession(parser, false);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        const QString name = parser.positionalArguments().constFirst();
        Credentials actor;
        if (!(isAdd() && session->users->isEmpty())) {
            // People change their own password: passwd signs in as NAME unless --actor says otherwise.
            auto signedIn = signIn(parser, m_change.subcommand == u"passwd" ? name : QString());
            if (!signedIn)
                return complain(signedIn.error().toString(), ExitUsage);
            actor = *signedIn;
        }
        UserService service(*session->store, session->users);
        const auto changed = m_change.apply(service, actor, name, parser);
        if (!changed)
            return complain(changed.error().toString(), ExitFailure);
        print(parser, isAdd() ? u"Added"_s : u"Updated"_s, *changed);
        return ExitOk;
    }

private:
    bool isAdd() const { return m_change.subcommand == u"add"; }

    // The acting admin signs in with a password; the very first user of a store needs none.
    Result<Credentials> signIn(const QCommandLineParser &parser, const QString &fallback) const
    {
        const QString actor = parser.isSet(m_actor) ? parser.value(m_actor) : fallback;
        if (actor.isEmpty())
            return fail(u"--actor NAME is required: an admin who signs in with their password"_s);
        auto password =
            identity::secretFrom("CUSTOS_ACTOR_PASSWORD", u"Password for %1: "_s.arg(actor), false);
        if (!password)
            return std::unexpected(password.error());
        return Credentials::withPassword(actor, *password);
    }

    void print(const QCommandLineParser &parser, const QString &what, const User &user) const
    {
        if (wantsJson(parser))
            identity::printJson(user.toJson());
        else
            out() << what << " " << user.name << " (roles: " << user.roleNames().join(u", ")
                  << (user.groups.isEmpty() ? QString() : u"; groups: "_s + user.groups.join(u", "))
                  << (user.disabled ? u"; disabled"_s : QString()) << ")" << Qt::endl;
    }

    const UserChange m_change;
    const QCommandLineOption m_actor{
        u"actor"_s, u"The admin making the change (password from CUSTOS_ACTOR_PASSWORD or a prompt)."_s,
        u"NAME"_s};
};

} // namespace

std::unique_ptr<Command> makeUsersAddCommand()
{
    return std::make_unique<UserChangeCommand>(UserChange{
        u"add"_s,
        u"Add a user. The password comes from CUSTOS_USER_PASSWORD or is asked twice. The first "
        "user of a store must be an admin and needs no --actor; after that --actor names an admin."_s,
        {roleOption(), groupOption(), displayNameOption()},
        needsRoles,
        [](UserService &service, const Credentials &actor, const QString &name,
           const QCommandLineParser &parser) -> Result<User> {
            const auto password = newPassword(name);
            if (!password)
                return std::unexpected(password.error());
            const NewUser user{name, parser.value(displayNameOption()), *rolesFrom(parser),
                               parser.values(groupOption())};
            return service.addUser(actor, user, *password);
        }});
}

std::unique_ptr<Command> makeUsersPasswdCommand()
{
    return std::make_unique<UserChangeCommand>(
        UserChange{u"passwd"_s,
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
                   }});
}

std::unique_ptr<Command> makeUsersRoleCommand()
{
    return std::make_unique<UserChangeCommand>(UserChange{
        u"role"_s,
        u"Replace a user's roles with the --role options given."_s,
        {roleOption()},
        needsRoles,
        [](UserService &service, const Credentials &actor, const QString &name,
           const QCommandLineParser &parser) { return service.setRoles(actor, name, *rolesFrom(parser)); }});
}

std::unique_ptr<Command> makeUsersGroupCommand()
{
    return std::make_unique<UserChangeCommand>(
        UserChange{u"group"_s,
                   u"Replace a user's groups with the --group options given (none: no groups)."_s,
                   {groupOption()},
                   {},
                   [](UserService &service, const Credentials &actor, const QString &name,
                      const QCommandLineParser &parser) {
                       return service.setGroups(actor, name, parser.values(groupOption()));
                   }});
}

std::unique_ptr<Command> makeUsersDisableCommand()
{
    return std::make_unique<UserChangeCommand>(
        UserChange{u"disable"_s,
                   u"Disable a user: they can no longer sign in, request or decide."_s,
                   {},
                   {},
                   [](UserService &service, const Credentials &actor, const QString &name,
                      const QCommandLineParser &) { return service.disable(actor, name); }});
}

std::unique_ptr<Command> makeUsersEnableCommand()
{
    return std::make_unique<UserChangeCommand>(
        UserChange{u"enable"_s,
                   u"Enable a disabled user again."_s,
                   {},
                   {},
                   [](UserService &service, const Credentials &actor, const QString &name,
                      const QCommandLineParser &) { return service.enable(actor, name); }});
}

} // namespace custos::ctl::users
