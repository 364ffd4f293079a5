#pragma once

#include "gateway/AdmittedRequest.h"
#include "gateway/ApiError.h"
#include "gateway/CallerDirectory.h"
#include "gateway/http/HttpRequest.h"

#include <expected>
#include <optional>

namespace custos {

// The checks every model request passes before the policy sees it, in order: method, caller key,
// content type, UTF-8, JSON object, model. Each failure is an ApiError in the API's own shape.
class RequestAdmission
{
public:
    static std::optional<ApiFlavor> flavorForPath(QByteArrayView path);
    static QByteArray presentedKey(const http::HttpRequest &request);

    // `caller` is filled as soon as the key resolves, so rejections after that still name the caller.
    static std::expected<AdmittedRequest, ApiError> admit(const http::HttpRequest &request, ApiFlavor api,
                                                          const CallerDirectory *callers,
                                                          std::optional<ApiKeyIdentity> &caller);

private:
    static std::optional<ApiError> checkBody(const http::HttpRequest &request, QJsonObject &body);
};

} // namespace custos
