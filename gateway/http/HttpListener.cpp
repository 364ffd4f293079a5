#include "gateway/http/HttpListener.h"

namespace custos::http {

HttpListener::HttpListener(Dispatch dispatch, QObject *parent)
    : QTcpServer(parent)
    , m_dispatch(std::move(dispatch))
{}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    m_dispatch(socketDescriptor);
}

} // namespace custos::http
