#include "core/exceptions/ExceptionService.h"

#include "core/common/Logging.h"
#include "core/evidence/EvidenceStore.h"

namespace custos {

namespace {

Error problem(QString message)
{
    return fail(std::move(message)).error();
}

} // namespace

ExceptionService::ExceptionService(EvidenceStore &store, std::shared_ptr<const UserDirectory> users,
                                   std::shared_ptr<const ExceptionRules> rules)
    : m_store(store)
    , m_users(std::move(users))
    , m_rules(std::move(rules))
{
    m_book = std::make_unique<ExceptionBook>(
        m_rules->lookup(), [users = m_users](const QString &name) { return users->groupsOf(name); });
}

Result<ExceptionService::Caller> ExceptionService::authenticate(const Credentials &credentials,
                                                                Permission needed) const
{
    if (credentials.user.isEmpty())
        return fail(QStringLiteral("unauthenticated: name the user who acts"));
    const auto user = m_users->authenticate(credentials);
    if (!user)
        return std::unexpected(user.error());
    if (!user->can(needed))
        return fail(QStringLiteral("%1 has no role that may %2 (roles: %3)")
                        .arg(user->name,
                             needed == Permission::DecideExceptions ? QStringLiteral("decide exceptions")
                                                                    : QStringLiteral("request exceptions"),
                             user->roleNames().join(QStringLiteral(", "))));
    return Caller{*user, credentials.method};
}

Result<ExceptionRecord> ExceptionService::request(const Credentials &requester,
                                                  const ExceptionRequestInput &input, const QDateTime &now)
{
    const auto caller = authenticate(requester, Permission::RequestExceptions);
    QMutexLocker locker(&m_commandLock);
    if (!caller)
        return std::unexpected(
            refuse(EventKind::Exception, QStringLiteral("request"), requester, {}, caller.error(), now));
    const NewExceptionRequest newRequest{caller->user.name, input.scope, input.justification, input.seconds,
                                         input.interactionId};
    const auto event = m_book->request(newRequest, now);
    if (!event)
        return std::unexpected(
            refuse(EventKind::Exception, QStringLiteral("request"), requester, {}, event.error(), now));
    if (const auto seq = record(*event, requester.methodName()); !seq)
        return std::unexpected(seq.error());
    return *m_book->find(event->payload.value(u"exception_id").toString());
}

Result<ExceptionRecord>
ExceptionService::decide(EventKind refusalKind, const QString &attempted, const QString &id,
                         const Credentials &approver, const QDateTime &now,
                         const std::function<Result<ExceptionEvent>(const QString &)> &command)
{
    // Authenticate first, outside the lock: scrypt is slow on purpose.
    const auto caller = authenticate(approver, Permission::DecideExceptions);
    QMutexLocker locker(&m_commandLock);
    if (!caller)
        return std::unexpected(refuse(refusalKind, attempted, approver, id, caller.error(), now));
    if (auto swept = sweepLocked(now); !swept)
        return std::unexpected(swept.error());
    const auto event = command(caller->user.name);
    if (!event)
        return std::unexpected(refuse(refusalKind, attempted, approver, id, event.error(), now));
    if (const auto seq = record(*event, approver.methodName()); !seq)
        return std::unexpected(seq.error());
    return *m_book->find(id);
}

Result<ExceptionRecord> ExceptionService::approve(const QString &id, const Credentials &approver,
                                                  const ApprovalTerms &terms, const QDateTime &now)
{
    return decide(EventKind::Approval, QStringLiteral("approve"), id, approver, now,
                  [&](const QString &name) { return m_book->approve(id, name, terms, now); });
}

Result<ExceptionRecord> ExceptionService::reject(const QString &id, const Credentials &approver,
                                                 const QString &reason, const QDateTime &now)
{
    return decide(EventKind::Approval, QStringLiteral("reject"), id, approver, now,
                  [&](const QString &name) { return m_book->reject(id, name, reason, now); });
}

Result<void> ExceptionService::mayRevoke(const ExceptionRecord &record, const User &actor) const
{
    if (actor.name == record.requester || actor.can(Permission::PublishPolicy) ||
        actor.can(Permission::ManageUsers) || m_book->mayDecide(record, actor.name))
        return {};
    return fail(QStringLiteral("%1 may not revoke exception %2: only its requester, a named approver, a risk "
                               "officer or an admin may")
                    .arg(actor.name, record.id));
}

Result<ExceptionRecord> ExceptionService::revoke(const QString &id, const Credentials &actor,
                                                 const QString &reason, const QDateTime &now)
{
    const auto caller = m_users->authenticate(actor);
    QMutexLocker locker(&m_commandLock);
    const QString attempted = QStringLiteral("revoke");
    if (!caller)
        return std::unexpected(refuse(EventKind::Exception, attempted, actor, id, caller.error(), now));
    if (reason.trimmed().isEmpty())
        return std::unexpected(refuse(EventKind::Exception, attempted, actor, id,
                                      problem(QStringLiteral("a revocation needs a reason")), now));
    const auto existing = m_book->find(id);
    if (!existing)
        return std::unexpected(refuse(EventKind::Exception, attempted, actor, id,
                                      problem(QStringLiteral("no exception with id %1").arg(id)), now));
    if (auto allowed = mayRevoke(*existing, *caller); !allowed)
        return std::unexpected(refuse(EventKind::Exception, attempted, actor, id, allowed.error(), now));
    const auto event = m_book->revoke(id, caller->name, reason, now);
    if (!event)
        return std::unexpected(refuse(EventKind::Exception, attempted, actor, id, event.error(), now));
    if (const auto seq = record(*event, actor.methodName()); !seq)
        return std::unexpected(seq.error());
    return *m_book->find(id);
}

bool ExceptionService::hasDueExpiries(const QDateTime &now) const
{
    return !m_book->expireDue(now).isEmpty();
}

Result<int> ExceptionService::sweepLocked(const QDateTime &now)
{
    const QList<ExceptionEvent> expiries = m_book->expireDue(now);
    for (const ExceptionEvent &expiry : expiries)
        if (const auto seq = record(expiry); !seq)
            return std::unexpected(seq.error());
    return int(expiries.size());
}

Result<int> ExceptionService::sweepExpired(const QDateTime &now)
{
    QMutexLocker locker(&m_commandLock);
    return sweepLocked(now);
}

Result<std::optional<ExceptionRecord>> ExceptionService::claimFor(const ExceptionSubject &subject,
                                                                  const QDateTime &now)
{
    if (hasDueExpiries(now))
        if (const auto swept = sweepExpired(now); !swept)
            qCWarning(lcExceptions) << "could not record expiries:" << swept.error().message;
    // The use is recorded only if no other process wrote about the exception since this service
    // last looked (a revocation, or another gateway spending its single use); otherwise fold what
    // is new and look once more.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto claim = m_book->claim(subject, now);
        if (!claim)
            return std::optional<ExceptionRecord>();
        const auto seq = recordUse(claim->usedEvent);
        if (!seq || !*seq)
            m_book->release(*claim);
        if (!seq) {
            qCWarning(lcExceptions) << "could not record the use of" << claim->record.id << ":"
                                    << seq.error().message;
            return std::unexpected(seq.error());
        }
        if (*seq)
            return std::optional(m_book->find(claim->record.id).value_or(claim->record));
        if (auto refreshed = refresh(); !refreshed)
            return std::unexpected(refreshed.error());
    }
    return std::optional<ExceptionRecord>(); // still contended: fail closed
}

