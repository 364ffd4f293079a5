#pragma once

#include "core/common/Error.h"
#include "core/identity/Credentials.h"
#include "core/watch/AlertBook.h"

#include <memory>

namespace custos {

class EvidenceStore;
class UserDirectory;

// Dismisses or confirms an open alert as a named person, recorded as an `alert` ledger event by
// that person. The same rules as exception decisions: the person signs in, must be an approver or a
// risk officer, and may not decide an alert about themselves. A dismissal needs a reason; it feeds
// the alert's days back into that user's baseline (WatchEngine::dismiss).
class AlertDecider
{
public:
    AlertDecider(EvidenceStore &store, std::shared_ptr<const UserDirectory> users);

    Result<AlertRecord> dismiss(const QString &alertId, const Credentials &actor, const QString &reason);
    Result<AlertRecord> confirm(const QString &alertId, const Credentials &actor, const QString &reason);

private:
    Result<AlertRecord> decide(const QString &action, const QString &alertId, const Credentials &actor,
                               const QString &reason);

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
};

} // namespace custos
