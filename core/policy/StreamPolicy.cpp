#include "core/policy/StreamPolicy.h"

#include "core/policy/PolicyEngine.h"

namespace custos {
namespace {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace

StreamPolicy::StreamPolicy(std::shared_ptr<const PolicyEngine> engine, EvaluationContext context)
    : m_engine(std::move(engine))
    , m_context(std::move(context))
    , m_scanner(m_engine->detectors())
{
    m_decision.policyHash = m_engine->policyHash();
    m_decision.route = m_context.route;
}

StreamPolicy::Output StreamPolicy::feed(QStringView delta)
{
    if (m_blocked)
        return Output{{}, {}, true};
    return apply(m_scanner.feed(delta));
}

StreamPolicy::Output StreamPolicy::finish()
{
    if (m_blocked)
        return Output{{}, {}, true};
    return apply(m_scanner.finish());
}

StreamPolicy::Output StreamPolicy::apply(StreamScanner::Release release)
{
    const qsizetype base = m_releasedCodePoints;
    m_releasedCodePoints += codePointCount(release.text);
    m_textBytes += PolicyEngine::utf8Size(release.text);
    for (const DetectorHit &hit : release.hits)
        m_decision.hits.push_back(PolicyHit{hit, QStringLiteral("$.stream")});

    // Rules count over the whole stream so far, so min_count and sizes work as for a body. Without
    // new hits only size conditions can change the outcome, so most chunks skip this.
    if (!m_evaluated || !release.hits.empty() || m_engine->hasSizeConditions()) {
        m_fired = m_engine->firingRules(m_context, m_decision.hits, m_textBytes);
        m_engine->settle(m_decision, m_fired);
        m_evaluated = true;
    }
    const std::vector<const CompiledRule *> &fired = m_fired;
    if (m_decision.blocksRequest()) {
        m_blocked = true;
        return Output{{}, std::move(release.hits), true};
    }
    if (m_decision.action != Action::Redact || release.hits.empty())
        return Output{std::move(release.text), std::move(release.hits), false};

    std::vector<RedactionSpan> spans;
    for (const DetectorHit &hit : release.hits) {
        if (const auto style = PolicyEngine::redactionFor(hit, fired))
            spans.push_back(
                RedactionSpan{hit.start - base, hit.end - base, hit.detectorId, hit.text, *style});
    }
    return Output{m_redactor.redact(release.text, std::move(spans)), std::move(release.hits), false};
}

} // namespace custos
