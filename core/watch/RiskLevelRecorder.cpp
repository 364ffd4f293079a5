#include "core/watch/RiskLevelRecorder.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/Policy.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/WatchAlert.h"

using namespace Qt::StringLiterals;

namespace custos {

namespace {

constexpr qint64 kRiskDayMs = 86'400'000;

EvidenceEvent riskLevelEvent(const WatchAlert &alert, const QString &actor, QJsonObject payload)
{
    EvidenceEvent event;
    event.kind = EventKind::RiskLevel;
    event.actor = actor;
    event.policyHash = alert.policyHash;
    event.payload = std::move(payload);
    event.user = alert.user;
    event.service = alert.service;
    event.decision = event.payload.value(u"action"_s).toString();
    event.dataClasses = {alert.valueClass};
    return event;
}

} // namespace

RiskLevelRecorder::RiskLevelRecorder(EvidenceStore &store)
    : m_store(store)
{}

Result<WatchSettings> RiskLevelRecorder::activeSettings(EvidenceStore &store)
{
    auto active = PolicyVersions(store, nullptr).active();
    if (!active)
        return std::unexpected(active.error());
    if (!*active)
        return WatchSettings();
    auto policy = Policy::fromYaml((*active)->source, u"version %1"_s.arg((*active)->hash.left(12)));
    if (!policy)
        return std::unexpected(policy.error().front());
    return policy->document().watch;
}

Result<RiskLevel> RiskLevelRecorder::set(const WatchAlert &alert, const QString &cause, const QString &actor,
                                         qint64 nowMs, int days)
{
    RiskLevel level;
    level.user = alert.user;
    level.valueClass = alert.valueClass;
    level.alertId = alert.id;
    level.cause = cause;
    level.setBy = actor;
    level.fromMs = nowMs;
    level.untilMs = nowMs + qint64(days) * kRiskDayMs;
    auto seq = m_store.append(riskLevelEvent(alert, actor, level.toJson()));
    if (!seq)
        return std::unexpected(seq.error());
    level.seq = *seq;
    return level;
}

Result<void> RiskLevelRecorder::lift(const WatchAlert &alert, const QString &actor, const QString &reason)
{
    const QJsonObject payload{{u"action"_s, u"lifted"_s},
                              {u"user"_s, alert.user},
                              {u"class"_s, alert.valueClass},
                              {u"alert_id"_s, alert.id},
                              {u"reason"_s, reason}};
    auto seq = m_store.append(riskLevelEvent(alert, actor, payload));
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

} // namespace custos
