#include "core/watch/AlertDecider.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"

using namespace Qt::StringLiterals;

namespace custos {

AlertDecider::AlertDecider(EvidenceStore &store, std::shared_ptr<const UserDirectory> users)
    : m_store(store)
    , m_users(std::move(users))
{}

Result<AlertRecord> AlertDecider::dismiss(const QString &alertId, const Credentials &actor,
                                          const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(u"a dismissal needs a reason: it tells the baseline what is normal"_s);
    return decide(u"dismissed"_s, alertId, actor, reason.trimmed());
}

Result<AlertRecord> AlertDecider::confirm(const QString &alertId, const Credentials &actor,
                                          const QString &reason)
{
    return decide(u"confirmed"_s, alertId, actor, reason.trimmed());
}

Result<AlertRecord> AlertDecider::decide(const QString &action, const QString &alertId,
                                         const Credentials &actor, const QString &reason)
{
    if (actor.user.isEmpty())
        return fail(u"unauthenticated: name the user who acts"_s);
    const auto user = m_users->authenticate(actor);
    if (!user)
        return std::unexpected(user.error());
    // Approvers and risk officers handle alerts, as approvers handle exceptions.
    if (!user->can(Permission::DecideExceptions) && !user->can(Permission::PublishPolicy))
        return fail(u"%1 has no role that may decide alerts (roles: %2)"_s.arg(
            user->name, user->roleNames().join(u", "_s)));
    auto book = AlertBook::load(m_store);
    if (!book)
        return std::unexpected(book.error());
    const AlertRecord *record = book->find(alertId);
    if (!record)
        return fail(u"no alert %1 (or the prefix names more than one)"_s.arg(alertId));
    if (record->state != AlertRecord::State::Open)
        return fail(u"alert %1 is already %2"_s.arg(record->alert.id, AlertRecord::stateName(record->state)));
    if (record->alert.user == user->name)
        return fail(u"%1 may not decide an alert about themselves"_s.arg(user->name));
    EvidenceEvent event;
    event.kind = EventKind::Alert;
    event.actor = user->name;
    event.policyHash = record->alert.policyHash;
    event.payload =
        QJsonObject{{u"action"_s, action}, {u"alert_id"_s, record->alert.id}, {u"reason"_s, reason}};
    event.user = record->alert.user;
    event.service = record->alert.service;
    event.decision = action;
    event.dataClasses = {record->alert.valueClass};
    auto seq = m_store.append(event);
    if (!seq)
        return std::unexpected(seq.error());
    AlertRecord decided = *record;
    decided.state = action == u"dismissed" ? AlertRecord::State::Dismissed : AlertRecord::State::Confirmed;
    decided.decidedBy = user->name;
    decided.reason = reason;
    decided.decidedAt = QDateTime::currentDateTimeUtc();
    return decided;
}

} // namespace custos
