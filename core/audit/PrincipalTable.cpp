#include "core/audit/PrincipalTable.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/AuditTables.h"
#include "core/audit/TableStream.h"
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

bool isSystemActor(const QString &name)
{
    return name == u"custos" || name == u"gateway" || name == u"anonymous" || name == u"unknown" ||
           name.startsWith(u"file:");
}

QString appearances(const QSet<QString> &as)
{
    QStringList sorted(as.begin(), as.end());
    sorted.sort();
    return format::list(sorted);
}

QStringList principalCells(const QString &name, const std::optional<User> &user, const QSet<QString> &as)
{
    if (!user)
        return {name, isSystemActor(name) ? u"system"_s : u"unknown"_s,
                {},   {},
                {},   {},
                {},   {},
                {},   {},
                {},   appearances(as)};
    return {name,
            u"user"_s,
            user->displayName,
            format::list(user->roleNames()),
            format::list(user->groups),
            {},
            {},
            format::utc(user->createdAt),
            format::utc(user->changedAt),
            format::flag(user->disabled),
            {},
            appearances(as)};
}

} // namespace

Result<CsvTable> PrincipalTable::write(AuditContext &context, const UserDirectory &users)
{
    auto keys = context.store().apiKeys();
    if (!keys)
        return std::unexpected(keys.error());
    TableStream table(context.sink(), AuditTables::principals());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    const auto &seen = context.sightings();
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (auto written = table.row(principalCells(it.key(), users.find(it.key()), it.value())); !written)
            return std::unexpected(written.error());
    QList<ApiKeyRecord> shown;
    for (const ApiKeyRecord &key : std::as_const(*keys))
        if (context.keys().contains(key.prefix))
            shown.append(key);
    std::sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.prefix < b.prefix; });
    for (const ApiKeyRecord &key : std::as_const(shown)) {
        const QStringList cells{key.prefix,
                                u"service_key"_s,
                                {},
                                {},
                                {},
                                key.service,
                                key.user,
                                format::utc(key.created),
                                {},
                                format::flag(key.revoked.isValid()),
                                format::utc(key.revoked),
                                u"key"_s};
        if (auto written = table.row(cells); !written)
            return std::unexpected(written.error());
    }
    return table.finish();
}

} // namespace custos::audit
