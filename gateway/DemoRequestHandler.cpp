#include "gateway/DemoRequestHandler.h"

#include "gateway/DemoReplies.h"
#include "gateway/http/HttpExchange.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

const http::HttpHeaders kJson{{"content-type", "application/json"}};

} // namespace

void DemoRequestHandler::handle(http::HttpRequest request, http::HttpExchange *exchange)
{
    const auto api = DemoReplies::apiForPath(request.path);
    if (!api || request.method != "POST") {
        exchange->send(404, kJson,
                       DemoReplies::errorBody(ApiFlavor::OpenAIChat,
                                              u"the Custos demo route answers POST /v1/chat/completions, "
                                              "/v1/responses and /v1/messages only"_s));
        return;
    }
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || body.isEmpty()) {
        exchange->send(400, kJson, DemoReplies::errorBody(*api, u"the request body is not a JSON object"_s));
        return;
    }
    const QString model = body.value(u"model").toString(u"demo"_s);
    const QString text = DemoReplies::answerText(*api, body);
    if (!body.value(u"stream").toBool()) {
        exchange->send(200, kJson, DemoReplies::wholeBody(*api, model, text));
        return;
    }
    exchange->beginChunked(200, {{"content-type", "text/event-stream"}, {"cache-control", "no-cache"}});
    for (const QByteArray &frame : DemoReplies::streamFrames(*api, model, text))
        exchange->writeChunk(frame);
    exchange->endChunked();
}

} // namespace custos
