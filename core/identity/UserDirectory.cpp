#include "core/identity/UserDirectory.h"

#include "core/common/Logging.h"
#include "core/evidence/EvidenceStore.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace custos {

namespace {

const QString actionAdd = QStringLiteral("user.add");
const QString actionPassword = QStringLiteral("user.passwd");
const QString actionRoles = QStringLiteral("user.roles");
const QString actionGroups = QStringLiteral("user.groups");
const QString actionDisable = QStringLiteral("user.disable");
const QString actionEnable = QStringLiteral("user.enable");
const QString actionRefused = QStringLiteral("user.refused");

const QString wrongCredentials = QStringLiteral("wrong user name or password");

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Names appear in policies ("alice", "group:privacy"), so they stay plain: no colon, no spaces.
Result<void> checkName(const QString &name, const QString &what)
{
    static const QRegularExpression format(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    if (!format.match(name).hasMatch())
        return fail(QStringLiteral("%1 '%2' must start with a letter or digit and hold only letters, digits, "
                                   "'.', '_', '@' or '-' (at most 64)")
                        .arg(what, name));
    return {};
}

Result<void> checkGroups(const QStringList &groups)
{
    for (const QString &group : groups)
        if (auto valid = checkName(group, QStringLiteral("group name")); !valid)
            return valid;
    return {};
}

QStringList namesOf(const QList<Role> &roles)
{
    QStringList names;
    for (const Role role : roles)
        names << roleName(role);
    return names;
}

Result<QList<Role>> rolesFrom(const QJsonValue &value)
{
    QList<Role> roles;
    for (const QJsonValue &name : value.toArray()) {
        const auto role = roleFromName(name.toString());
        if (!role)
            return fail(QStringLiteral("unknown role '%1'").arg(name.toString()));
        roles << *role;
    }
    return roles;
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &entry : value.toArray())
        strings << entry.toString();
    return strings;
}

} // namespace

UserDirectory::UserDirectory(PasswordHasher hasher)
    : m_hasher(hasher)
{
    const auto cost = m_hasher.cost();
    m_decoyHash = QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
                      .arg(cost.log2N)
                      .arg(cost.r)
                      .arg(cost.p)
                      .arg(QString::fromLatin1(QByteArray(16, 'd').toBase64()),
                           QString::fromLatin1(QByteArray(32, 'd').toBase64()));
}

UserEvent UserDirectory::event(const QString &action, const QString &name, const QString &actor,
                               const QDateTime &now, QJsonObject fields) const
{
    fields.insert(QStringLiteral("action"), action);
    fields.insert(QStringLiteral("user"), name);
    fields.insert(QStringLiteral("at"), iso(now));
    return UserEvent{actor, fields};
}

Result<User> UserDirectory::existing(const QString &name) const
{
    const auto user = find(name);
    if (!user)
        return fail(QStringLiteral("there is no user %1").arg(name));
    return *user;
}

// Refuses a change that would leave no enabled admin, since nobody could then manage users.
Result<void> UserDirectory::keepsAnAdmin(const QString &name, bool staysAdmin) const
{
    if (staysAdmin)
        return {};
    for (const User &user : all())
        if (user.name != name && !user.disabled && user.hasRole(Role::Admin))
            return {};
    return fail(QStringLiteral("%1 is the last enabled admin; make someone else an admin first").arg(name));
}

