#include "core/audit/ExceptionTrail.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/PolicyVersionTable.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

QString trailField(const EvidenceEvent &event, QLatin1StringView key)
{
    return event.payload.value(key).toString();
}

// When the step happened by the clock of the process that took it; the ledger's time otherwise.
QDateTime trailStepTime(const EvidenceEvent &event)
{
    const QDateTime at = QDateTime::fromString(trailField(event, "at"_L1), Qt::ISODateWithMs);
    return at.isValid() ? at : event.time;
}

ExceptionScope trailScope(const EvidenceEvent &event, QLatin1StringView key)
{
    return ExceptionScope::fromJson(event.payload.value(key).toObject()).value_or(ExceptionScope{});
}

bool trailAllows(const QStringList &allowed, const QString &value)
{
    return allowed.isEmpty() || allowed.contains(value);
}

} // namespace

void ExceptionTrail::note(Step &step, const QString &anomaly)
{
    step.anomaly = step.anomaly.isEmpty() ? anomaly : step.anomaly + u"; "_s + anomaly;
}

QString ExceptionTrail::unnamedApproverRule(const QString &approver, const QString &policyHash,
                                            const PolicyVersionTable &versions,
                                            const GroupsOf &groupsOf) const
{
    const QStringList groups = groupsOf(approver);
    for (const QString &rule : m_requestedScope.rules) {
        const auto approvers = versions.approversOf(policyHash, rule);
        if (!approvers)
            continue; // the version or rule is unknown: nothing to check against
        const bool named = approvers->contains(approver) ||
                           std::any_of(groups.begin(), groups.end(), [&](const QString &group) {
                               return approvers->contains(u"group:"_s + group);
                           });
        if (!named)
            return rule;
    }
    return {};
}

void ExceptionTrail::judgeDecision(Step &step, const PolicyVersionTable &versions, const GroupsOf &groupsOf,
                                   bool refused)
{
    const EvidenceEvent &event = *step.event;
    const QString approver = refused ? event.actor : trailField(event, "approver"_L1);
    const QString where = u"seq %1"_s.arg(event.seq);
    if (approver == m_requester) {
        if (refused) {
            note(step, u"self-approval attempt by %1, refused (%2)"_s.arg(approver, where));
        } else {
            note(step, u"self-approval by %1 (%2)"_s.arg(approver, where));
            m_fourEyesOk = false;
        }
        return;
    }
    const QString rule = unnamedApproverRule(approver, event.policyHash, versions, groupsOf);
    if (rule.isEmpty())
        return;
    if (refused) {
        note(step, u"decision attempt by %1, not a named approver of rule %2, refused (%3)"_s.arg(
                       approver, rule, where));
    } else {
        note(step, u"decision by %1, not a named approver of rule %2 (%3)"_s.arg(approver, rule, where));
        m_fourEyesOk = false;
    }
}

void ExceptionTrail::judgeUse(Step &step, const QHash<QString, const ExceptionUse *> &byInteraction)
{
    const EvidenceEvent &event = *step.event;
    const QDateTime at = trailStepTime(event);
    const QString interactionId = trailField(event, "interaction_id"_L1);
    const QString where = u"seq %1"_s.arg(event.seq);
    ++m_uses;
    if (!interactionId.isEmpty())
        m_usedInteractions.insert(interactionId);
    if (m_status == u"expired" || (m_status == u"approved" && m_expiresAt.isValid() && at >= m_expiresAt))
        note(step, u"use after expiry (%1, expired at %2)"_s.arg(where, format::utc(m_expiresAt)));
    else if (m_status != u"approved")
        note(step, u"use while %1 (%2)"_s.arg(m_status, where));
    if (m_granted) {
        const QString rule = trailField(event, "rule"_L1);
        const QString user = trailField(event, "user"_L1);
        QStringList outside;
        if (!m_granted->rules.contains(rule))
            outside.append(u"rule %1"_s.arg(rule));
        if (!trailAllows(m_granted->users, user))
            outside.append(u"user %1"_s.arg(user));
        if (const ExceptionUse *use = byInteraction.value(interactionId)) {
            if (!trailAllows(m_granted->services, use->service))
                outside.append(u"service %1"_s.arg(use->service));
            if (!trailAllows(m_granted->models, use->model))
                outside.append(u"model %1"_s.arg(use->model));
            if (!trailAllows(m_granted->routes, use->route))
                outside.append(u"route %1"_s.arg(use->route));
        }
        if (!outside.isEmpty())
            note(step, u"use outside the granted scope (%1: %2)"_s.arg(where, outside.join(u", "_s)));
    }
    if (m_singleUse && m_status == u"approved") {
        m_status = u"used"_s;
        m_endedAt = at;
    }
}

