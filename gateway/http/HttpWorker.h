#pragma once

#include "gateway/http/HttpHandler.h"
#include "gateway/http/HttpLimits.h"

#include <QObject>

#include <memory>

namespace custos::http {

class InFlightBudget;

// Serves the connections given to it on the thread it lives in, with its own handler instance.
class HttpWorker : public QObject
{
    Q_OBJECT
public:
    HttpWorker(const HttpLimits &limits, std::shared_ptr<InFlightBudget> budget, HttpHandlerFactory factory);
    ~HttpWorker() override;

    // Thread-safe: queues the descriptor to this worker's thread.
    void adopt(qintptr socketDescriptor);

private:
    void serve(qintptr socketDescriptor);

    HttpLimits m_limits;
    std::shared_ptr<InFlightBudget> m_budget; // shared by all workers of a server
    HttpHandlerFactory m_factory;
    std::unique_ptr<HttpHandler> m_handler; // made lazily on the worker's own thread
};

} // namespace custos::http
