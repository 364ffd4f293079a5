#pragma once

#include "core/policy/PolicyTypes.h"

#include <QByteArray>
#include <QString>

namespace custos {

bool isAnthropic(ApiFlavor api);

// An error for the caller, rendered in the shape of the API it called, so its SDK raises its own
// error class: OpenAI {"error":{"message","type","code","param"}}, Anthropic {"type":"error","error":{...}}.
struct ApiError
{
    int status = 400;
    QString type = QStringLiteral("invalid_request_error"); // OpenAI's type; Anthropic's is derived
    QString code;
    QString message;
    QString param;
    QString interactionId;

    static ApiError badRequest(QString message, QString code = QStringLiteral("invalid_request"));
    static ApiError unauthorized(QString message);
    static ApiError notFound(QString message, QString code = QStringLiteral("not_found"));
    static ApiError blocked(QString message, QString code = QStringLiteral("blocked_by_policy"));
    static ApiError badGateway(QString message, QString code = QStringLiteral("upstream_error"));
    static ApiError gatewayTimeout(QString message);
    static ApiError unavailable(QString message, QString code);

    QString anthropicType() const;
    QByteArray body(ApiFlavor api) const;
    // A server-sent event that ends a stream in that API's format.
    QByteArray sseEvent(ApiFlavor api, qint64 sequenceNumber = 0) const;
};

} // namespace custos
