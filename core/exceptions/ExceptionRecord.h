#pragma once

#include "core/exceptions/ExceptionScope.h"

#include <QDateTime>

#include <optional>

namespace custos {

enum class ExceptionStatus { Pending, Approved, Rejected, Revoked, Expired, Consumed };

QString exceptionStatusName(ExceptionStatus status);
std::optional<ExceptionStatus> exceptionStatusFromName(const QString &name);

// One exception request and everything that happened to it since.
struct ExceptionRecord
{
    QString id;
    QString requester;
    ExceptionScope requestedScope;
    QString justification;
    qint64 requestedSeconds = 0;
    QString interactionId; // the blocked interaction it stems from, if any
    QDateTime requestedAt;

    ExceptionStatus status = ExceptionStatus::Pending;
    ExceptionScope grantedScope;
    QString decidedBy;
    QDateTime decidedAt;
    QString reason; // rejection or revocation reason
    QDateTime expiresAt;
    bool singleUse = false;
    int useCount = 0;

    bool isActive(const QDateTime &now) const
    {
        return status == ExceptionStatus::Approved && now < expiresAt && !(singleUse && useCount > 0);
    }
    QJsonObject toJson() const;
};

} // namespace custos
