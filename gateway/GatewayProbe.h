#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace custos {

// One small model request to a running gateway, in the wire format of a route kind: an OpenAI
// chat completion for "openai", an Anthropic message (with its required max_tokens and
// anthropic-version) for "anthropic". The first-run wizard's "Send a test request" uses it, so
// the request goes where that route's clients will send theirs and the gateway decides on it as
// on any other.
class GatewayProbe : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 0;   // the HTTP status; 0 when no HTTP answer came
        QString decision; // x-custos-decision; "allow" when the gateway sent none
        QString error;    // the error body's message, or why no answer came; empty on success
        QString text;     // the model's reply text on success
    };

    explicit GatewayProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    // `gatewayBaseUrl` is the base URL a client is given (".../v1"); `developerKey` a Custos key.
    static Result<QNetworkRequest> requestFor(const QString &kind, const QString &gatewayBaseUrl,
                                              const QByteArray &developerKey);
    static Result<QByteArray> bodyFor(const QString &kind);

    // Sends the request; answered() follows, also for a refusal or no answer at all. Fails at
    // once, sending nothing, for an unknown kind or an empty base URL.
    Result<void> send(const QString &kind, const QString &gatewayBaseUrl, const QByteArray &developerKey);

Q_SIGNALS:
    void answered(const custos::GatewayProbe::Answer &answer);

private:
    static Answer answerFrom(int status, const QByteArray &decision, const QByteArray &body,
                             const QString &transportError);

    QNetworkAccessManager *m_network;
};

} // namespace custos
