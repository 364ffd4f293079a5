#include "core/policy/PolicyEngine.h"

#include "core/common/Logging.h"
#include "core/policy/PayloadText.h"
#include "core/policy/PolicyDetectors.h"
#include "core/policy/Redactor.h"
#include "core/policy/StreamPolicy.h"
#include "core/policy/detectors/DetectorSet.h"

#include <algorithm>

namespace custos {
namespace {

QString defaultMessage(const PolicyRule &rule)
{
    switch (rule.action) {
    case Action::Block:
        return QStringLiteral("Blocked by Custos policy rule '%1'.").arg(rule.id);
    case Action::RequireException:
        return QStringLiteral("Custos policy rule '%1' requires an approved exception; ask one of: %2.")
            .arg(rule.id, rule.approvers.join(QStringLiteral(", ")));
    default:
        break;
    }
    return {};
}

} // namespace

PolicyEngine::PolicyEngine(Key, Policy policy, std::shared_ptr<const DetectorSet> detectors)
    : m_policy(std::move(policy))
    , m_detectors(std::move(detectors))
{
    const PolicyDocument &document = m_policy.document();
    m_rules.reserve(document.rules.size());
    for (const PolicyRule &rule : document.rules) {
        m_rules.emplace_back(rule, document.mode, document.failureMode);
        m_hasSizeConditions = m_hasSizeConditions || rule.conditions.minSize > 0 || rule.conditions.maxSize;
    }
}

Result<std::shared_ptr<const PolicyEngine>> PolicyEngine::compile(const Policy &policy)
{
    auto detectors = DetectorSet::compile(PolicyDetectors::effectiveSpecs(policy.document()));
    if (!detectors) {
        qCWarning(lcPolicy) << "cannot compile the detectors of policy" << policy.hash();
        return std::unexpected(detectors.error());
    }
    return std::make_shared<const PolicyEngine>(Key{}, policy, std::move(*detectors));
}

qint64 PolicyEngine::utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return bytes;
}

Decision PolicyEngine::evaluate(const EvaluationContext &context, const QJsonObject &body) const
{
    PayloadScan scan = PayloadText::scan(body);
    Decision decision = evaluateLocations(context, body, scan.texts);
    if (!scan.unreadable.empty())
        refuseUnreadable(decision, scan.unreadable);
    return decision;
}

// Content Custos cannot read is not scanned; a policy that fails closed does not let it pass.
void PolicyEngine::refuseUnreadable(Decision &decision, const std::vector<UnreadablePart> &parts) const
{
    for (const UnreadablePart &part : parts)
        decision.unreadable.append(part.path + QStringLiteral(" (") + part.why + u')');
    if (m_policy.document().failureMode != FailureMode::Closed) {
        // Passed on unscanned: the decision's message (kept in the evidence) says what was not read.
        if (!decision.blocksRequest()) {
            const QString note = QStringLiteral("Passed on unscanned (failure_mode open): %1.")
                                     .arg(decision.unreadable.join(QStringLiteral(", ")));
            decision.message = decision.message.isEmpty() ? note : decision.message + u' ' + note;
        }
        return;
    }
    decision.action = Action::Block;
    decision.decidingRule.clear();
    decision.message =
        QStringLiteral("Custos cannot read %1, and the policy's failure_mode is closed: content that "
                       "cannot be scanned is not passed on. Send it as text instead.")
            .arg(decision.unreadable.join(QStringLiteral(", ")));
}

Decision PolicyEngine::evaluateText(const EvaluationContext &context, const QString &text) const
{
    const QJsonObject body{{QStringLiteral("text"), text}};
    const std::vector<TextLocation> locations{TextLocation{{PathSegment{QStringLiteral("text"), -1}}, text}};
    return evaluateLocations(context, body, locations);
}

Decision PolicyEngine::evaluateLocations(const EvaluationContext &context, const QJsonObject &body,
                                         const std::vector<TextLocation> &locations) const
{
    Decision decision;
    decision.policyHash = m_policy.hash();
    decision.route = context.route;
    qint64 textBytes = 0;
    std::vector<std::size_t> hitLocations;
    for (std::size_t i = 0; i < locations.size(); ++i) {
        const TextLocation &location = locations[i];
        textBytes += utf8Size(location.text);
        std::vector<DetectorHit> hits = m_detectors->scan(location.text);
        if (hits.empty())
            continue;
        const QString path = location.path();
        for (DetectorHit &hit : hits) {
            decision.hits.push_back(PolicyHit{std::move(hit), path});
            hitLocations.push_back(i);
        }
    }
    const std::vector<const CompiledRule *> fired = firingRules(context, decision.hits, textBytes);
    settle(decision, fired);
    decision.transformedBody =
        decision.action == Action::Redact ? redactBody(body, locations, hitLocations, decision, fired) : body;
    return decision;
}

std::vector<const CompiledRule *> PolicyEngine::firingRules(const EvaluationContext &context,
                                                            const std::vector<PolicyHit> &hits,
                                                            qint64 textBytes) const
{
    std::vector<const CompiledRule *> fired;
    for (const CompiledRule &rule : m_rules) {
        if (!rule.inScope(context) || !rule.sizeFits(textBytes) ||
            context.exemptRules.contains(rule.rule->id))
            continue;
        if (rule.rule->conditions.hasDetection()) {
            const auto counted =
                std::ranges::count_if(hits, [&](const PolicyHit &hit) { return rule.counts(hit.hit); });
            if (counted < rule.rule->conditions.minCount)
                continue;
        }
        fired.push_back(&rule);
    }
    return fired;
}

