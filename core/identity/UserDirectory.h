#pragma once

#include "core/common/Error.h"
#include "core/identity/Credentials.h"
#include "core/identity/PasswordHasher.h"
#include "core/identity/User.h"

#include <QHash>
#include <QReadWriteLock>

#include <optional>

namespace custos {

class EvidenceStore;

struct NewUser
{
    QString name;
    QString displayName;
    QList<Role> roles;
    QStringList groups;
};

// A change to the directory for the ledger, always recorded as an Admin event. The payload alone
// rebuilds the change (UserDirectory::apply); password hashes travel in it as "password_hash", so
// anything exporting Admin events must strip that key.
struct UserEvent
{
    QString actor;
    QJsonObject payload;
};

// Every user of this installation, rebuilt from the ledger's user events and kept current as new
// ones are recorded. As with ExceptionBook, commands only validate and return the event to record;
// the state changes when that event is applied, so the directory always equals the ledger.
// Callers serialise command + record + apply (UserService does). Thread-safe.
class UserDirectory
{
public:
    explicit UserDirectory(PasswordHasher hasher = PasswordHasher());

    // The first user of an empty directory must be an admin: that is how an installation starts.
    Result<UserEvent> addUser(const NewUser &user, const QString &password, const QString &actor,
                              const QDateTime &now) const;
    Result<UserEvent> changePassword(const QString &name, const QString &password, const QString &actor,
                                     const QDateTime &now) const;
    Result<UserEvent> setRoles(const QString &name, const QList<Role> &roles, const QString &actor,
                               const QDateTime &now) const;
    Result<UserEvent> setGroups(const QString &name, const QStringList &groups, const QString &actor,
                                const QDateTime &now) const;
    Result<UserEvent> disable(const QString &name, const QString &actor, const QDateTime &now) const;
    Result<UserEvent> enable(const QString &name, const QString &actor, const QDateTime &now) const;

    // "wrong user name or password" for an unknown name too, so names cannot be probed.
    Result<User> authenticate(const QString &name, const QString &password) const;
    // Passwords are checked here; API keys were checked by the gateway, so their user only has to
    // be enabled (a key user unknown to the directory acts as a developer).
    Result<User> authenticate(const Credentials &credentials) const;

    QStringList groupsOf(const QString &name) const;
    std::optional<User> find(const QString &name) const;
    QList<User> all() const; // by name
    bool isEmpty() const;

    static bool isUserEvent(const QJsonObject &payload);
    Result<void> apply(const QJsonObject &payload);
    // Replaces the state with the fold of every user event in the store's ledger, oldest first.
    // Returns how many events were applied.
    Result<int> rebuild(const EvidenceStore &store);

private:
    Result<User> existing(const QString &name) const;
    Result<void> keepsAnAdmin(const QString &name, bool staysAdmin) const;
    UserEvent event(const QString &action, const QString &name, const QString &actor, const QDateTime &now,
                    QJsonObject fields) const;
    Result<void> applyLocked(const QJsonObject &payload);

    PasswordHasher m_hasher;
    QString m_decoyHash; // verified against for unknown names, so they cost as much as known ones
    mutable QReadWriteLock m_lock;
    QHash<QString, User> m_users;
};

} // namespace custos
