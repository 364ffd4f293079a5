#include "core/audit/PayloadExporter.h"

#include "core/audit/AuditFormat.h"
#include "core/evidence/LedgerHash.h"
#include "core/policy/PayloadText.h"
#include "core/policy/Redactor.h"
#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/DetectorSet.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

bool redactedAt(const InteractionPayload &payload, bool request)
{
    return std::any_of(payload.decisions.begin(), payload.decisions.end(), [request](const auto &decision) {
        return decision.isResponse() != request && decision.action == Action::Redact;
    });
}

} // namespace

PayloadExporter::PayloadExporter(PayloadMode mode, std::shared_ptr<const DetectorSet> detectors)
    : m_mode(mode)
    , m_detectors(std::move(detectors))
{}

Result<PayloadExporter> PayloadExporter::create(PayloadMode mode)
{
    auto detectors = DetectorSet::compile(BuiltinDetectors::all());
    if (!detectors)
        return fail(u"the built-in detector pack does not compile: %1"_s.arg(detectors.error().message));
    return PayloadExporter(mode, std::move(*detectors));
}

ExportedBodies PayloadExporter::exportBodies(const InteractionPayload &payload) const
{
    ExportedBodies bodies;
    bodies.requestReceivedDigest = format::valueDigest(payload.requestReceived);
    bodies.requestForwardedDigest = format::valueDigest(payload.requestForwarded);
    bodies.responseReceivedDigest = format::valueDigest(payload.responseReceived);
    bodies.responseReturnedDigest = format::valueDigest(payload.responseReturned);
    const bool showAll = m_mode != PayloadMode::Digests;
    if (payload.wasForwarded() && (showAll || redactedAt(payload, true)))
        bodies.requestText = shownText(payload.requestForwarded, payload.api, bodies.masked);
    if (payload.hasResponse && (showAll || redactedAt(payload, false)))
        bodies.responseText = shownText(payload.responseReturned, payload.api, bodies.masked);
    return bodies;
}

QString PayloadExporter::shownText(const QJsonValue &body, const std::optional<ApiFlavor> &api,
                                   int &masked) const
{
    if (body.isString())
        return u"$stream: "_s + maskedText(body.toString(), masked);
    if (!body.isObject())
        return {};
    QStringList lines;
    if (api) {
        const auto texts = PayloadText::collect(body.toObject());
        for (const TextLocation &location : texts)
            lines.append(location.path() + u": "_s + maskedText(location.text, masked));
    } else {
        // A body of no known API (a refusal before any handler): every string it holds.
        lines.append(u"$: "_s + maskedText(ledger::payloadText(body.toObject()), masked));
    }
    return lines.join(u'\n');
}

QString PayloadExporter::maskedText(const QString &text, int &masked) const
{
    const std::vector<DetectorHit> hits = m_detectors->scan(text);
    if (hits.empty())
        return text;
    std::vector<RedactionSpan> spans;
    spans.reserve(hits.size());
    for (const DetectorHit &hit : hits)
        spans.push_back(
            RedactionSpan{hit.start, hit.end, hit.detectorId, hit.text, RedactionStyle::Placeholder});
    masked += int(hits.size());
    Redactor redactor;
    return redactor.redact(text, std::move(spans));
}

} // namespace custos::audit