Result<UserEvent> UserDirectory::addUser(const NewUser &user, const QString &password, const QString &actor,
                                         const QDateTime &now) const
{
    if (auto valid = checkName(user.name, QStringLiteral("user name")); !valid)
        return std::unexpected(valid.error());
    if (auto valid = checkGroups(user.groups); !valid)
        return std::unexpected(valid.error());
    if (find(user.name))
        return fail(QStringLiteral("user %1 already exists").arg(user.name));
    if (user.roles.isEmpty())
        return fail(QStringLiteral("user %1 needs at least one role").arg(user.name));
    if (isEmpty() && !user.roles.contains(Role::Admin))
        return fail(QStringLiteral("the first user must have the admin role, so someone can manage users"));
    const auto hash = m_hasher.hash(password);
    if (!hash)
        return std::unexpected(hash.error());
    return event(actionAdd, user.name, actor, now,
                 {{QStringLiteral("display_name"), user.displayName.isEmpty() ? user.name : user.displayName},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(namesOf(user.roles))},
                  {QStringLiteral("groups"), QJsonArray::fromStringList(user.groups)},
                  {QStringLiteral("password_hash"), *hash}});
}

Result<UserEvent> UserDirectory::changePassword(const QString &name, const QString &password,
                                                const QString &actor, const QDateTime &now) const
{
    if (auto user = existing(name); !user)
        return std::unexpected(user.error());
    const auto hash = m_hasher.hash(password);
    if (!hash)
        return std::unexpected(hash.error());
    return event(actionPassword, name, actor, now, {{QStringLiteral("password_hash"), *hash}});
}

Result<UserEvent> UserDirectory::setRoles(const QString &name, const QList<Role> &roles, const QString &actor,
                                          const QDateTime &now) const
{
    if (auto user = existing(name); !user)
        return std::unexpected(user.error());
    if (roles.isEmpty())
        return fail(QStringLiteral("user %1 needs at least one role").arg(name));
    if (auto kept = keepsAnAdmin(name, roles.contains(Role::Admin)); !kept)
        return std::unexpected(kept.error());
    return event(actionRoles, name, actor, now,
                 {{QStringLiteral("roles"), QJsonArray::fromStringList(namesOf(roles))}});
}

Result<UserEvent> UserDirectory::setGroups(const QString &name, const QStringList &groups,
                                           const QString &actor, const QDateTime &now) const
{
    if (auto user = existing(name); !user)
        return std::unexpected(user.error());
    if (auto valid = checkGroups(groups); !valid)
        return std::unexpected(valid.error());
    return event(actionGroups, name, actor, now,
                 {{QStringLiteral("groups"), QJsonArray::fromStringList(groups)}});
}

Result<UserEvent> UserDirectory::disable(const QString &name, const QString &actor,
                                         const QDateTime &now) const
{
    const auto user = existing(name);
    if (!user)
        return std::unexpected(user.error());
    if (user->disabled)
        return fail(QStringLiteral("user %1 is already disabled").arg(name));
    if (auto kept = keepsAnAdmin(name, !user->hasRole(Role::Admin)); !kept)
        return std::unexpected(kept.error());
    return event(actionDisable, name, actor, now, {});
}

Result<UserEvent> UserDirectory::enable(const QString &name, const QString &actor, const QDateTime &now) const
{
    const auto user = existing(name);
    if (!user)
        return std::unexpected(user.error());
    if (!user->disabled)
        return fail(QStringLiteral("user %1 is not disabled").arg(name));
    return event(actionEnable, name, actor, now, {});
}

Result<User> UserDirectory::authenticate(const QString &name, const QString &password) const
{
    const auto user = find(name);
    const auto matches = m_hasher.verify(password, user ? user->passwordHash : m_decoyHash);
    if (!matches) {
        qCWarning(lcIdentity) << "stored password hash of" << name
                              << "is unusable:" << matches.error().message;
        return fail(wrongCredentials);
    }
    if (!user || !*matches)
        return fail(wrongCredentials);
    // Only after the password is right, so disabled accounts cannot be probed either.
    if (user->disabled)
        return fail(QStringLiteral("user %1 is disabled").arg(name));
    return *user;
}

