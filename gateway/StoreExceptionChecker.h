#pragma once

#include "gateway/ExceptionChecker.h"

#include <QMutex>

#include <memory>

namespace custos {

class EvidenceStore;
class ExceptionService;
class UserDirectory;

// The exception path over the evidence store, for the gateway. Decisions made elsewhere (an
// approver in the console or with custosctl, in another process) take effect on the next request:
// before each use it folds the exception and approval events appended since it last looked, and
// rebuilds its whole view only when the ledger holds newer user or policy events. Expiry is
// checked at every use.
class StoreExceptionChecker : public ExceptionChecker
{
public:
    explicit StoreExceptionChecker(std::shared_ptr<EvidenceStore> store);
    ~StoreExceptionChecker() override;

    std::optional<QStringList> cover(const EnforcementContext &context,
                                     const Enforcement &decision) const override;
    Result<QJsonObject> request(const QString &user, const QString &service,
                                const QJsonObject &body) const override;
    Result<QJsonObject> status(const QString &user, const QString &id) const override;
    void refuseUnauthenticated() const override;

private:
    // The service as the ledger now says; call with m_mutex held.
    Result<ExceptionService *> current() const;
    Result<void> rebuild() const;
    Result<qint64> newestStructuralSeq() const; // the newest user or policy event

    std::shared_ptr<EvidenceStore> m_store;
    mutable QMutex m_mutex;
    mutable std::shared_ptr<UserDirectory> m_users;
    mutable std::unique_ptr<ExceptionService> m_service;
    mutable qint64 m_structuralSeq = -1;
};

} // namespace custos
