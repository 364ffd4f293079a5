#pragma once

#include <QTcpServer>

#include <functional>

namespace custos::http {

// A listening socket that hands each accepted descriptor to a callback instead of queueing a QTcpSocket,
// so the connection can be created on a worker thread.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(qintptr socketDescriptor)>;
    explicit HttpListener(Dispatch dispatch, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Dispatch m_dispatch;
};

} // namespace custos::http
