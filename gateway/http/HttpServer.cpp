#include "gateway/http/HttpServer.h"

#include "gateway/http/HttpListener.h"
#include "gateway/http/HttpWorker.h"
#include "gateway/http/InFlightBudget.h"

#include <QThread>

namespace custos::http {

HttpServer::HttpServer(const HttpLimits &limits, HttpHandlerFactory factory, int workerThreads,
                       QObject *parent)
    : QObject(parent)
    , m_listener(new HttpListener([this](qintptr descriptor) { dispatch(descriptor); }, this))
    , m_budget(std::make_shared<InFlightBudget>(limits.maxInFlightBytes))
{
    if (workerThreads <= 0) {
        auto *worker = new HttpWorker(limits, m_budget, factory);
        worker->setParent(this);
        m_workers.push_back(worker);
        return;
    }
    for (int i = 0; i < workerThreads; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("custos-http-%1").arg(i));
        auto *worker = new HttpWorker(limits, m_budget, factory);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        m_threads.push_back(thread);
        m_workers.push_back(worker);
        thread->start();
    }
}

HttpServer::~HttpServer()
{
    close();
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

Result<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port))
        return fail(QStringLiteral("cannot listen on %1 port %2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(m_listener->errorString()));
    return {};
}

quint16 HttpServer::port() const
{
    return m_listener->serverPort();
}

void HttpServer::close()
{
    m_listener->close();
}

void HttpServer::dispatch(qintptr socketDescriptor)
{
    HttpWorker *worker = m_workers[m_next++ % m_workers.size()];
    worker->adopt(socketDescriptor);
}

} // namespace custos::http
