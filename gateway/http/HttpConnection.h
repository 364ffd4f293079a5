#pragma once

#include "gateway/http/HttpExchange.h"
#include "gateway/http/HttpHandler.h"
#include "gateway/http/HttpLimits.h"
#include "gateway/http/HttpRequestParser.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace custos::http {

class HttpExchange;
class InFlightBudget;

// One client connection: reads and parses requests, hands each to the handler, one at a time
// (pipelined requests wait their turn, and no more than HttpLimits::maxConnectionBufferBytes of them
// is read meanwhile), enforces the header and body deadlines (from a request's first byte) and the
// idle timeout, holds each request's body against the server's in-flight budget until it is answered,
// and answers malformed, late and over-budget requests itself before closing.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(qintptr socketDescriptor, const HttpLimits &limits, InFlightBudget *budget,
                   HttpHandler *handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    bool isValid() const;

private:
    friend class HttpExchange;
    void write(QByteArrayView data);
    void abort();
    void exchangeFinished(HttpExchange *exchange);

    void onReadyRead();
    void processBuffer();
    void dispatch(HttpRequest request);
    void reject(int status, const QByteArray &reason, const HttpHeaders &extraHeaders = {});
    bool holdBody();
    void releaseBody();
    void readSocket();
    void onTimeout();
    void armTimer();
    void closeAfterWrite();
    void onDisconnected();

    QTcpSocket *m_socket = nullptr;
    HttpLimits m_limits;
    InFlightBudget *m_budget = nullptr;
    qint64 m_heldBytes = 0; // reserved from m_budget for the request being read or answered
    HttpHandler *m_handler = nullptr;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QPointer<HttpExchange> m_exchange;
    QTimer m_timer;
    bool m_requestStarted = false; // the current request's first byte has arrived: deadlines run
    QDeadlineTimer m_headerDeadline;
    QDeadlineTimer m_bodyDeadline;
    bool m_continueSent = false;
    bool m_closing = false;
    bool m_processScheduled = false;
};

} // namespace custos::http
