#include "gateway/RequestAdmission.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace custos {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json";
}

} // namespace

std::optional<ApiFlavor> RequestAdmission::flavorForPath(QByteArrayView path)
{
    if (path == "/v1/chat/completions")
        return ApiFlavor::OpenAIChat;
    if (path == "/v1/responses")
        return ApiFlavor::OpenAIResponses;
    if (path == "/v1/completions")
        return ApiFlavor::OpenAICompletions;
    if (path == "/v1/embeddings")
        return ApiFlavor::OpenAIEmbeddings;
    if (path == "/v1/messages")
        return ApiFlavor::AnthropicMessages;
    return std::nullopt;
}

QByteArray RequestAdmission::presentedKey(const http::HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7 && authorization.first(7).toLower() == "bearer ")
        return authorization.mid(7).trimmed();
    return request.header("x-api-key").trimmed();
}

std::expected<AdmittedRequest, ApiError> RequestAdmission::admit(const http::HttpRequest &request,
                                                                 ApiFlavor api,
                                                                 const CallerDirectory *callers,
                                                                 std::optional<ApiKeyIdentity> &caller)
{
    if (request.method != "POST")
        return std::unexpected(ApiError{405,
                                        QStringLiteral("invalid_request_error"),
                                        QStringLiteral("method_not_allowed"),
                                        QStringLiteral("%1 takes POST").arg(QString::fromUtf8(request.path)),
                                        {},
                                        {}});
    const QByteArray key = presentedKey(request);
    if (key.isEmpty())
        return std::unexpected(ApiError::unauthorized(
            QStringLiteral("No Custos API key: send it as 'Authorization: Bearer KEY' or 'x-api-key: KEY'")));
    if (!callers)
        return std::unexpected(
            ApiError::unavailable(QStringLiteral("Custos has no key directory (no evidence store is open)"),
                                  QStringLiteral("no_key_directory")));
    const auto resolved = callers->resolve(key);
    if (!resolved)
        return std::unexpected(ApiError::unavailable(
            QStringLiteral("Custos could not check the API key: %1").arg(resolved.error().message),
            QStringLiteral("key_directory_failed")));
    if (!resolved->has_value())
        return std::unexpected(ApiError::unauthorized(
            QStringLiteral("Unknown or revoked Custos API key. Ask your administrator for a key "
                           "(custosctl keys issue).")));
    caller = **resolved;

    AdmittedRequest admitted;
    admitted.api = api;
    admitted.endpoint = QString::fromUtf8(request.path);
    admitted.caller = **resolved;
    if (auto error = checkBody(request, admitted.body))
        return std::unexpected(*error);
    const QJsonValue model = admitted.body.value(u"model");
    if (!model.isString() || model.toString().isEmpty())
        return std::unexpected(ApiError{400,
                                        QStringLiteral("invalid_request_error"),
                                        QStringLiteral("missing_model"),
                                        QStringLiteral("The request body needs a \"model\" string"),
                                        QStringLiteral("model"),
                                        {}});
    admitted.model = model.toString();
    admitted.stream = admitted.body.value(u"stream").toBool(false);
    admitted.anthropicVersion = request.header("anthropic-version");
    admitted.anthropicBeta = request.header("anthropic-beta");
    return admitted;
}

std::optional<ApiError> RequestAdmission::checkBody(const http::HttpRequest &request, QJsonObject &body)
{
    if (!isJsonContentType(request.header("content-type")))
        return ApiError{415,
                        QStringLiteral("invalid_request_error"),
                        QStringLiteral("unsupported_media_type"),
                        QStringLiteral("Content-Type must be application/json"),
                        {},
                        {}};
    if (!isValidUtf8(request.body))
        return ApiError::badRequest(QStringLiteral("The request body is not valid UTF-8"),
                                    QStringLiteral("invalid_utf8"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::badRequest(QStringLiteral("The request body is not valid JSON: %1 at offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset),
                                    QStringLiteral("invalid_json"));
    if (!document.isObject())
        return ApiError::badRequest(QStringLiteral("The request body must be a JSON object"),
                                    QStringLiteral("invalid_json"));
    body = document.object();
    return std::nullopt;
}

} // namespace custos
