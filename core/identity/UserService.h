#pragma once

#include "core/identity/UserDirectory.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace custos {

class EvidenceStore;

// Changes users on the real ledger: authenticates the acting admin, lets the directory validate
// the change, appends the event durably, then applies it. A refused change records one
// "user.refused" Admin event with its reason and changes nothing else.
class UserService
{
public:
    UserService(EvidenceStore &store, std::shared_ptr<UserDirectory> users);

    // Rebuilds the directory from the store's ledger.
    Result<void> load();

    // The first user of an empty directory needs no actor (it must be an admin); after that the
    // actor must sign in with a password and hold an admin role.
    Result<User> addUser(const Credentials &actor, const NewUser &user, const QString &password,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Admins may set anyone's password; everyone may change their own.
    Result<User> changePassword(const Credentials &actor, const QString &name, const QString &password,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<User> setRoles(const Credentials &actor, const QString &name, const QList<Role> &roles,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<User> setGroups(const Credentials &actor, const QString &name, const QStringList &groups,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<User> disable(const Credentials &actor, const QString &name,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<User> enable(const Credentials &actor, const QString &name,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

    const UserDirectory &directory() const { return *m_users; }
    std::shared_ptr<UserDirectory> sharedDirectory() const { return m_users; }

private:
    using Command = std::function<Result<UserEvent>(const QString &actorName)>;
    Result<User> run(const QString &attempted, const Credentials &actor, const QString &target,
                     bool selfAllowed, const QDateTime &now, const Command &command);
    Result<QString> authorise(const Credentials &actor, const QString &target, bool selfAllowed) const;
    Result<void> record(const UserEvent &event);
    Error refuse(const QString &attempted, const QString &actor, const QString &target, const Error &why,
                 const QDateTime &now);

    EvidenceStore &m_store;
    std::shared_ptr<UserDirectory> m_users;
    QMutex m_commandLock;
};

} // namespace custos
