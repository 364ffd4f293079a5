#include "gateway/http/HttpRequestParser.h"

namespace custos::http {

namespace {

constexpr qsizetype maxChunkLine = 1024;

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return !QByteArrayView("\"(),/:;<=>?@[\\]{}").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible characters, blanks and obs-text, never other controls (CR, LF, NUL).
bool isValidFieldValue(QByteArrayView value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isValidTarget(QByteArrayView target)
{
    if (target == "*")
        return true;
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{}

qint64 HttpRequestParser::bodyBytesHeld() const
{
    const bool announced = m_phase == Phase::FixedBody || m_phase == Phase::ChunkData;
    return m_request.body.size() + (announced ? m_remaining : 0);
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

void HttpRequestParser::reset()
{
    m_request = {};
    m_phase = Phase::Head;
    m_remaining = 0;
    m_expectContinue = false;
    m_sawBytes = false;
    m_trailerBytes = 0;
}

HttpRequestParser::State HttpRequestParser::failWith(int status, QByteArray message)
{
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::parse(QByteArray &buffer)
{
    if (m_errorStatus != 0)
        return State::Failed;
    if (m_phase == Phase::Head) {
        if (const State state = parseHead(buffer); state != State::Complete)
            return state;
    }
    switch (m_phase) {
    case Phase::FixedBody:
        return parseFixedBody(buffer);
    case Phase::Done:
        return State::Complete;
    default:
        return parseChunked(buffer);
    }
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArray &buffer)
{
    // Empty lines before a request line are allowed (RFC 9112 §2.2).
    qsizetype start = 0;
    while (buffer.size() >= start + 2 && buffer[start] == '\r' && buffer[start + 1] == '\n')
        start += 2;
    if (start > 0)
        buffer.remove(0, start);
    // A lone CR may be the first half of one more empty line: it does not start a request yet, so
    // the deadlines do not depend on how the client's bytes were split.
    if (!buffer.isEmpty() && buffer != "\r")
        m_sawBytes = true;

    // Only the bytes a head within the limit can span (the head and its CRLF CRLF) decide the
    // verdict, so it is the same however the client's bytes were split into reads.
    const qsizetype known = qMin(buffer.size(), m_limits.maxHeaderBytes + 4);
    const qsizetype end = QByteArrayView(buffer).first(known).indexOf("\r\n\r\n");
    const qsizetype searchLimit = end < 0 ? known : end + 2;
    for (qsizetype i = 0; i < searchLimit; ++i) {
        const bool bareLf = buffer[i] == '\n' && (i == 0 || buffer[i - 1] != '\r');
        const bool bareCr = buffer[i] == '\r' && i + 1 < known && buffer[i + 1] != '\n';
        if (bareLf || bareCr)
            return failWith(400, "bare CR or LF in the request head");
    }
    if (end < 0) {
        if (known == m_limits.maxHeaderBytes + 4)
            return failWith(431, "request headers are larger than the limit");
        return State::NeedMore;
    }

    const QByteArrayView head(buffer.constData(), end);
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart <= head.size()) {
        qsizetype lineEnd = head.indexOf("\r\n", lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        if (first ? !parseRequestLine(line) : !parseHeaderLine(line))
            return State::Failed;
        first = false;
        lineStart = lineEnd + 2;
    }
    buffer.remove(0, end + 4);
    if (!applyFramingHeaders())
        return State::Failed;
    return State::Complete;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    while (true) {
        const qsizetype space = line.indexOf(' ', start);
        parts.append(line.sliced(start, (space < 0 ? line.size() : space) - start));
        if (space < 0)
            break;
        start = space + 1;
    }
    if (parts.size() != 3 || !isToken(parts[0]) || !isValidTarget(parts[1])) {
        failWith(400, "malformed request line");
        return false;
    }
    if (parts[2] == "HTTP/1.1")
        m_request.versionMinor = 1;
    else if (parts[2] == "HTTP/1.0")
        m_request.versionMinor = 0;
    else {
        failWith(505, "only HTTP/1.1 and HTTP/1.0 are supported");
        return false;
    }
    m_request.method = parts[0].toByteArray();
    m_request.target = parts[1].toByteArray();
    const qsizetype question = m_request.target.indexOf('?');
    m_request.path = question < 0 ? m_request.target : m_request.target.left(question);
    m_request.query = question < 0 ? QByteArray() : m_request.target.mid(question + 1);
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        failWith(400, "obsolete header line folding is not accepted");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        failWith(400, "malformed header field name");
        return false;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!isValidFieldValue(value)) {
        failWith(400, "header field value contains control characters");
        return false;
    }
    m_request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::applyFramingHeaders()
{
    QByteArray contentLength;
    QByteArray transferEncoding;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "content-length") {
            if (!contentLength.isNull() && contentLength != value)
                return failWith(400, "conflicting Content-Length headers"), false;
            contentLength = value;
        } else if (name == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value.toLower();
        }
    }
    if (!contentLength.isNull() && !transferEncoding.isNull())
        return failWith(400, "a request must not carry both Content-Length and Transfer-Encoding"), false;

    const QByteArray connection = m_request.header("connection").toLower();
    m_request.keepAlive =
        m_request.versionMinor == 1 ? !connection.contains("close") : connection.contains("keep-alive");
    m_expectContinue = m_request.header("expect").toLower() == "100-continue";

    if (!transferEncoding.isNull()) {
        if (m_request.versionMinor == 0)
            return failWith(400, "Transfer-Encoding is not allowed in HTTP/1.0"), false;
        if (transferEncoding.replace(' ', "") != "chunked")
            return failWith(501, "only the chunked transfer coding is supported"), false;
        m_phase = Phase::ChunkSize;
        return true;
    }
    bool ok = !contentLength.isEmpty() && contentLength.size() <= 18;
    for (const char c : std::as_const(contentLength))
        ok = ok && c >= '0' && c <= '9';
    if (!contentLength.isNull() && !ok)
        return failWith(400, "invalid Content-Length"), false;
    m_remaining = contentLength.isNull() ? 0 : contentLength.toLongLong();
    if (m_remaining > m_limits.maxBodyBytes)
        return failWith(413, "request body is larger than the limit"), false;
    m_phase = m_remaining > 0 ? Phase::FixedBody : Phase::Done;
    return true;
}

HttpRequestParser::State HttpRequestParser::parseFixedBody(QByteArray &buffer)
{
    const qsizetype take = qMin<qint64>(m_remaining, buffer.size());
    if (m_request.body.isEmpty() && take == buffer.size() && take == m_remaining)
        m_request.body = std::exchange(buffer, {});
    else {
        m_request.body.append(buffer.constData(), take);
        buffer.remove(0, take);
    }
    m_remaining -= take;
    if (m_remaining > 0)
        return State::NeedMore;
    m_phase = Phase::Done;
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::parseChunked(QByteArray &buffer)
{
    while (true) {
        switch (m_phase) {
        case Phase::ChunkSize:
            if (const State state = parseChunkSize(buffer); state != State::Complete)
                return state;
            break;
        case Phase::ChunkData: {
            const qsizetype take = qMin<qint64>(m_remaining, buffer.size());
            m_request.body.append(buffer.constData(), take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return State::NeedMore;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd:
            if (buffer.size() < 2)
                return State::NeedMore;
            if (!buffer.startsWith("\r\n"))
                return failWith(400, "chunk data is not followed by CRLF");
            buffer.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers:
            return parseTrailers(buffer);
        default:
            return State::Complete;
        }
    }
}

HttpRequestParser::State HttpRequestParser::parseChunkSize(QByteArray &buffer)
{
    // A line within the limit ends in the first maxChunkLine + 2 bytes, whatever the reads.
    const qsizetype known = qMin(buffer.size(), maxChunkLine + 2);
    const qsizetype lineEnd = QByteArrayView(buffer).first(known).indexOf("\r\n");
    if (lineEnd < 0)
        return known == maxChunkLine + 2 ? failWith(400, "chunk size line too long") : State::NeedMore;
    QByteArrayView sizeText(buffer.constData(), lineEnd);
    if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
        sizeText = sizeText.first(semicolon); // chunk extensions carry nothing we use
    sizeText = trimmed(sizeText);
    bool ok = !sizeText.isEmpty() && sizeText.size() <= 15;
    for (const char c : sizeText)
        ok = ok && std::isxdigit(static_cast<unsigned char>(c));
    if (!ok)
        return failWith(400, "invalid chunk size");
    m_remaining = sizeText.toLongLong(nullptr, 16);
    buffer.remove(0, lineEnd + 2);
    if (m_request.body.size() + m_remaining > m_limits.maxBodyBytes)
        return failWith(413, "request body is larger than the limit");
    m_phase = m_remaining == 0 ? Phase::Trailers : Phase::ChunkData;
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::parseTrailers(QByteArray &buffer)
{
    while (true) {
        // The whole trailer section, its last CRLF included, is held to the header limit.
        const qsizetype budget = m_limits.maxHeaderBytes - m_trailerBytes;
        const qsizetype known = qMin(buffer.size(), qMax<qsizetype>(budget, 0));
        const qsizetype lineEnd = QByteArrayView(buffer).first(known).indexOf("\r\n");
        if (lineEnd < 0)
            return known >= budget ? failWith(431, "trailer section too large") : State::NeedMore;
        m_trailerBytes += lineEnd + 2;
        const QByteArrayView line(buffer.constData(), lineEnd);
        if (!line.isEmpty() && !isValidFieldValue(line))
            return failWith(400, "trailer field contains control characters");
        const bool last = lineEnd == 0;
        buffer.remove(0, lineEnd + 2); // trailers are read and dropped: nothing here needs them
        if (last) {
            m_phase = Phase::Done;
            return State::Complete;
        }
    }
}

} // namespace custos::http
