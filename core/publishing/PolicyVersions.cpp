#include "core/publishing/PolicyVersions.h"

#include "core/common/Logging.h"
#include "core/evidence/EvidenceStore.h"
#include "core/identity/Credentials.h"
#include "core/identity/UserDirectory.h"

using namespace Qt::StringLiterals;

namespace custos {
namespace {

Error problem(QString message)
{
    return Error{std::move(message), {}, 0, 0};
}

Result<PublishedVersion> versionFrom(const EvidenceEvent &event)
{
    if (event.tombstoned)
        return fail(u"ledger event %1 (a published policy) was erased"_s.arg(event.seq));
    auto version = PublishedVersion::fromPayload(event.payload);
    if (!version)
        return fail(u"ledger event %1: %2"_s.arg(event.seq).arg(version.error().message));
    version->seq = event.seq;
    version->publishedAt = event.time;
    return version;
}

EvidenceQuery publishEvents(bool newestFirst, int limit)
{
    EvidenceQuery query;
    query.kind = EventKind::PolicyPublish;
    query.newestFirst = newestFirst;
    query.limit = limit;
    return query;
}

} // namespace

PolicyVersions::PolicyVersions(EvidenceStore &store, std::shared_ptr<const UserDirectory> users)
    : m_store(store)
    , m_users(std::move(users))
{}

Result<PublishedVersion> PolicyVersions::publish(const QByteArray &source, const QString &comment,
                                                 const Credentials &author, const QDateTime &now)
{
    if (author.method != Credentials::Method::Password)
        return std::unexpected(
            refuse(author.user, {}, problem(u"publishing needs a password sign-in"_s), now));
    auto user = m_users->authenticate(author);
    if (!user)
        return std::unexpected(refuse(author.user, {}, user.error(), now));
    if (!user->can(Permission::PublishPolicy))
        return std::unexpected(refuse(
            author.user, {},
            problem(u"%1 may not publish policies (risk officer role needed)"_s.arg(author.user)), now));
    auto policy = Policy::fromYaml(source);
    if (!policy)
        return std::unexpected(
            refuse(author.user, {},
                   problem(u"the policy is invalid: %1"_s.arg(policy.error().front().toString())), now));
    if (comment.trimmed().isEmpty())
        return std::unexpected(
            refuse(author.user, policy->hash(), problem(u"a publish needs a comment"_s), now));
    auto current = active();
    if (!current)
        return std::unexpected(current.error());
    if (*current && (*current)->hash == policy->hash())
        return std::unexpected(
            refuse(author.user, policy->hash(), problem(u"this version is already the active one"_s), now));
    PublishedVersion version{0,
                             policy->hash(),
                             policy->id(),
                             policy->title(),
                             comment.trimmed(),
                             user->name,
                             now.toUTC(),
                             source,
                             *current ? (*current)->hash : QString()};
    return append(std::move(version), now);
}

Result<PublishedVersion> PolicyVersions::recordLoadedFile(const Policy &policy, const QString &path,
                                                          const QDateTime &now)
{
    auto current = active();
    if (!current)
        return std::unexpected(current.error());
    if (*current && (*current)->hash == policy.hash())
        return **current;
    PublishedVersion version{0,
                             policy.hash(),
                             policy.id(),
                             policy.title(),
                             u"loaded from a file by custosctl serve"_s,
                             u"file:"_s + path,
                             now.toUTC(),
                             policy.sourceYaml(),
                             *current ? (*current)->hash : QString()};
    return append(std::move(version), now);
}

Result<PublishedVersion> PolicyVersions::append(PublishedVersion version, const QDateTime &now)
{
    EvidenceEvent event;
    event.kind = EventKind::PolicyPublish;
    event.actor = version.author;
    event.policyHash = version.hash;
    event.payload = version.toPayload();
    event.searchText = version.title + u' ' + version.comment;
    auto seq = m_store.append(std::move(event));
    if (!seq)
        return std::unexpected(seq.error());
    version.seq = *seq;
    version.publishedAt = now.toUTC();
    qCInfo(lcPolicy) << "published policy version" << version.hash << "by" << version.author;
    return version;
}

Error PolicyVersions::refuse(const QString &actor, const QString &hash, const Error &why, const QDateTime &)
{
    EvidenceEvent event;
    event.kind = EventKind::Admin;
    event.actor = actor;
    event.payload =
        QJsonObject{{u"event"_s, u"policy.publish_refused"_s}, {u"hash"_s, hash}, {u"reason"_s, why.message}};
    if (auto recorded = m_store.append(std::move(event)); !recorded)
        return problem(why.message + u" (and the refusal could not be recorded: "_s +
                       recorded.error().message + u')');
    return why;
}

Result<std::optional<PublishedVersion>> PolicyVersions::active() const
{
    auto page = m_store.query(publishEvents(true, 1));
    if (!page)
        return std::unexpected(page.error());
    if (page->events.isEmpty())
        return std::optional<PublishedVersion>{};
    auto version = versionFrom(page->events.front());
    if (!version)
        return std::unexpected(version.error());
    return std::optional<PublishedVersion>{std::move(*version)};
}

Result<std::vector<PublishedVersion>> PolicyVersions::history() const
{
    std::vector<PublishedVersion> versions;
    EvidenceQuery query = publishEvents(false, EvidenceQuery::kMaxLimit);
    for (;;) {
        auto page = m_store.query(query);
        if (!page)
            return std::unexpected(page.error());
        for (const EvidenceEvent &event : std::as_const(page->events)) {
            auto version = versionFrom(event);
            if (!version)
                return std::unexpected(version.error());
            versions.push_back(std::move(*version));
        }
        if (page->nextCursor == 0)
            return versions;
        query.afterSeq = page->nextCursor;
    }
}

Result<PublishedVersion> PolicyVersions::version(const QString &hashOrPrefix) const
{
    if (hashOrPrefix.size() < 8)
        return fail(u"name a version by at least 8 characters of its hash"_s);
    auto versions = history();
    if (!versions)
        return std::unexpected(versions.error());
    std::optional<PublishedVersion> found;
    for (PublishedVersion &candidate : *versions) {
        if (!candidate.hash.startsWith(hashOrPrefix))
            continue;
        if (found && found->hash != candidate.hash)
            return fail(u"'%1' names more than one version; give more of the hash"_s.arg(hashOrPrefix));
        found = std::move(candidate);
    }
    if (!found)
        return fail(u"no published policy version %1"_s.arg(hashOrPrefix));
    return *found;
}

Result<Policy> PolicyVersions::policy(const QString &hashOrPrefix) const
{
    auto found = version(hashOrPrefix);
    if (!found)
        return std::unexpected(found.error());
    auto policy = Policy::fromYaml(found->source, u"version %1"_s.arg(found->hash.left(12)));
    if (!policy)
        return std::unexpected(policy.error().front());
    if (policy->hash() != found->hash)
        return fail(u"the recorded source of version %1 now hashes to %2"_s.arg(found->hash, policy->hash()));
    return *policy;
}

} // namespace custos
