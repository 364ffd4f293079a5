#pragma once

#include "gateway/CallerDirectory.h"
#include "gateway/RouteDirectory.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>

#include <memory>

namespace custos {

class EvidenceStore;
class UserDirectory;

// Callers and routes as kept in the evidence store (keys hashed, provider keys encrypted). Answers are
// cached briefly so a busy gateway does not read the store per request: a revoked key, a disabled
// user (whose keys then stop working too) or a changed route takes effect within `cacheMs`.
class StoreDirectory : public CallerDirectory, public RouteDirectory
{
public:
    explicit StoreDirectory(std::shared_ptr<EvidenceStore> store, int cacheMs = 2000);
    ~StoreDirectory() override;

    Result<std::optional<ApiKeyIdentity>> resolve(const QByteArray &presentedKey) const override;
    std::optional<Route> find(const QString &name) const override;
    std::optional<Route> defaultFor(const QString &kind) const override;

private:
    QList<Route> routes() const;
    // Whether `user` is a disabled account, as the ledger's user events now say.
    Result<bool> userDisabled(const QString &user) const;

    std::shared_ptr<EvidenceStore> m_store;
    int m_cacheMs;
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, QPair<ApiKeyIdentity, QDeadlineTimer>> m_callers;
    mutable QList<Route> m_routes;
    mutable QDeadlineTimer m_routesExpiry;
    mutable QMutex m_usersMutex;
    mutable std::unique_ptr<UserDirectory> m_users; // rebuilt when the ledger has newer admin events
    mutable qint64 m_usersAtSeq = -1;
};

} // namespace custos
