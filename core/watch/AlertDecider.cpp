#include "core/watch/AlertDecider.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"
#include "core/watch/RiskLevelRecorder.h"

using namespace Qt::StringLiterals;

namespace custos {

namespace {

QString actionOf(int verdict)
{
    static const QString names[] = {u"dismissed"_s, u"confirmed"_s, u"escalated"_s};
    return names[verdict];
}

} // namespace

AlertDecider::AlertDecider(EvidenceStore &store, std::shared_ptr<const UserDirectory> users)
    : m_store(store)
    , m_users(std::move(users))
{}

Result<AlertRecord> AlertDecider::dismiss(const QString &alertId, const Credentials &actor,
                                          const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(u"a dismissal needs a reason: it tells the baseline what is normal"_s);
    return decide(Verdict::Dismiss, alertId, actor, reason.trimmed());
}

Result<AlertRecord> AlertDecider::confirm(const QString &alertId, const Credentials &actor,
                                          const QString &reason)
{
    return decide(Verdict::Confirm, alertId, actor, reason.trimmed());
}

Result<AlertRecord> AlertDecider::escalate(const QString &alertId, const Credentials &actor,
                                           const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(u"an escalation needs a reason: it tells the risk officers what to look at"_s);
    return decide(Verdict::Escalate, alertId, actor, reason.trimmed());
}

Result<User> AlertDecider::authorise(const Credentials &actor) const
{
    if (actor.user.isEmpty())
        return fail(u"unauthenticated: name the user who acts"_s);
    auto user = m_users->authenticate(actor);
    if (!user)
        return std::unexpected(user.error());
    // Approvers and risk officers handle alerts, as approvers handle exceptions.
    if (!user->can(Permission::DecideExceptions) && !user->can(Permission::PublishPolicy))
        return fail(u"%1 has no role that may decide alerts (roles: %2)"_s.arg(
            user->name, user->roleNames().join(u", "_s)));
    return user;
}

Result<void> AlertDecider::check(Verdict verdict, const AlertRecord &record, const User &user) const
{
    if (!record.isUndecided())
        return fail(u"alert %1 is already %2"_s.arg(record.alert.id, AlertRecord::stateName(record.state)));
    if (verdict == Verdict::Escalate && record.state == AlertRecord::State::Escalated)
        return fail(u"alert %1 is already escalated (by %2)"_s.arg(record.alert.id, record.escalatedBy));
    // Escalated alerts are the risk officers' to decide.
    if (record.state == AlertRecord::State::Escalated && !user.hasRole(Role::RiskOfficer))
        return fail(u"alert %1 is escalated to risk officers; %2 is not one (roles: %3)"_s.arg(
            record.alert.id, user.name, user.roleNames().join(u", "_s)));
    if (record.alert.user == user.name)
        return fail(u"%1 may not decide an alert about themselves"_s.arg(user.name));
    return {};
}

Result<AlertRecord> AlertDecider::decide(Verdict verdict, const QString &alertId, const Credentials &actor,
                                         const QString &reason)
{
    const auto user = authorise(actor);
    if (!user)
        return std::unexpected(user.error());
    auto book = AlertBook::load(m_store);
    if (!book)
        return std::unexpected(book.error());
    const AlertRecord *record = book->find(alertId);
    if (!record)
        return fail(u"no alert %1 (or the prefix names more than one)"_s.arg(alertId));
    if (auto allowed = check(verdict, *record, *user); !allowed)
        return std::unexpected(allowed.error());
    if (auto recorded = recordVerdict(verdict, *record, *user, reason); !recorded)
        return std::unexpected(recorded.error());
    if (auto adjusted = adjustRiskLevel(verdict, *record, *user, reason); !adjusted)
        return std::unexpected(adjusted.error());
    AlertRecord decided = *record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (verdict == Verdict::Escalate) {
        decided.state = AlertRecord::State::Escalated;
        decided.escalatedBy = user->name;
        decided.escalationReason = reason;
        decided.escalatedAt = now;
        return decided;
    }
    decided.state =
        verdict == Verdict::Dismiss ? AlertRecord::State::Dismissed : AlertRecord::State::Confirmed;
    decided.decidedBy = user->name;
    decided.reason = reason;
    decided.decidedAt = now;
    return decided;
}

Result<void> AlertDecider::recordVerdict(Verdict verdict, const AlertRecord &record, const User &user,
                                         const QString &reason)
{
    const QString action = actionOf(int(verdict));
    EvidenceEvent event;
    event.kind = EventKind::Alert;
    event.actor = user.name;
    event.policyHash = record.alert.policyHash;
    event.payload =
        QJsonObject{{u"action"_s, action}, {u"alert_id"_s, record.alert.id}, {u"reason"_s, reason}};
    event.user = record.alert.user;
    event.service = record.alert.service;
    event.decision = action;
    event.dataClasses = {record.alert.valueClass};
    auto seq = m_store.append(event);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

Result<void> AlertDecider::adjustRiskLevel(Verdict verdict, const AlertRecord &record, const User &user,
                                           const QString &reason)
{
    RiskLevelRecorder recorder(m_store);
    if (verdict == Verdict::Dismiss) {
        if (record.state != AlertRecord::State::Escalated)
            return {};
        return recorder.lift(record.alert, user.name, reason);
    }
    auto settings = RiskLevelRecorder::activeSettings(m_store);
    if (!settings)
        return std::unexpected(settings.error());
    auto level = recorder.set(record.alert, actionOf(int(verdict)), user.name, m_clock().toMSecsSinceEpoch(),
                              settings->riskLevelDays);
    if (!level)
        return std::unexpected(level.error());
    return {};
}

} // namespace custos
