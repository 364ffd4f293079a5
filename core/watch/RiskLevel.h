#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>

namespace custos {

// A risk level on one (user, value class): set when a person confirms or escalates an alert, or
// when a budget breaks, for the policy's `watch.risk_level_days`. While it stands the gateway
// treats that user's requests carrying that class as `require_exception` (or records that it
// would have, in monitor mode). It is the payload of a `risk_level` ledger event (action "set");
// a "lifted" event ends it early (a risk officer dismissed the escalated alert that set it).
struct RiskLevel
{
    QString user;
    QString valueClass;
    QString alertId; // the alert that set it
    QString cause;   // "confirmed", "escalated", "budget"
    QString setBy;   // the person, or the system actor for a budget
    qint64 fromMs = 0;
    qint64 untilMs = 0;
    qint64 seq = 0; // of its "set" event
    bool lifted = false;

    bool standsAt(qint64 timeMs) const { return !lifted && fromMs <= timeMs && timeMs < untilMs; }
    QJsonObject toJson() const;
    static Result<RiskLevel> fromJson(const QJsonObject &json);
    // What the gateway records and tells the caller: "risk level on credit_card for bob until
    // 2026-12-09T10:00:00Z (alert al-…, escalated)".
    QString describe() const;
};

} // namespace custos
