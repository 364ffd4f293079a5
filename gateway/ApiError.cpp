#include "gateway/ApiError.h"
#include "gateway/CompactJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace custos {

bool isAnthropic(ApiFlavor api)
{
    return api == ApiFlavor::AnthropicMessages;
}

ApiError ApiError::badRequest(QString message, QString code)
{
    return ApiError{400, QStringLiteral("invalid_request_error"), std::move(code), std::move(message), {},
                    {}};
}

ApiError ApiError::unauthorized(QString message)
{
    return ApiError{401,
                    QStringLiteral("authentication_error"),
                    QStringLiteral("invalid_api_key"),
                    std::move(message),
                    {},
                    {}};
}

ApiError ApiError::notFound(QString message, QString code)
{
    return ApiError{404, QStringLiteral("not_found_error"), std::move(code), std::move(message), {}, {}};
}

ApiError ApiError::blocked(QString message, QString code)
{
    return ApiError{403, QStringLiteral("policy_violation"), std::move(code), std::move(message), {}, {}};
}

ApiError ApiError::badGateway(QString message, QString code)
{
    return ApiError{502, QStringLiteral("api_error"), std::move(code), std::move(message), {}, {}};
}

ApiError ApiError::gatewayTimeout(QString message)
{
    return ApiError{
        504, QStringLiteral("api_error"), QStringLiteral("upstream_timeout"), std::move(message), {}, {}};
}

ApiError ApiError::unavailable(QString message, QString code)
{
    return ApiError{503, QStringLiteral("api_error"), std::move(code), std::move(message), {}, {}};
}

QString ApiError::anthropicType() const
{
    switch (status) {
    case 400:
        return QStringLiteral("invalid_request_error");
    case 401:
        return QStringLiteral("authentication_error");
    case 403:
        return QStringLiteral("permission_error");
    case 404:
        return QStringLiteral("not_found_error");
    case 413:
        return QStringLiteral("request_too_large");
    case 429:
        return QStringLiteral("rate_limit_error");
    case 503:
        return QStringLiteral("overloaded_error");
    default:
        return status < 500 ? QStringLiteral("invalid_request_error") : QStringLiteral("api_error");
    }
}

QByteArray ApiError::body(ApiFlavor api) const
{
    if (isAnthropic(api)) {
        QJsonObject error{{QStringLiteral("type"), anthropicType()}, {QStringLiteral("message"), message}};
        QJsonObject envelope{{QStringLiteral("type"), QStringLiteral("error")},
                             {QStringLiteral("error"), error}};
        if (!interactionId.isEmpty())
            envelope.insert(QStringLiteral("request_id"), interactionId);
        return compactJson(envelope);
    }
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)},
                      {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param)}};
    if (!interactionId.isEmpty())
        error.insert(QStringLiteral("interaction_id"), interactionId);
    return compactJson(QJsonObject{{QStringLiteral("error"), error}});
}

QByteArray ApiError::sseEvent(ApiFlavor api, qint64 sequenceNumber) const
{
    if (isAnthropic(api))
        return "event: error\ndata: " + body(api) + "\n\n";
    if (api == ApiFlavor::OpenAIResponses) {
        // The Responses API's own error event, with the "error" member OpenAI's SDK raises on.
        QJsonObject event{{QStringLiteral("type"), QStringLiteral("error")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("message"), message},
                          {QStringLiteral("param"), QJsonValue()},
                          {QStringLiteral("sequence_number"), sequenceNumber}};
        event.insert(QStringLiteral("error"), QJsonDocument::fromJson(body(api)).object().value(u"error"));
        return "event: error\ndata: " + compactJson(event) + "\n\n";
    }
    return "data: " + body(api) + "\n\n";
}

} // namespace custos
