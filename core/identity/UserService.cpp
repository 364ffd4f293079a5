#include "core/identity/UserService.h"

#include "core/common/Logging.h"
#include "core/evidence/EvidenceStore.h"

namespace custos {

UserService::UserService(EvidenceStore &store, std::shared_ptr<UserDirectory> users)
    : m_store(store)
    , m_users(std::move(users))
{}

Result<void> UserService::load()
{
    QMutexLocker locker(&m_commandLock);
    const auto applied = m_users->rebuild(m_store);
    if (!applied)
        return std::unexpected(applied.error());
    return {};
}

Result<QString> UserService::authorise(const Credentials &actor, const QString &target,
                                       bool selfAllowed) const
{
    if (actor.method != Credentials::Method::Password)
        return fail(QStringLiteral("changes to users need a password sign-in, not an API key"));
    const auto user = m_users->authenticate(actor);
    if (!user)
        return std::unexpected(user.error());
    if (user->can(Permission::ManageUsers) || (selfAllowed && user->name == target))
        return user->name;
    return fail(QStringLiteral("%1 may not manage users (needs the admin role)").arg(user->name));
}

Result<void> UserService::record(const UserEvent &event)
{
    EvidenceEvent evidence;
    evidence.kind = EventKind::Admin;
    evidence.actor = event.actor;
    evidence.payload = event.payload;
    evidence.user = event.payload.value(u"user").toString();
    evidence.decision = event.payload.value(u"action").toString();
    if (const auto seq = m_store.append(evidence); !seq)
        return std::unexpected(seq.error());
    return m_users->apply(event.payload);
}

Error UserService::refuse(const QString &attempted, const QString &actor, const QString &target,
                          const Error &why, const QDateTime &now)
{
    const UserEvent refusal{actor.isEmpty() ? QStringLiteral("unknown") : actor,
                            QJsonObject{{QStringLiteral("action"), QStringLiteral("user.refused")},
                                        {QStringLiteral("attempted"), attempted},
                                        {QStringLiteral("user"), target},
                                        {QStringLiteral("reason"), why.message},
                                        {QStringLiteral("at"), now.toUTC().toString(Qt::ISODateWithMs)}}};
    if (const auto recorded = record(refusal); !recorded)
        qCWarning(lcIdentity) << "could not record a refused" << attempted << ":" << recorded.error().message;
    return why;
}

Result<User> UserService::run(const QString &attempted, const Credentials &actor, const QString &target,
                              bool selfAllowed, const QDateTime &now, const Command &command)
{
    QMutexLocker locker(&m_commandLock);
    const bool bootstrap = attempted == u"user.add" && m_users->isEmpty();
    const auto actorName = bootstrap ? Result<QString>(target) : authorise(actor, target, selfAllowed);
    if (!actorName)
        return std::unexpected(refuse(attempted, actor.user, target, actorName.error(), now));
    const auto event = command(*actorName);
    if (!event)
        return std::unexpected(refuse(attempted, *actorName, target, event.error(), now));
    // A failed append is a store failure, not a refusal: the ledger could not take one either.
    if (const auto recorded = record(*event); !recorded)
        return std::unexpected(recorded.error());
    qCInfo(lcIdentity) << attempted << target << "by" << *actorName;
    return *m_users->find(target);
}

Result<User> UserService::addUser(const Credentials &actor, const NewUser &user, const QString &password,
                                  const QDateTime &now)
{
    return run(QStringLiteral("user.add"), actor, user.name, false, now,
               [&](const QString &by) { return m_users->addUser(user, password, by, now); });
}

Result<User> UserService::changePassword(const Credentials &actor, const QString &name,
                                         const QString &password, const QDateTime &now)
{
    return run(QStringLiteral("user.passwd"), actor, name, true, now,
               [&](const QString &by) { return m_users->changePassword(name, password, by, now); });
}

Result<User> UserService::setRoles(const Credentials &actor, const QString &name, const QList<Role> &roles,
                                   const QDateTime &now)
{
    return run(QStringLiteral("user.roles"), actor, name, false, now,
               [&](const QString &by) { return m_users->setRoles(name, roles, by, now); });
}

Result<User> UserService::setGroups(const Credentials &actor, const QString &name, const QStringList &groups,
                                    const QDateTime &now)
{
    return run(QStringLiteral("user.groups"), actor, name, false, now,
               [&](const QString &by) { return m_users->setGroups(name, groups, by, now); });
}

Result<User> UserService::disable(const Credentials &actor, const QString &name, const QDateTime &now)
{
    return run(QStringLiteral("user.disable"), actor, name, false, now,
               [&](const QString &by) { return m_users->disable(name, by, now); });
}

Result<User> UserService::enable(const Credentials &actor, const QString &name, const QDateTime &now)
{
    return run(QStringLiteral("user.enable"), actor, name, false, now,
               [&](const QString &by) { return m_users->enable(name, by, now); });
}

} // namespace custos
