#include "core/exceptions/ExceptionBook.h"

#include <QRandomGenerator>

#include <array>

namespace custos {

namespace {

const QString kindException = QStringLiteral("exception");
const QString kindApproval = QStringLiteral("approval");

QString newExceptionId()
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral("EXC-") + QString::number(random & 0xffffffffffffULL, 16).rightJustified(12, u'0');
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool matchesPattern(const QString &pattern, const QString &value)
{
    return pattern.endsWith(u'*') ? value.startsWith(QStringView(pattern).chopped(1)) : pattern == value;
}

} // namespace

ExceptionBook::ExceptionBook(RulePolicyLookup rulePolicy, GroupLookup groupsOf)
    : m_rulePolicy(std::move(rulePolicy))
    , m_groupsOf(std::move(groupsOf))
{}

Result<qint64> ExceptionBook::maximumSeconds(const QStringList &rules) const
{
    qint64 maximum = std::numeric_limits<qint64>::max();
    for (const QString &rule : rules) {
        const auto policy = m_rulePolicy(rule);
        if (!policy)
            return fail(QStringLiteral("rule '%1' is not in the enforced policy").arg(rule));
        if (policy->approvers.isEmpty())
            return fail(QStringLiteral("rule '%1' names no approvers, so it cannot be excepted").arg(rule));
        maximum = std::min(maximum, qint64{policy->maxHours} * 3600);
    }
    return maximum;
}

// A request naming, say, a service the rule does not apply to asks for more than the rule could
// ever block; refusing it keeps exceptions as narrow as the rules they bypass.
Result<void> ExceptionBook::checkReach(const ExceptionScope &scope) const
{
    using Field = QStringList ExceptionScope::*;
    static const std::array<std::pair<const char *, Field>, 6> fields{{
        {"user", &ExceptionScope::users},
        {"service", &ExceptionScope::services},
        {"model", &ExceptionScope::models},
        {"route", &ExceptionScope::routes},
        {"data class", &ExceptionScope::dataClasses},
        {"detector", &ExceptionScope::detectors},
    }};
    for (const QString &rule : scope.rules) {
        const ExceptionScope reach = m_rulePolicy(rule)->reach;
        for (const auto &[name, field] : fields) {
            const QStringList &allowed = reach.*field;
            if (allowed.isEmpty())
                continue;
            for (const QString &value : scope.*field)
                if (std::none_of(allowed.begin(), allowed.end(),
                                 [&](const QString &pattern) { return matchesPattern(pattern, value); }))
                    return fail(
                        QStringLiteral("the scope is wider than rule '%1': %2 '%3' is outside the "
                                       "rule's %2s (%4)")
                            .arg(rule, QLatin1StringView(name), value, allowed.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<ExceptionEvent> ExceptionBook::request(const NewExceptionRequest &request, const QDateTime &now) const
{
    if (request.requester.isEmpty())
        return fail(QStringLiteral("an exception request needs a requester"));
    if (request.scope.rules.isEmpty())
        return fail(QStringLiteral("an exception request must name the rule it is for"));
    if (request.justification.trimmed().size() < 10)
        return fail(QStringLiteral("an exception request needs a justification of at least 10 characters"));
    const auto maximum = maximumSeconds(request.scope.rules);
    if (!maximum)
        return std::unexpected(maximum.error());
    if (auto within = checkReach(request.scope); !within)
        return std::unexpected(within.error());
    qint64 seconds = request.requestedSeconds;
    if (seconds == 0)
        seconds = qint64{m_rulePolicy(request.scope.rules.first())->defaultHours} * 3600;
    if (seconds < 0 || seconds > *maximum)
        return fail(QStringLiteral("the requested duration of %1 s exceeds the policy's maximum of %2 s")
                        .arg(seconds)
                        .arg(*maximum));
    QJsonObject payload{{QStringLiteral("event"), QStringLiteral("requested")},
                        {QStringLiteral("exception_id"), newExceptionId()},
                        {QStringLiteral("requester"), request.requester},
                        {QStringLiteral("scope"), request.scope.toJson()},
                        {QStringLiteral("justification"), request.justification},
                        {QStringLiteral("requested_seconds"), seconds},
                        {QStringLiteral("at"), iso(now)}};
    if (!request.interactionId.isEmpty())
        payload.insert(QStringLiteral("interaction_id"), request.interactionId);
    return ExceptionEvent{kindException, request.requester, payload};
}

Result<ExceptionRecord> ExceptionBook::pendingRecord(const QString &id) const
{
    const auto record = find(id);
    if (!record)
        return fail(QStringLiteral("no exception request with id %1").arg(id));
    if (record->status != ExceptionStatus::Pending)
        return fail(
            QStringLiteral("exception %1 is already %2").arg(id, exceptionStatusName(record->status)));
    return *record;
}

Result<void> ExceptionBook::checkApprover(const ExceptionRecord &record, const QString &approver) const
{
    if (approver.isEmpty())
        return fail(QStringLiteral("a decision needs an authenticated approver"));
    if (approver == record.requester)
        return fail(QStringLiteral("four-eyes: %1 requested exception %2 and cannot decide it")
                        .arg(approver, record.id));
    const QStringList groups = m_groupsOf(approver);
    for (const QString &rule : record.requestedScope.rules) {
        const auto policy = m_rulePolicy(rule);
        if (!policy)
            return fail(QStringLiteral("rule '%1' is no longer in the enforced policy").arg(rule));
        const bool named = policy->approvers.contains(approver) ||
                           std::any_of(groups.begin(), groups.end(), [&](const QString &group) {
                               return policy->approvers.contains(QStringLiteral("group:") + group);
                           });
        if (!named)
            return fail(QStringLiteral("%1 is not a named approver of rule '%2' (approvers: %3)")
                            .arg(approver, rule, policy->approvers.join(QStringLiteral(", "))));
    }
    return {};
}

Result<ExceptionEvent> ExceptionBook::approve(const QString &id, const QString &approver,
                                              const ApprovalTerms &terms, const QDateTime &now) const
{
    const auto record = pendingRecord(id);
    if (!record)
        return std::unexpected(record.error());
    if (const auto allowed = checkApprover(*record, approver); !allowed)
        return std::unexpected(allowed.error());
    const ExceptionScope granted = terms.narrowedScope.value_or(record->requestedScope);
    if (!granted.isWithin(record->requestedScope))
        return fail(QStringLiteral("an approver may narrow the requested scope, never widen it (asked: %1)")
                        .arg(record->requestedScope.describe()));
    const qint64 seconds = terms.seconds.value_or(record->requestedSeconds);
    if (seconds <= 0 || seconds > record->requestedSeconds)
        return fail(QStringLiteral("the approved duration must be between 1 s and the requested %1 s")
                        .arg(record->requestedSeconds));
    bool singleUse = terms.singleUse;
    for (const QString &rule : granted.rules)
        singleUse = singleUse || m_rulePolicy(rule)->singleUse;
    const QJsonObject payload{{QStringLiteral("event"), QStringLiteral("approved")},
                              {QStringLiteral("exception_id"), id},
                              {QStringLiteral("approver"), approver},
                              {QStringLiteral("granted_scope"), granted.toJson()},
                              {QStringLiteral("expires_at"), iso(now.addSecs(seconds))},
                              {QStringLiteral("single_use"), singleUse},
                              {QStringLiteral("at"), iso(now)}};
    return ExceptionEvent{kindApproval, approver, payload};
}

Result<ExceptionEvent> ExceptionBook::reject(const QString &id, const QString &approver,
                                             const QString &reason, const QDateTime &now) const
{
    const auto record = pendingRecord(id);
    if (!record)
        return std::unexpected(record.error());
    if (const auto allowed = checkApprover(*record, approver); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(QStringLiteral("a rejection needs a reason"));
    const QJsonObject payload{{QStringLiteral("event"), QStringLiteral("rejected")},
                              {QStringLiteral("exception_id"), id},
                              {QStringLiteral("approver"), approver},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("at"), iso(now)}};
    return ExceptionEvent{kindApproval, approver, payload};
}

Result<ExceptionEvent> ExceptionBook::revoke(const QString &id, const QString &actor, const QString &reason,
                                             const QDateTime &now) const
{
    const auto record = find(id);
    if (!record)
        return fail(QStringLiteral("no exception with id %1").arg(id));
    if (record->status != ExceptionStatus::Approved && record->status != ExceptionStatus::Pending)
        return fail(QStringLiteral("exception %1 is %2 and cannot be revoked")
                        .arg(id, exceptionStatusName(record->status)));
    const QJsonObject payload{{QStringLiteral("event"), QStringLiteral("revoked")},
                              {QStringLiteral("exception_id"), id},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("at"), iso(now)}};
    return ExceptionEvent{kindException, actor, payload};
}

QList<ExceptionEvent> ExceptionBook::expireDue(const QDateTime &now) const
{
    QList<ExceptionEvent> events;
    QReadLocker locker(&m_lock);
    for (const ExceptionRecord &record : m_records) {
        if (record.status == ExceptionStatus::Approved && record.expiresAt <= now)
            events.append({kindException, QStringLiteral("custos"),
                           QJsonObject{{QStringLiteral("event"), QStringLiteral("expired")},
                                       {QStringLiteral("exception_id"), record.id},
                                       {QStringLiteral("at"), iso(now)}}});
    }
    return events;
}

const ExceptionRecord *ExceptionBook::pick(const ExceptionSubject &subject, const QDateTime &now) const
{
    const ExceptionRecord *best = nullptr;
    for (const ExceptionRecord &record : m_records) {
        // Prefer the exception that ends soonest, so long-lived ones are not spent first.
        if (record.isActive(now) && record.grantedScope.covers(subject) &&
            (!best || record.expiresAt < best->expiresAt))
            best = &record;
    }
    return best;
}

std::optional<ExceptionRecord> ExceptionBook::covering(const ExceptionSubject &subject,
                                                       const QDateTime &now) const
{
    QReadLocker locker(&m_lock);
    const ExceptionRecord *best = pick(subject, now);
    return best ? std::optional(*best) : std::nullopt;
}

std::optional<ExceptionBook::Claim> ExceptionBook::claim(const ExceptionSubject &subject,
                                                         const QDateTime &now)
{
    QWriteLocker locker(&m_lock);
    const ExceptionRecord *picked = pick(subject, now);
    if (!picked)
        return std::nullopt;
    const QString id = picked->id;
    ExceptionRecord *best = &m_records[id];
    ++best->useCount;
    QJsonObject payload{{QStringLiteral("event"), QStringLiteral("used")},
                        {QStringLiteral("exception_id"), best->id},
                        {QStringLiteral("use_number"), best->useCount},
                        {QStringLiteral("rule"), subject.ruleId},
                        {QStringLiteral("user"), subject.user},
                        {QStringLiteral("at"), iso(now)}};
    if (!subject.interactionId.isEmpty())
        payload.insert(QStringLiteral("interaction_id"), subject.interactionId);
    return Claim{*best, ExceptionEvent{kindException, subject.user, payload}};
}

void ExceptionBook::release(const Claim &claim)
{
    QWriteLocker locker(&m_lock);
    const auto it = m_records.find(claim.record.id);
    if (it != m_records.end() && it->useCount == claim.record.useCount)
        --it->useCount;
}

Result<void> ExceptionBook::apply(const QJsonObject &payload)
{
    const QString event = payload.value(u"event").toString();
    if (event == u"refused")
        return {};
    if (event == u"requested")
        return applyRequested(payload);
    return applyDecision(payload);
}

Result<void> ExceptionBook::applyRequested(const QJsonObject &payload)
{
    const auto scope = ExceptionScope::fromJson(payload.value(u"scope").toObject());
    if (!scope)
        return std::unexpected(scope.error());
    ExceptionRecord record;
    record.id = payload.value(u"exception_id").toString();
    record.requester = payload.value(u"requester").toString();
    record.requestedScope = *scope;
    record.justification = payload.value(u"justification").toString();
    record.requestedSeconds = payload.value(u"requested_seconds").toInteger();
    record.interactionId = payload.value(u"interaction_id").toString();
    record.requestedAt = fromIso(payload.value(u"at"));
    QWriteLocker locker(&m_lock);
    if (m_records.contains(record.id))
        return fail(QStringLiteral("exception %1 was requested twice").arg(record.id));
    m_records.insert(record.id, record);
    return {};
}

Result<void> ExceptionBook::applyDecision(const QJsonObject &payload)
{
    const QString event = payload.value(u"event").toString();
    const QString id = payload.value(u"exception_id").toString();
    QWriteLocker locker(&m_lock);
    const auto it = m_records.find(id);
    if (it == m_records.end())
        return fail(QStringLiteral("event '%1' for unknown exception %2").arg(event, id));
    ExceptionRecord &record = *it;
    const QDateTime at = fromIso(payload.value(u"at"));
    if (event == u"approved") {
        const auto granted = ExceptionScope::fromJson(payload.value(u"granted_scope").toObject());
        if (!granted)
            return std::unexpected(granted.error());
        record.status = ExceptionStatus::Approved;
        record.grantedScope = *granted;
        record.decidedBy = payload.value(u"approver").toString();
        record.decidedAt = at;
        record.expiresAt = fromIso(payload.value(u"expires_at"));
        record.singleUse = payload.value(u"single_use").toBool();
    } else if (event == u"rejected") {
        record.status = ExceptionStatus::Rejected;
        record.decidedBy = payload.value(u"approver").toString();
        record.decidedAt = at;
        record.reason = payload.value(u"reason").toString();
    } else if (event == u"revoked") {
        record.status = ExceptionStatus::Revoked;
        record.reason = payload.value(u"reason").toString();
    } else if (event == u"expired") {
        record.status = ExceptionStatus::Expired;
    } else if (event == u"used") {
        // claim() already counted this use at run time; on replay the payload restores it.
        record.useCount = std::max(record.useCount, payload.value(u"use_number").toInt());
        if (record.singleUse)
            record.status = ExceptionStatus::Consumed;
    } else {
        return fail(QStringLiteral("unknown exception event '%1'").arg(event));
    }
    return {};
}

std::optional<ExceptionRecord> ExceptionBook::find(const QString &id) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? std::nullopt : std::optional(*it);
}

QList<ExceptionRecord> ExceptionBook::all() const
{
    QReadLocker locker(&m_lock);
    QList<ExceptionRecord> records = m_records.values();
    std::sort(records.begin(), records.end(),
              [](const auto &a, const auto &b) { return a.requestedAt < b.requestedAt; });
    return records;
}

QList<ExceptionRecord> ExceptionBook::pendingFor(const QString &approver) const
{
    QList<ExceptionRecord> pending;
    for (const ExceptionRecord &record : all())
        if (record.status == ExceptionStatus::Pending && checkApprover(record, approver))
            pending.append(record);
    return pending;
}

} // namespace custos
