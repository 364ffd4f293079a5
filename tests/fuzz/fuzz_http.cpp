// The gateway's HTTP/1.1 request parser on hostile bytes. Besides the sanitizers' checks, two
// properties: the requests parsed, and how the parse ends (waiting, or refused with which status and
// message), do not depend on how the bytes were split into reads; and a parsed request keeps the
// limits (its body no larger than allowed, exactly its Content-Length).

#include "gateway/http/HttpRequestParser.h"
#include "tests/fuzz/FuzzInput.h"

using namespace custos;
using namespace custos::http;

namespace {

// Small limits, so the fuzzer reaches them with small inputs.
HttpLimits fuzzLimits()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 512;
    limits.maxBodyBytes = 2048;
    return limits;
}

QByteArray describe(const HttpRequest &request)
{
    QByteArray text = request.method + ' ' + request.target + " 1." +
                      QByteArray::number(request.versionMinor) +
                      (request.keepAlive ? " keep-alive\n" : " close\n");
    for (const auto &[name, value] : request.headers)
        text += name + ": " + value + '\n';
    return text + "\n" + request.body;
}

void checkLimits(const HttpRequest &request, const HttpLimits &limits)
{
    if (request.body.size() > limits.maxBodyBytes)
        fuzz::propertyFailed("a request body beyond maxBodyBytes was accepted");
    if (request.method.isEmpty() || (!request.target.startsWith('/') && request.target != "*"))
        fuzz::propertyFailed("a request without a method or a valid target was accepted");
    const QByteArray length = request.header("content-length");
    if (!length.isNull() && length.toLongLong() != request.body.size())
        fuzz::propertyFailed("a body that differs from its Content-Length was accepted");
}

struct Outcome
{
    QList<QByteArray> requests;
    int errorStatus = 0;
    QByteArray errorMessage;
    bool inProgress = false;

    bool operator==(const Outcome &) const = default;
};

Outcome parseChunks(const QList<QByteArrayView> &chunks)
{
    const HttpLimits limits = fuzzLimits();
    HttpRequestParser parser(limits);
    Outcome outcome;
    QByteArray buffer;
    for (const QByteArrayView chunk : chunks) {
        buffer.append(chunk);
        while (true) {
            const HttpRequestParser::State state = parser.parse(buffer);
            if (state == HttpRequestParser::State::Failed) {
                outcome.errorStatus = parser.errorStatus();
                outcome.errorMessage = parser.errorMessage();
                if (outcome.errorStatus < 400 || outcome.errorMessage.isEmpty())
                    fuzz::propertyFailed("a refusal without an error status or a message");
                return outcome;
            }
            if (state == HttpRequestParser::State::NeedMore)
                break;
            const HttpRequest request = parser.takeRequest();
            checkLimits(request, limits);
            outcome.requests.append(describe(request));
        }
    }
    outcome.inProgress = parser.inProgress();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::SplitInput input = fuzz::SplitInput::read(data, size);
    const Outcome whole = parseChunks({QByteArrayView(input.text)});
    const Outcome split = parseChunks(input.chunks);
    if (whole != split) {
        fprintf(stderr, "whole: %d %s (%lld requests)\nsplit: %d %s (%lld requests)\n", whole.errorStatus,
                whole.errorMessage.constData(), qlonglong(whole.requests.size()), split.errorStatus,
                split.errorMessage.constData(), qlonglong(split.requests.size()));
        fuzz::propertyFailed("the parse depends on how the bytes were split into reads");
    }
    return 0;
}
