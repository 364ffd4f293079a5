#pragma once

#include <QtGlobal>

namespace custos::http {

// Limits that keep slow or hostile clients from holding the server. Times are in milliseconds.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024;
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    int headerTimeoutMs = 10'000; // from the first byte of a request to the end of its headers
    int bodyTimeoutMs = 30'000;   // from the end of the headers to the end of the body
    int idleTimeoutMs = 60'000;   // a kept-alive connection with no request in progress
};

} // namespace custos::http
