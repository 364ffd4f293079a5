#include "core/publishing/DraftReplay.h"

#include "core/common/Logging.h"
#include "core/evidence/EvidenceStore.h"
#include "core/policy/InteractionPayload.h"
#include "core/policy/PolicyEngine.h"

namespace custos {
namespace {

Action strongest(Action a, Action b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

// The recorded response decision, for responses the draft cannot re-read (streams).
Action recordedResponseAction(const InteractionPayload &payload, QStringList &rules)
{
    Action action = Action::Allow;
    for (const InteractionDecision &decision : payload.decisions) {
        if (!decision.isResponse())
            continue;
        action = strongest(action, decision.action);
        for (const QString &rule : decision.rules) {
            if (!rules.contains(rule))
                rules.append(rule);
        }
    }
    return action;
}

void appendRules(QStringList &into, const Decision &decision)
{
    for (const QString &rule : decision.ruleIds()) {
        if (!into.contains(rule))
            into.append(rule);
    }
}

} // namespace

DraftReplay::DraftReplay(const EvidenceStore &store, std::shared_ptr<const PolicyEngine> draft,
                         QDateTime since)
    : m_store(store)
    , m_draft(std::move(draft))
    , m_since(std::move(since))
{}

Result<bool> DraftReplay::step(int maxEvents)
{
    if (m_done)
        return false;
    EvidenceQuery query;
    query.from = m_since;
    query.kind = EventKind::Interaction;
    query.newestFirst = false;
    query.limit = std::clamp(maxEvents, 1, EvidenceQuery::kMaxLimit);
    query.afterSeq = m_cursor;
    auto page = m_store.query(query);
    if (!page)
        return std::unexpected(page.error());
    for (const EvidenceEvent &event : page->events)
        replay(event);
    m_cursor = page->nextCursor;
    m_done = page->nextCursor == 0;
    return !m_done;
}

void DraftReplay::replay(const EvidenceEvent &event)
{
    ++m_examined;
    if (event.tombstoned) {
        ++m_skipped;
        return;
    }
    const auto payload = InteractionPayload::fromJson(event.payload);
    if (!payload) {
        qCWarning(lcPolicy) << "replay skips event" << event.seq << ":" << payload.error().toString();
        ++m_skipped;
        return;
    }
    const auto redecided = redecide(*m_draft, event, *payload);
    if (!redecided) {
        ++m_skipped;
        return;
    }
    if (redecided->action == event.decision)
        return;
    m_changes.push_back(ReplayChange{event.seq, event.time, event.service, event.user, event.model,
                                     event.decision, event.rules, redecided->action, redecided->rules,
                                     event.exceptionId});
}

std::optional<Redecision> DraftReplay::redecide(const PolicyEngine &policy, const EvidenceEvent &event,
                                                const InteractionPayload &payload)
{
    if (!payload.api || !payload.requestReceived.isObject())
        return std::nullopt;
    EvaluationContext context;
    context.api = *payload.api;
    context.service = event.service;
    context.user = event.user;
    context.model = event.model;
    context.route = event.route;
    // The rules an approved exception covered then stay covered: the replay judges the policy, not
    // the approvals.
    context.exemptRules = payload.exceptedRules;
    const Decision onRequest = policy.evaluate(context, payload.requestReceived.toObject());
    Action action = onRequest.action;
    QStringList rules;
    appendRules(rules, onRequest);
    if (!onRequest.blocksRequest()) {
        if (payload.responseReceived.isObject() && !payload.stream) {
            context.direction = Direction::Response;
            const Decision onResponse = policy.evaluate(context, payload.responseReceived.toObject());
            action = strongest(action, onResponse.action);
            appendRules(rules, onResponse);
        } else {
            action = strongest(action, recordedResponseAction(payload, rules));
        }
    }
    return Redecision{actionName(action), rules, onRequest};
}

} // namespace custos
