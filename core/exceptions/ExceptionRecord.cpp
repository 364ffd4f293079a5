#include "core/exceptions/ExceptionRecord.h"

namespace custos {

QString exceptionStatusName(ExceptionStatus status)
{
    switch (status) {
    case ExceptionStatus::Pending:
        return QStringLiteral("pending");
    case ExceptionStatus::Approved:
        return QStringLiteral("approved");
    case ExceptionStatus::Rejected:
        return QStringLiteral("rejected");
    case ExceptionStatus::Revoked:
        return QStringLiteral("revoked");
    case ExceptionStatus::Expired:
        return QStringLiteral("expired");
    case ExceptionStatus::Consumed:
        return QStringLiteral("used");
    }
    return {};
}

std::optional<ExceptionStatus> exceptionStatusFromName(const QString &name)
{
    for (const ExceptionStatus status :
         {ExceptionStatus::Pending, ExceptionStatus::Approved, ExceptionStatus::Rejected,
          ExceptionStatus::Revoked, ExceptionStatus::Expired, ExceptionStatus::Consumed})
        if (exceptionStatusName(status) == name)
            return status;
    return std::nullopt;
}

QJsonObject ExceptionRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("requested_scope"), requestedScope.toJson()},
        {QStringLiteral("justification"), justification},
        {QStringLiteral("requested_seconds"), requestedSeconds},
        {QStringLiteral("requested_at"), requestedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("status"), exceptionStatusName(status)},
        {QStringLiteral("single_use"), singleUse},
        {QStringLiteral("use_count"), useCount},
    };
    if (!interactionId.isEmpty())
        json.insert(QStringLiteral("interaction_id"), interactionId);
    if (!decidedBy.isEmpty()) {
        json.insert(QStringLiteral("decided_by"), decidedBy);
        json.insert(QStringLiteral("decided_at"), decidedAt.toString(Qt::ISODateWithMs));
    }
    if (status != ExceptionStatus::Pending && status != ExceptionStatus::Rejected) {
        json.insert(QStringLiteral("granted_scope"), grantedScope.toJson());
        json.insert(QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODateWithMs));
    }
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

} // namespace custos
