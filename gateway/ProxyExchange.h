#pragma once

#include "gateway/AdmittedRequest.h"
#include "gateway/ApiError.h"
#include "gateway/GatewayServices.h"
#include "gateway/InteractionRecord.h"
#include "gateway/http/HttpExchange.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace custos {

class StreamRelay;

// One model request from admission to last byte: evaluates the request, forwards it to its route,
// passes the response (whole or streamed) through the policy, records the interaction and releases the
// last byte only once the record is durable. Deletes itself when done.
class ProxyExchange : public QObject
{
    Q_OBJECT
public:
    ProxyExchange(const GatewayServices &services, QNetworkAccessManager *network,
                  http::HttpExchange *exchange, ApiFlavor api, const QString &endpoint);
    ~ProxyExchange() override;

    const QString &interactionId() const { return m_record.interactionId(); }
    void start(AdmittedRequest request);
    // Answers a request that failed admission, after recording it.
    void reject(const ApiError &error, const std::optional<ApiKeyIdentity> &caller,
                const QJsonValue &received);

private:
    EnforcementContext context(Direction direction) const;
    std::optional<ApiError> checkModel() const;
    std::optional<ApiError> applyRequestDecision(const Enforcement &decision, QString &routeName);
    std::optional<Enforcement> applyExceptions(Direction direction, const Enforcement &decision,
                                               const QJsonObject &body);
    ApiError policyError(const QString &what, const QStringList &rules, const QString &message) const;
    void forward(const Route &route, const QJsonObject &body);
    void onUpstreamHeaders();
    void onUpstreamReadyRead();
    void onUpstreamFinished();
    void finishWholeResponse(const QByteArray &body);
    ApiError upstreamFailure() const;

    void startStream();
    void relayStreamBytes(const QByteArray &bytes);
    void endStream(const QByteArray &tail, const QString &fault);
    void onClientGone();
    void dropUpstream();

    void respondError(const ApiError &error);
    void respond(int status, const QByteArray &body);
    void commit(std::function<void(bool recorded, const QString &failure)> deliver);
    void deliverWhole(bool recorded, const QString &failure);
    http::HttpHeaders baseHeaders(const QByteArray &contentType) const;
    void done(int status);

    GatewayServices m_services;
    QNetworkAccessManager *m_network;
    QPointer<http::HttpExchange> m_exchange;
    ApiFlavor m_api;
    QString m_endpoint;
    InteractionRecord m_record;
    QElapsedTimer m_started;
    AdmittedRequest m_request;
    QString m_routeName;
    FailureMode m_failureMode = FailureMode::Closed;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_upstreamBody;
    int m_upstreamStatus = 0;
    bool m_streaming = false;
    bool m_committed = false;
    std::unique_ptr<StreamRelay> m_relay;
    int m_pendingStatus = 0;
    QByteArray m_pendingBody;
    // The strongest action taken on either side, reported to the caller in x-custos-decision.
    Action m_strongestAction = Action::Allow;
    QStringList m_exemptRules; // lifted by approved exceptions for this interaction
    QStringList m_exceptionIds;
    QByteArray m_decisionHeader;
};

} // namespace custos
