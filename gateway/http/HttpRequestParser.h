#pragma once

#include "gateway/http/HttpLimits.h"
#include "gateway/http/HttpRequest.h"

#include <QByteArray>

namespace custos::http {

// An incremental, strict HTTP/1.1 request parser (RFC 9112). It refuses what request smuggling and
// header injection rely on: Content-Length together with Transfer-Encoding, bare CR or LF, obsolete
// line folding, control characters in values, and conflicting lengths. Every failure carries the
// status to answer with; the connection is closed after a failure.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Failed };

    explicit HttpRequestParser(const HttpLimits &limits);

    // Consumes what it can from the front of `buffer`. After Complete, takeRequest() and call again
    // for a pipelined request.
    State parse(QByteArray &buffer);

    bool headersComplete() const { return m_phase > Phase::Head; }
    bool expectsContinue() const { return m_expectContinue; }
    bool inProgress() const { return m_phase != Phase::Head || m_sawBytes; }
    // The body bytes this request holds or has announced: what it has read, plus the rest of its
    // Content-Length or of its current chunk.
    qint64 bodyBytesHeld() const;
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

private:
    enum class Phase { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    State parseHead(QByteArray &buffer);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool applyFramingHeaders();
    State parseFixedBody(QByteArray &buffer);
    State parseChunked(QByteArray &buffer);
    State parseChunkSize(QByteArray &buffer);
    State parseTrailers(QByteArray &buffer);
    State failWith(int status, QByteArray message);
    void reset();

    HttpLimits m_limits;
    HttpRequest m_request;
    Phase m_phase = Phase::Head;
    qint64 m_remaining = 0;
    qsizetype m_trailerBytes = 0; // of the trailer section read so far
    bool m_expectContinue = false;
    bool m_sawBytes = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace custos::http
