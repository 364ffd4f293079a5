#include "gateway/StoreExceptionChecker.h"

#include "gateway/GatewayLogging.h"

#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionService.h"
#include "core/identity/UserDirectory.h"
#include "core/publishing/PolicyVersions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

// The caller's JSON as an exception request. With no explicit scope the request is as narrow as
// the caller's key: this user, this service.
Result<ExceptionRequestInput> requestFrom(const QString &user, const QString &service,
                                          const QJsonObject &body)
{
    static const QStringList known{u"rules"_s, u"scope"_s, u"justification"_s, u"duration_seconds"_s,
                                   u"interaction_id"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(u"unknown field '%1' (expected %2)"_s.arg(it.key(), known.join(u", "_s)));
    }
    QJsonObject scope = body.value(u"scope").toObject();
    if (body.contains(u"rules"))
        scope.insert(u"rules"_s, body.value(u"rules"));
    if (!scope.contains(u"users"))
        scope.insert(u"users"_s, QJsonArray{user});
    if (!scope.contains(u"services"))
        scope.insert(u"services"_s, QJsonArray{service});
    auto parsed = ExceptionScope::fromJson(scope);
    if (!parsed)
        return std::unexpected(parsed.error());
    const QString justification = body.value(u"justification").toString().trimmed();
    if (justification.isEmpty())
        return fail(u"say why the exception is needed ('justification')"_s);
    const QJsonValue seconds = body.value(u"duration_seconds");
    if (!seconds.isUndefined() && (!seconds.isDouble() || seconds.toDouble() < 1))
        return fail(u"'duration_seconds' must be a positive number"_s);
    return ExceptionRequestInput{*parsed, justification, qint64(seconds.toDouble()),
                                 body.value(u"interaction_id").toString()};
}

} // namespace

StoreExceptionChecker::StoreExceptionChecker(std::shared_ptr<EvidenceStore> store)
    : m_store(std::move(store))
{}

StoreExceptionChecker::~StoreExceptionChecker() = default;

Result<qint64> StoreExceptionChecker::newestStructuralSeq() const
{
    qint64 newest = 0;
    for (EventKind kind : {EventKind::Admin, EventKind::PolicyPublish}) {
        EvidenceQuery query;
        query.kind = kind;
        query.limit = 1;
        auto page = m_store->query(query);
        if (!page)
            return std::unexpected(page.error());
        if (!page->events.isEmpty())
            newest = std::max(newest, page->events.front().seq);
    }
    return newest;
}

Result<ExceptionService *> StoreExceptionChecker::current() const
{
    auto structural = newestStructuralSeq();
    if (!structural)
        return std::unexpected(structural.error());
    if (m_service && *structural == m_structuralSeq) {
        // Only exception and approval events may be new: fold just those.
        if (auto refreshed = m_service->refresh(); !refreshed)
            return std::unexpected(refreshed.error());
        return m_service.get();
    }
    auto rebuilt = rebuild();
    if (!rebuilt)
        return std::unexpected(rebuilt.error());
    m_structuralSeq = *structural;
    return m_service.get();
}

// A new policy version or a change to users (roles, groups, disabling) changes who may decide and
// what a rule allows: start again from the ledger.
Result<void> StoreExceptionChecker::rebuild() const
{
    auto policy = PolicyVersions(*m_store, nullptr).active();
    if (!policy)
        return std::unexpected(policy.error());
    if (!*policy)
        return fail(u"no policy version is published, so no rule can be excepted"_s);
    auto parsed = PolicyVersions(*m_store, nullptr).policy((*policy)->hash);
    if (!parsed)
        return std::unexpected(parsed.error());
    // One directory for the checker's life, rebuilt from the ledger on each user or policy change.
    if (!m_users)
        m_users = std::make_shared<UserDirectory>();
    if (auto users = m_users->rebuild(*m_store); !users)
        return std::unexpected(users.error());
    auto service =
        std::make_unique<ExceptionService>(*m_store, m_users, std::make_shared<ExceptionRules>(*parsed));
    if (auto loaded = service->load(); !loaded)
        return std::unexpected(loaded.error());
    m_service = std::move(service);
    return {};
}

std::optional<QStringList> StoreExceptionChecker::cover(const EnforcementContext &context,
                                                        const Enforcement &decision) const
{
    if (decision.stoppingRules.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    auto service = current();
    if (!service) {
        qCWarning(lcGateway) << "exceptions unavailable, so none applies:" << service.error().toString();
        return std::nullopt;
    }
    const ExceptionSubject subject{{},
                                   context.user,
                                   context.service,
                                   context.model,
                                   context.route,
                                   decision.dataClasses,
                                   decision.detectors,
                                   context.interactionId};
    auto claimed = (*service)->claimForRules(subject, decision.stoppingRules);
    if (!claimed) {
        qCWarning(lcGateway) << "an exception could not be recorded as used, so it does not apply:"
                             << claimed.error().toString();
        return std::nullopt;
    }
    return *claimed;
}

Result<QJsonObject> StoreExceptionChecker::request(const QString &user, const QString &service,
                                                   const QJsonObject &body) const
{
    auto input = requestFrom(user, service, body);
    if (!input)
        return std::unexpected(input.error());
    QMutexLocker lock(&m_mutex);
    auto exceptions = current();
    if (!exceptions)
        return std::unexpected(exceptions.error());
    auto record = (*exceptions)->request(Credentials::fromApiKey(user), *input);
    if (!record)
        return std::unexpected(record.error());
    return record->toJson();
}

Result<QJsonObject> StoreExceptionChecker::status(const QString &user, const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    auto exceptions = current();
    if (!exceptions)
        return std::unexpected(exceptions.error());
    const auto record = (*exceptions)->show(id);
    // Someone else's request is as invisible as a missing one.
    if (!record || record->requester != user)
        return fail(u"you have no exception request %1"_s.arg(id));
    return record->toJson();
}

void StoreExceptionChecker::refuseUnauthenticated() const
{
    QMutexLocker lock(&m_mutex);
    auto exceptions = current();
    if (!exceptions)
        return;
    // Without credentials the service refuses and records exactly that refusal.
    if (const auto requested = (*exceptions)->request(Credentials::fromApiKey(QString()), {}); requested)
        qCWarning(lcGateway) << "an unauthenticated exception request was accepted";
}

} // namespace custos