Result<User> UserDirectory::authenticate(const Credentials &credentials) const
{
    if (credentials.method == Credentials::Method::Password)
        return authenticate(credentials.user, credentials.password);
    if (credentials.user.isEmpty())
        return fail(QStringLiteral("the API key names no user"));
    if (const auto user = find(credentials.user)) {
        if (user->disabled)
            return fail(QStringLiteral("user %1 is disabled").arg(credentials.user));
        return *user;
    }
    return User{credentials.user, credentials.user, {Role::Developer}, {}, false, {}, {}, {}};
}

QStringList UserDirectory::groupsOf(const QString &name) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_users.constFind(name);
    return it == m_users.cend() || it->disabled ? QStringList() : it->groups;
}

std::optional<User> UserDirectory::find(const QString &name) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_users.constFind(name);
    return it == m_users.cend() ? std::nullopt : std::optional(*it);
}

QList<User> UserDirectory::all() const
{
    QReadLocker locker(&m_lock);
    QList<User> users = m_users.values();
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.name < b.name; });
    return users;
}

bool UserDirectory::isEmpty() const
{
    QReadLocker locker(&m_lock);
    return m_users.isEmpty();
}

bool UserDirectory::isUserEvent(const QJsonObject &payload)
{
    return payload.value(u"action").toString().startsWith(u"user.");
}

Result<void> UserDirectory::apply(const QJsonObject &payload)
{
    QWriteLocker locker(&m_lock);
    return applyLocked(payload);
}

Result<void> UserDirectory::applyLocked(const QJsonObject &payload)
{
    const QString action = payload.value(u"action").toString();
    const QString name = payload.value(u"user").toString();
    const QDateTime at = QDateTime::fromString(payload.value(u"at").toString(), Qt::ISODateWithMs);
    if (action == actionRefused)
        return {}; // a refusal changes nothing
    if (action == actionAdd) {
        if (m_users.contains(name))
            return fail(QStringLiteral("user %1 was added twice").arg(name));
        const auto roles = rolesFrom(payload.value(u"roles"));
        if (!roles)
            return std::unexpected(roles.error());
        m_users.insert(name, User{name, payload.value(u"display_name").toString(), *roles,
                                  stringsFrom(payload.value(u"groups")), false, at, at,
                                  payload.value(u"password_hash").toString()});
        return {};
    }
    const auto it = m_users.find(name);
    if (it == m_users.end())
        return fail(QStringLiteral("event '%1' for unknown user %2").arg(action, name));
    if (action == actionPassword) {
        it->passwordHash = payload.value(u"password_hash").toString();
    } else if (action == actionRoles) {
        const auto roles = rolesFrom(payload.value(u"roles"));
        if (!roles)
            return std::unexpected(roles.error());
        it->roles = *roles;
    } else if (action == actionGroups) {
        it->groups = stringsFrom(payload.value(u"groups"));
    } else if (action == actionDisable || action == actionEnable) {
        it->disabled = action == actionDisable;
    } else {
        return fail(QStringLiteral("unknown user event '%1'").arg(action));
    }
    it->changedAt = at;
    return {};
}

Result<int> UserDirectory::rebuild(const EvidenceStore &store)
{
    EvidenceQuery query;
    query.kind = EventKind::Admin;
    query.newestFirst = false;
    query.limit = EvidenceQuery::kMaxLimit;
    QHash<QString, User> previous;
    QWriteLocker locker(&m_lock);
    previous.swap(m_users);
    int applied = 0;
    for (;;) {
        const auto page = store.query(query);
        if (!page) {
            m_users.swap(previous);
            return std::unexpected(page.error());
        }
        for (const EvidenceEvent &event : page->events) {
            if (event.tombstoned || !isUserEvent(event.payload))
                continue;
            if (auto done = applyLocked(event.payload); !done) {
                m_users.swap(previous);
                return fail(QStringLiteral("ledger event %1: %2").arg(event.seq).arg(done.error().message));
            }
            ++applied;
        }
        if (page->nextCursor == 0)
            return applied;
        query.afterSeq = page->nextCursor;
    }
}

} // namespace custos
