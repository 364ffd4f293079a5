#pragma once

#include "core/common/Error.h"
#include "core/identity/Credentials.h"
#include "core/watch/AlertBook.h"

#include <QDateTime>

#include <memory>

namespace custos {

class EvidenceStore;
class UserDirectory;
struct User;

// Dismisses, confirms or escalates an alert as a named person, recorded as an `alert` ledger event
// by that person. The same rules as exception decisions: the person signs in, must be an approver
// or a risk officer, and may not decide an alert about themselves. A dismissal needs a reason; it
// feeds the alert's days back into that user's baseline (WatchEngine::dismiss).
//
// Escalating (a reason is required) hands an open alert to risk officers: it stays undecided, and
// a risk level is set on its (user, class) at once. Only a risk officer may then dismiss it (which
// lifts that risk level) or confirm it. Confirming sets a risk level too (anew when escalated).
class AlertDecider
{
public:
    AlertDecider(EvidenceStore &store, std::shared_ptr<const UserDirectory> users);

    Result<AlertRecord> dismiss(const QString &alertId, const Credentials &actor, const QString &reason);
    Result<AlertRecord> confirm(const QString &alertId, const Credentials &actor, const QString &reason);
    Result<AlertRecord> escalate(const QString &alertId, const Credentials &actor, const QString &reason);

    // The clock risk levels start from (tests set it; the wall clock otherwise).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    enum class Verdict { Dismiss, Confirm, Escalate };
    Result<AlertRecord> decide(Verdict verdict, const QString &alertId, const Credentials &actor,
                               const QString &reason);
    Result<User> authorise(const Credentials &actor) const;
    Result<void> check(Verdict verdict, const AlertRecord &record, const User &user) const;
    Result<void> recordVerdict(Verdict verdict, const AlertRecord &record, const User &user,
                               const QString &reason);
    // The risk level that goes with the verdict: set on confirm and escalate, lifted when an
    // escalated alert is dismissed.
    Result<void> adjustRiskLevel(Verdict verdict, const AlertRecord &record, const User &user,
                                 const QString &reason);

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace custos
