#include "gateway/GatewayProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace custos {
namespace {

const QString kPrompt = QStringLiteral("Hello from Custos");
// The smallest answer that still shows the round trip works; the probe costs a few tokens.
constexpr int kMaxTokens = 16;

bool isAnthropic(const QString &kind)
{
    return kind == u"anthropic";
}

Result<void> checkKind(const QString &kind)
{
    if (kind != u"openai" && !isAnthropic(kind))
        return fail(QStringLiteral("no test request is known for route kind '%1'").arg(kind));
    return {};
}

QJsonArray oneUserMessage()
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), kPrompt}}};
}

// The reply text of a successful answer in either wire format.
QString replyText(const QJsonObject &body)
{
    if (body.contains(u"choices"))
        return body.value(u"choices")[0][u"message"][u"content"].toString();
    return body.value(u"content")[0][u"text"].toString();
}

} // namespace

GatewayProbe::GatewayProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

Result<QNetworkRequest> GatewayProbe::requestFor(const QString &kind, const QString &gatewayBaseUrl,
                                                 const QByteArray &developerKey)
{
    if (auto known = checkKind(kind); !known)
        return std::unexpected(known.error());
    if (gatewayBaseUrl.isEmpty())
        return fail(QStringLiteral("the gateway has no base URL: it is not running"));
    const QString endpoint =
        isAnthropic(kind) ? QStringLiteral("/messages") : QStringLiteral("/chat/completions");
    QNetworkRequest request(QUrl(gatewayBaseUrl + endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (isAnthropic(kind)) {
        request.setRawHeader("x-api-key", developerKey);
        request.setRawHeader("anthropic-version", "2023-06-01");
    } else {
        request.setRawHeader("Authorization", "Bearer " + developerKey);
    }
    return request;
}

// The models are the smallest ones the starter policy allows, so a fresh setup answers.
Result<QByteArray> GatewayProbe::bodyFor(const QString &kind)
{
    if (auto known = checkKind(kind); !known)
        return std::unexpected(known.error());
    QJsonObject body{{QStringLiteral("messages"), oneUserMessage()}};
    // Anthropic requires max_tokens; OpenAI's newer models refuse it (they want
    // max_completion_tokens), so the OpenAI request leaves the length to the server.
    if (isAnthropic(kind)) {
        body.insert(QStringLiteral("model"), QStringLiteral("claude-haiku-4-5"));
        body.insert(QStringLiteral("max_tokens"), kMaxTokens);
    } else {
        body.insert(QStringLiteral("model"), QStringLiteral("gpt-4o-mini"));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<void> GatewayProbe::send(const QString &kind, const QString &gatewayBaseUrl,
                                const QByteArray &developerKey)
{
    auto request = requestFor(kind, gatewayBaseUrl, developerKey);
    if (!request)
        return std::unexpected(request.error());
    auto body = bodyFor(kind);
    if (!body)
        return std::unexpected(body.error());
    QNetworkReply *reply = m_network->post(*request, *body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT answered(answerFrom(status, reply->rawHeader("x-custos-decision"), reply->readAll(),
                                   status == 0 ? reply->errorString() : QString()));
    });
    return {};
}

GatewayProbe::Answer GatewayProbe::answerFrom(int status, const QByteArray &decision, const QByteArray &body,
                                              const QString &transportError)
{
    Answer answer;
    answer.status = status;
    answer.decision = decision.isEmpty() ? QStringLiteral("allow") : QString::fromUtf8(decision);
    if (status == 0) {
        answer.error = transportError;
        return answer;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    answer.error = json.value(u"error").toObject().value(u"message").toString();
    if (answer.error.isEmpty() && (status < 200 || status > 299))
        answer.error = QStringLiteral("HTTP %1 without an error message").arg(status);
    if (answer.error.isEmpty())
        answer.text = replyText(json);
    return answer;
}

} // namespace custos
