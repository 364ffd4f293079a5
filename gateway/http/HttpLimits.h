#pragma once

#include <QtGlobal>

namespace custos::http {

// Limits that keep slow or hostile clients from holding the server. Times are in milliseconds and
// are deadlines: they count from the first byte of a request, however the bytes trickle in.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024;
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    int headerTimeoutMs = 10'000; // from the first byte of a request to the end of its headers
    int bodyTimeoutMs = 30'000;   // from the first byte of a request to the end of its body
    int idleTimeoutMs = 60'000;   // a kept-alive connection with no request in progress
    // What is read ahead of a connection whose request is still being answered; beyond it the
    // connection is not read (TCP holds the client back) until the answer is out.
    qsizetype maxConnectionBufferBytes = 64 * 1024;
    // Request bodies held at once, all connections together, from their headers until their answer is
    // out. A request that would go beyond it is refused with 503 and Retry-After.
    qint64 maxInFlightBytes = 10 * 1024 * 1024;
    int retryAfterSeconds = 1;
};

} // namespace custos::http