void PolicyEngine::settle(Decision &decision, const std::vector<const CompiledRule *> &fired) const
{
    decision.rules.clear();
    const CompiledRule *deciding = nullptr;
    bool flagged = false;
    bool allOpen = !fired.empty() || m_policy.document().failureMode == FailureMode::Open;
    for (const CompiledRule *compiled : fired) {
        const PolicyRule &rule = *compiled->rule;
        const QString message = rule.message.isEmpty() ? defaultMessage(rule) : rule.message;
        decision.rules.push_back(
            FiredRule{rule.id, rule.action, message, rule.approvers, rule.route, compiled->monitorOnly});
        allOpen = allOpen && compiled->failureMode == FailureMode::Open;
        if (compiled->monitorOnly || rule.action == Action::Monitor) {
            flagged = true;
            continue;
        }
        if (!deciding || rule.action > deciding->rule->action)
            deciding = compiled; // strictly greater: the first rule of an action keeps it
    }
    decision.failOpen = allOpen;
    decision.action = deciding ? deciding->rule->action : Action::Allow;
    if (flagged && decision.action < Action::Monitor)
        decision.action = Action::Monitor;
    if (deciding && deciding->rule->action != Action::Allow) {
        decision.decidingRule = deciding->rule->id;
        decision.message =
            deciding->rule->message.isEmpty() ? defaultMessage(*deciding->rule) : deciding->rule->message;
        if (deciding->rule->action == Action::Reroute)
            decision.route = deciding->rule->route;
    } else if (decision.action == Action::Monitor) {
        for (const CompiledRule *compiled : fired) {
            if (compiled->rule->action == Action::Monitor || compiled->monitorOnly) {
                decision.decidingRule = compiled->rule->id;
                decision.message = compiled->rule->message;
                break;
            }
        }
    }
}

std::optional<RedactionStyle> PolicyEngine::redactionFor(const DetectorHit &hit,
                                                         const std::vector<const CompiledRule *> &fired)
{
    for (const CompiledRule *compiled : fired) {
        if (compiled->enforcing() && compiled->rule->action == Action::Redact && compiled->counts(hit))
            return compiled->rule->redaction;
    }
    return std::nullopt;
}

QJsonObject PolicyEngine::redactBody(const QJsonObject &body, const std::vector<TextLocation> &locations,
                                     const std::vector<std::size_t> &hitLocations, const Decision &decision,
                                     const std::vector<const CompiledRule *> &fired) const
{
    // Locations are visited in body order and hits in text order, so placeholder numbers read
    // naturally: the first e-mail of the conversation is [EMAIL_1].
    Redactor redactor;
    std::vector<std::pair<const TextLocation *, QString>> replacements;
    std::size_t next = 0;
    while (next < decision.hits.size()) {
        const std::size_t locationIndex = hitLocations[next];
        std::vector<RedactionSpan> spans;
        for (; next < decision.hits.size() && hitLocations[next] == locationIndex; ++next) {
            const DetectorHit &hit = decision.hits[next].hit;
            if (const auto style = redactionFor(hit, fired))
                spans.push_back(RedactionSpan{hit.start, hit.end, hit.detectorId, hit.text, *style});
        }
        if (spans.empty())
            continue;
        const TextLocation &location = locations[locationIndex];
        replacements.emplace_back(&location, redactor.redact(location.text, std::move(spans)));
    }
    return PayloadText::replace(body, replacements);
}

std::unique_ptr<StreamPolicy> PolicyEngine::streamPolicy(const EvaluationContext &context) const
{
    EvaluationContext responseContext = context;
    responseContext.direction = Direction::Response;
    return std::make_unique<StreamPolicy>(shared_from_this(), responseContext);
}

QStringList PolicyEngine::allowedModels() const
{
    QStringList models;
    for (const RouteSpec &route : m_policy.document().routes)
        models += route.models;
    models.sort();
    models.removeDuplicates();
    return models;
}

const RouteSpec *PolicyEngine::route(const QString &name) const
{
    return m_policy.document().route(name);
}

const RouteSpec *PolicyEngine::routeForModel(const QString &model) const
{
    for (const RouteSpec &candidate : m_policy.document().routes) {
        for (const QString &listed : candidate.models) {
            if (listed.endsWith(u'*') ? model.startsWith(QStringView(listed).chopped(1)) : listed == model)
                return &candidate;
        }
    }
    return nullptr;
}

QStringList PolicyEngine::approvers(const QString &ruleId) const
{
    const PolicyRule *rule = m_policy.rule(ruleId);
    return rule ? rule->approvers : QStringList();
}

std::optional<ExceptionLimits> PolicyEngine::exceptionLimits(const QString &ruleId) const
{
    const PolicyRule *rule = m_policy.rule(ruleId);
    return rule ? std::optional(rule->exception) : std::nullopt;
}

int PolicyEngine::retentionDays(const QString &service, const QStringList &dataClasses) const
{
    return m_policy.retentionDays(service, dataClasses);
}

} // namespace custos
