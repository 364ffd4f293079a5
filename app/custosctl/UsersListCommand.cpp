// `custosctl users list`.
#include "CommandLine.h"
#include "StoreCommand.h"
#include "UsersCommand.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl::users {
namespace {

class UsersListCommand : public StoreCommand
{
public:
    UsersListCommand()
        : StoreCommand(u"users list"_s,
                       u"List the users, their roles and groups (never their password hashes)."_s)
    {
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto session = openSession(parser, true);
        if (!session)
            return complain(session.error().toString(), ExitIoError);
        const QList<User> users = session->users->all();
        if (wantsJson(parser)) {
            QJsonArray array;
            for (const User &user : users)
                array.append(user.toJson());
            identity::printJson(array);
            return ExitOk;
        }
        for (const User &user : users)
            out() << user.name.leftJustified(20) << ' '
                  << (user.disabled ? u"disabled"_s : u"enabled"_s).leftJustified(9) << ' '
                  << user.roleNames().join(u',').leftJustified(30) << ' ' << user.groups.join(u',') << '\n';
        out() << users.size() << (users.size() == 1 ? " user" : " users") << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeUsersListCommand()
{
    return std::make_unique<UsersListCommand>();
}

} // namespace custos::ctl::users
