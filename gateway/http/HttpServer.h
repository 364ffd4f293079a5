#pragma once

#include "core/common/Error.h"
#include "gateway/http/HttpHandler.h"
#include "gateway/http/HttpLimits.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace custos::http {

class HttpListener;
class InFlightBudget;
class HttpWorker;

// A small HTTP/1.1 server: one listening socket, connections spread round-robin over worker threads,
// each with its own handler. With zero worker threads everything runs on the caller's thread.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(const HttpLimits &limits, HttpHandlerFactory factory, int workerThreads,
               QObject *parent = nullptr);
    ~HttpServer() override;

    Result<void> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    void close();

private:
    void dispatch(qintptr socketDescriptor);

    HttpListener *m_listener = nullptr;
    std::shared_ptr<InFlightBudget> m_budget;
    std::vector<QThread *> m_threads;
    std::vector<HttpWorker *> m_workers;
    std::size_t m_next = 0;
};

} // namespace custos::http
