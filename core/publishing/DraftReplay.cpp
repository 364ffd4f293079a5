#include "core/publishing/DraftReplay.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/PolicyEngine.h"

#include <QJsonArray>

namespace custos {
namespace {

Action strongest(Action a, Action b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

// The recorded response decision, for responses the draft cannot re-read (streams).
Action recordedResponseAction(const QJsonObject &payload, QStringList &rules)
{
    Action action = Action::Allow;
    for (const QJsonValue &value : payload.value(u"decisions").toArray()) {
        const QJsonObject decision = value.toObject();
        if (!decision.value(u"direction").toString().startsWith(u"response"))
            continue;
        action =
            strongest(action, actionFromName(decision.value(u"action").toString()).value_or(Action::Allow));
        for (const QJsonValue &rule : decision.value(u"rules").toArray()) {
            if (!rules.contains(rule.toString()))
                rules.append(rule.toString());
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
    const QJsonObject &payload = event.payload;
    const auto api = apiFlavorFromName(payload.value(u"api").toString());
    const QJsonValue request = payload.value(u"request").toObject().value(u"received");
    if (event.tombstoned || !api || !request.isObject()) {
        ++m_skipped;
        return;
    }
    EvaluationContext context;
    context.api = *api;
    context.service = event.service;
    context.user = event.user;
    context.model = event.model;
    context.route = event.route;
    // The rules an approved exception covered then stay covered: the replay judges the policy, not
    // the approvals.
    const QString excepted = payload.value(u"excepted_rules").toString();
    if (!excepted.isEmpty())
        context.exemptRules = excepted.split(u',');
    const Decision onRequest = m_draft->evaluate(context, request.toObject());
    Action action = onRequest.action;
    QStringList rules;
    appendRules(rules, onRequest);
    if (!onRequest.blocksRequest()) {
        const QJsonValue response = payload.value(u"response").toObject().value(u"received");
        if (response.isObject() && !payload.value(u"stream").toBool()) {
            context.direction = Direction::Response;
            const Decision onResponse = m_draft->evaluate(context, response.toObject());
            action = strongest(action, onResponse.action);
            appendRules(rules, onResponse);
        } else {
            action = strongest(action, recordedResponseAction(payload, rules));
        }
    }
    const QString draftDecision = actionName(action);
    if (draftDecision == event.decision)
        return;
    m_changes.push_back(ReplayChange{event.seq, event.time, event.service, event.user, event.model,
                                     event.decision, event.rules, draftDecision, rules, event.exceptionId});
}

} // namespace custos
