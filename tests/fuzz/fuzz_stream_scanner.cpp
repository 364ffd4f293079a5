// The stream scanner and the streamed-response policy on any text split into any chunks. The
// property of issue 15: the text a stream releases equals redacting the whole text at once. Below
// it, the scanner's own invariants: its releases concatenate to the input, and it reports exactly
// the hits a scan of the whole text finds.

#include "core/policy/PolicyEngine.h"
#include "core/policy/StreamPolicy.h"
#include "core/policy/detectors/StreamScanner.h"
#include "tests/fuzz/FuzzInput.h"

using namespace custos;

namespace {

const QByteArray redactingPolicy = R"(id: fuzz-scanner
rules:
  - id: mask-secrets
    direction: response
    conditions: { classes: [SECRET] }
    action: redact
    redaction: { style: mask }
  - id: placeholder-pii
    direction: response
    conditions: { classes: [PII, PCI, PHI] }
    action: redact
)";

std::shared_ptr<const PolicyEngine> redactingEngine()
{
    static const std::shared_ptr<const PolicyEngine> engine = [] {
        auto policy = Policy::fromYaml(redactingPolicy, QStringLiteral("fuzz-scanner.yaml"));
        if (!policy)
            abort();
        auto compiled = PolicyEngine::compile(*policy);
        if (!compiled)
            abort();
        return *compiled;
    }();
    return engine;
}

// The text as UTF-16, cut where the fuzzer cut the bytes (positions beyond the text's UTF-16 length
// fall at its end). A cut may split a surrogate pair: an upstream can send the halves of an emoji
// in separate JSON strings ("\ud83d", "\ude00").
QStringList deltasOf(const fuzz::SplitInput &input, const QString &whole)
{
    QStringList deltas;
    qsizetype from = 0;
    qsizetype cut = 0;
    for (const QByteArrayView chunk : input.chunks) {
        cut = std::min(cut + chunk.size(), whole.size());
        deltas << whole.mid(from, cut - from);
        from = cut;
    }
    deltas.last() += whole.mid(from);
    return deltas;
}

void checkScanner(const PolicyEngine &engine, const QString &whole, const QStringList &deltas)
{
    StreamScanner scanner(engine.detectors());
    QString released;
    std::vector<DetectorHit> hits;
    const auto take = [&](StreamScanner::Release release) {
        released += release.text;
        hits.insert(hits.end(), release.hits.begin(), release.hits.end());
    };
    for (const QString &delta : deltas)
        take(scanner.feed(delta));
    take(scanner.finish());
    if (released != whole)
        fuzz::propertyFailed("the scanner's releases do not concatenate to the input");
    if (hits != engine.detectors()->scan(whole)) {
        fprintf(stderr, "stream hits %zu, whole-text hits %zu\n", hits.size(),
                engine.detectors()->scan(whole).size());
        fuzz::propertyFailed("the stream reports other hits than a scan of the whole text");
    }
}

void checkPolicy(const PolicyEngine &engine, const QString &whole, const QStringList &deltas)
{
    EvaluationContext context;
    context.direction = Direction::Response;
    const std::unique_ptr<StreamPolicy> stream = engine.streamPolicy(context);
    QString released;
    for (const QString &delta : deltas)
        released += stream->feed(delta).text;
    released += stream->finish().text;

    const Decision decision = engine.evaluateText(context, whole);
    const QString redacted = decision.action == Action::Redact
                                 ? decision.transformedBody.value(QStringLiteral("text")).toString()
                                 : whole;
    if (released != redacted) {
        fprintf(stderr, "released: %s\nredacted: %s\n", qPrintable(released), qPrintable(redacted));
        fuzz::propertyFailed("the streamed text differs from redacting the whole text");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::SplitInput input = fuzz::SplitInput::read(data, size);
    const QString whole = QString::fromUtf8(input.text);
    const QStringList deltas = deltasOf(input, whole);
    const PolicyEngine &engine = *redactingEngine();
    checkScanner(engine, whole, deltas);
    checkPolicy(engine, whole, deltas);
    return 0;
}
