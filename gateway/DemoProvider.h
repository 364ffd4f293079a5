#pragma once

#include "core/common/Error.h"

#include <QObject>

#include <memory>

namespace custos {

namespace http {
class HttpServer;
}

// The built-in `demo` route's provider: a small HTTP server on a free loopback port, inside the
// gateway's own process, that answers OpenAI chat-completions and responses and Anthropic messages
// requests (whole or streamed) with a reply saying it is a demo. The gateway forwards to it like to
// any provider, so the policy, redaction and evidence run exactly as they would for a real one.
class DemoProvider : public QObject
{
    Q_OBJECT
public:
    explicit DemoProvider(QObject *parent = nullptr);
    ~DemoProvider() override;

    Result<void> start();
    // "http://127.0.0.1:PORT": one base URL for both kinds (requests carry their /v1/... path).
    QString baseUrl() const;

private:
    std::unique_ptr<http::HttpServer> m_http;
};

} // namespace custos
