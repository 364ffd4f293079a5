#include "gateway/http/HttpWorker.h"

#include "gateway/http/HttpConnection.h"

#include <QTcpSocket>
#include <unistd.h>

namespace custos::http {

HttpWorker::HttpWorker(const HttpLimits &limits, std::shared_ptr<InFlightBudget> budget,
                       HttpHandlerFactory factory)
    : m_limits(limits)
    , m_budget(std::move(budget))
    , m_factory(std::move(factory))
{}

HttpWorker::~HttpWorker()
{
    // Connections hold a pointer to the handler: delete them first.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

void HttpWorker::adopt(qintptr socketDescriptor)
{
    QMetaObject::invokeMethod(this, [this, socketDescriptor] { serve(socketDescriptor); });
}

void HttpWorker::serve(qintptr socketDescriptor)
{
    if (!m_handler)
        m_handler = m_factory();
    auto *connection = new HttpConnection(socketDescriptor, m_limits, m_budget.get(), m_handler.get(), this);
    if (!connection->isValid()) {
        delete connection;
        ::close(static_cast<int>(socketDescriptor));
    }
}

} // namespace custos::http
