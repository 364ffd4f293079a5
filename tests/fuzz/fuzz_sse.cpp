// The upstream's server-sent event stream: the SSE parser and the stream relay that scans and
// re-emits it, in each API's shape (the first byte's high nibble picks the API). Properties: the
// parser yields the same events however the bytes were split; what the relay emits is itself a
// well-formed event stream whose data is JSON (or [DONE]); and through a guard that lets everything
// pass, every channel returns exactly the text it received.

#include "core/policy/PolicyEngine.h"
#include "core/policy/StreamPolicy.h"
#include "gateway/StreamRelay.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonDocument>

using namespace custos;

namespace {

const QByteArray redactingPolicy = R"(id: fuzz-stream
rules:
  - id: mask-secrets
    direction: response
    conditions: { classes: [SECRET] }
    action: redact
    redaction: { style: mask }
  - id: placeholder-pii
    direction: response
    conditions: { classes: [PII, PCI] }
    action: redact
)";

std::shared_ptr<const PolicyEngine> redactingEngine()
{
    static const std::shared_ptr<const PolicyEngine> engine = [] {
        auto policy = Policy::fromYaml(redactingPolicy, QStringLiteral("fuzz-stream.yaml"));
        if (!policy)
            abort();
        auto compiled = PolicyEngine::compile(*policy);
        if (!compiled)
            abort();
        return *compiled;
    }();
    return engine;
}

// The gateway's own adapter (PolicyEnforcer's) lives with the enforcer; this is the same mapping.
class RedactingGuard : public StreamGuard
{
public:
    RedactingGuard()
        : m_policy(redactingEngine()->streamPolicy(EvaluationContext{}))
    {}
    StreamVerdict push(const QString &text) override { return verdict(m_policy->feed(text)); }
    StreamVerdict finish() override { return verdict(m_policy->finish()); }

private:
    StreamVerdict verdict(const StreamPolicy::Output &output) const
    {
        StreamVerdict result;
        result.text = output.text;
        result.blocked = output.blocked;
        return result;
    }
    std::unique_ptr<StreamPolicy> m_policy;
};

class PassGuard : public StreamGuard
{
public:
    StreamVerdict push(const QString &text) override
    {
        StreamVerdict verdict;
        verdict.text = text;
        return verdict;
    }
    StreamVerdict finish() override { return {}; }
};

QList<QByteArray> describeEvents(const QList<QByteArrayView> &chunks)
{
    SseParser parser;
    QList<QByteArray> events;
    for (const QByteArrayView chunk : chunks) {
        for (const SseEvent &event : parser.feed(chunk))
            events.append(event.event + '\0' + event.id + '\0' + event.data);
    }
    return events;
}

void checkEmittedStream(const QByteArray &frames)
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(frames);
    if (parser.pendingBytes() != 0)
        fuzz::propertyFailed("the relay emitted an unterminated event");
    for (const SseEvent &event : events) {
        if (event.data == "[DONE]")
            continue;
        QJsonParseError error;
        if (!QJsonDocument::fromJson(event.data, &error).isObject())
            fuzz::propertyFailed("the relay emitted an event whose data is not a JSON object");
    }
}

QByteArray relayAll(StreamRelay &relay, const QList<QByteArrayView> &chunks)
{
    QByteArray frames;
    for (const QByteArrayView chunk : chunks) {
        const StreamRelay::Output out = relay.feed(chunk);
        frames += out.frames;
        if (out.blocked || !out.upstreamFault.isEmpty())
            return frames;
    }
    frames += relay.finish().frames;
    return frames + relay.takeTerminal();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::SplitInput input = fuzz::SplitInput::read(data, size);
    if (describeEvents({QByteArrayView(input.text)}) != describeEvents(input.chunks))
        fuzz::propertyFailed("the SSE events depend on how the bytes were split");

    const int apiCount = int(ApiFlavor::AnthropicMessages) + 1;
    const auto api = ApiFlavor(size == 0 ? 0 : (data[0] >> 4) % apiCount);

    StreamRelay redacting(api, [] { return std::make_unique<RedactingGuard>(); });
    checkEmittedStream(relayAll(redacting, input.chunks));

    StreamRelay passing(api, [] { return std::make_unique<PassGuard>(); });
    checkEmittedStream(relayAll(passing, input.chunks));
    if (passing.channels().receivedText() != passing.channels().returnedText())
        fuzz::propertyFailed("a guard that lets everything pass changed a channel's text");
    return 0;
}