void ExceptionTrail::judgeUnrecordedUses(const QList<ExceptionUse> &uses)
{
    for (const ExceptionUse &use : uses) {
        if (m_usedInteractions.contains(use.interactionId))
            continue;
        QString anomaly =
            u"interaction seq %1 names this exception but no use of it was recorded"_s.arg(use.seq);
        if (m_expiresAt.isValid() && use.timeMs >= m_expiresAt.toMSecsSinceEpoch())
            anomaly += u", after its expiry"_s;
        m_unstepped.append(anomaly);
    }
}

void ExceptionTrail::judge(const PolicyVersionTable &versions, const GroupsOf &groupsOf,
                           const QList<ExceptionUse> &uses, const LedgerWindow &window)
{
    QHash<QString, const ExceptionUse *> byInteraction;
    for (const ExceptionUse &use : uses)
        byInteraction.insert(use.interactionId, &use);
    for (Step &step : m_steps) {
        const EvidenceEvent &event = *step.event;
        if (event.tombstoned) {
            note(step, u"the step's payload was erased (seq %1)"_s.arg(event.seq));
            continue;
        }
        const QString kind = trailField(event, "event"_L1);
        if (kind == u"requested") {
            m_request = &event;
            m_requester = trailField(event, "requester"_L1);
            m_requestedScope = trailScope(event, "scope"_L1);
        } else if (kind == u"approved" || kind == u"rejected") {
            judgeDecision(step, versions, groupsOf, false);
            m_status = kind;
            m_decidedBy = trailField(event, "approver"_L1);
            m_decidedAt = trailStepTime(event);
            if (kind == u"approved") {
                m_granted = trailScope(event, "granted_scope"_L1);
                m_expiresAt = QDateTime::fromString(trailField(event, "expires_at"_L1), Qt::ISODateWithMs);
                m_singleUse = event.payload.value("single_use"_L1).toBool();
            } else {
                m_reason = trailField(event, "reason"_L1);
                m_endedAt = m_decidedAt;
            }
        } else if (kind == u"revoked") {
            m_status = kind;
            m_revokedBy = event.actor;
            m_revokedAt = trailStepTime(event);
            m_reason = trailField(event, "reason"_L1);
            m_endedAt = m_revokedAt;
        } else if (kind == u"expired") {
            m_status = kind;
            m_endedAt = trailStepTime(event);
        } else if (kind == u"used") {
            judgeUse(step, byInteraction);
            if (window.inPeriod(event.seq))
                ++m_usesInPeriod;
        } else if (kind == u"refused") {
            const QString attempted = trailField(event, "attempted"_L1);
            if (attempted == u"approve" || attempted == u"reject")
                judgeDecision(step, versions, groupsOf, true);
        }
    }
    judgeUnrecordedUses(uses);
}

QStringList ExceptionTrail::anomalies() const
{
    QStringList all;
    for (const Step &step : m_steps)
        if (!step.anomaly.isEmpty())
            all.append(step.anomaly.split(u"; "_s));
    all.append(m_unstepped);
    return all;
}

bool ExceptionTrail::touches(const LedgerWindow &window, const QDateTime &from, const QDateTime &to) const
{
    for (const Step &step : m_steps)
        if (window.inPeriod(step.event->seq))
            return true;
    if (!m_request)
        return false;
    const QDateTime start = trailStepTime(*m_request);
    QDateTime end = m_endedAt; // invalid while pending or approved and not yet ended
    if (!end.isValid() && m_status == u"approved")
        end = m_expiresAt;
    return start < to && (!end.isValid() || end > from);
}

} // namespace custos::audit