Result<std::optional<QStringList>> ExceptionService::claimForRules(const ExceptionSubject &subject,
                                                                   const QStringList &rules,
                                                                   const QDateTime &now)
{
    // Expiry is a ledger event too, recorded when the gateway first finds an exception past its end.
    if (hasDueExpiries(now)) {
        if (auto swept = sweepExpired(now); !swept)
            return std::unexpected(swept.error());
    }
    for (const QString &rule : rules) {
        ExceptionSubject one = subject;
        one.ruleId = rule;
        if (!m_book->covering(one, now))
            return std::optional<QStringList>();
    }
    QStringList used;
    for (const QString &rule : rules) {
        ExceptionSubject one = subject;
        one.ruleId = rule;
        const auto claimed = claimFor(one, now);
        if (!claimed)
            return std::unexpected(claimed.error());
        if (!*claimed)
            return std::optional<QStringList>(); // spent by a concurrent request meanwhile: fail closed
        used << (*claimed)->id;
    }
    return std::optional(used);
}

QList<ExceptionRecord> ExceptionService::list(std::optional<ExceptionStatus> status) const
{
    QList<ExceptionRecord> records = m_book->all();
    if (status)
        records.removeIf([&](const ExceptionRecord &record) { return record.status != *status; });
    return records;
}

} // namespace custos
