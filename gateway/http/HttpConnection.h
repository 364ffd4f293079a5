#pragma once

#include "gateway/http/HttpHandler.h"
#include "gateway/http/HttpLimits.h"
#include "gateway/http/HttpRequestParser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace custos::http {

class HttpExchange;

// One client connection: reads and parses requests, hands each to the handler, one at a time
// (pipelined requests wait their turn), enforces the header, body and idle timeouts, and answers
// malformed requests itself before closing.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(qintptr socketDescriptor, const HttpLimits &limits, HttpHandler *handler,
                   QObject *parent = nullptr);
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
    void reject(int status, const QByteArray &reason);
    void onTimeout();
    void armTimer();
    void closeAfterWrite();
    void onDisconnected();

    QTcpSocket *m_socket = nullptr;
    HttpLimits m_limits;
    HttpHandler *m_handler = nullptr;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QPointer<HttpExchange> m_exchange;
    QTimer m_timer;
    bool m_continueSent = false;
    bool m_closing = false;
    bool m_processScheduled = false;
};

} // namespace custos::http
