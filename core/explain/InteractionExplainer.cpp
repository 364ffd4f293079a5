#include "core/explain/InteractionExplainer.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"
#include "core/exceptions/ExceptionBook.h"
#include "core/publishing/PublishedVersion.h"

using namespace Qt::StringLiterals;

namespace custos {

namespace {

// Every event of one query, page after page, oldest first.
Result<QList<EvidenceEvent>> everyEventOf(const EvidenceStore &store, EvidenceQuery query)
{
    query.newestFirst = false;
    query.limit = EvidenceQuery::kMaxLimit;
    QList<EvidenceEvent> out;
    do {
        auto page = store.query(query);
        if (!page)
            return std::unexpected(page.error());
        out.append(page->events);
        query.afterSeq = page->nextCursor;
    } while (query.afterSeq != 0);
    return out;
}

ExceptionStep stepOf(const EvidenceEvent &event, const QString &interactionId)
{
    ExceptionStep step;
    step.seq = event.seq;
    step.event = event.decision; // the projection of an exception event is its event name
    step.actor = event.actor;
    step.time = event.time;
    if (step.event == u"used") {
        step.interactionId = event.payload.value(u"interaction_id").toString();
        step.useNumber = event.payload.value(u"use_number").toInt();
        step.thisUse = !interactionId.isEmpty() && step.interactionId == interactionId;
    }
    return step;
}

} // namespace

InteractionExplainer::InteractionExplainer(const EvidenceStore &store)
    : m_store(store)
{}

Result<std::optional<EvidenceEvent>> InteractionExplainer::find(const QString &interactionId) const
{
    if (interactionId.trimmed().isEmpty())
        return fail(u"name an interaction id"_s);
    EvidenceQuery query;
    query.kind = EventKind::Interaction;
    query.text = interactionId;
    auto candidates = everyEventOf(m_store, query);
    if (!candidates)
        return std::unexpected(candidates.error());
    // The index matches words anywhere (a later prompt may quote the id): only the event whose
    // own id is this one counts.
    for (const EvidenceEvent &event : std::as_const(*candidates)) {
        const auto payload = InteractionPayload::fromJson(event.payload);
        if (payload && payload->interactionId == interactionId)
            return event;
    }
    return std::nullopt;
}

Result<std::optional<InteractionExplanation>>
InteractionExplainer::explain(const QString &interactionId) const
{
    auto event = find(interactionId);
    if (!event)
        return std::unexpected(event.error());
    if (!*event)
        return std::nullopt;
    auto explanation = explain(**event);
    if (!explanation)
        return std::unexpected(explanation.error());
    return *explanation;
}

Result<InteractionExplanation> InteractionExplainer::explain(const EvidenceEvent &event) const
{
    if (event.kind != EventKind::Interaction)
        return fail(
            u"event %1 is a %2 event, not an interaction"_s.arg(event.seq).arg(eventKindName(event.kind)));
    InteractionExplanation explanation;
    explanation.time = event.time;
    explanation.actor = event.actor;
    explanation.tombstoned = event.tombstoned;
    if (!event.tombstoned) {
        auto payload = InteractionPayload::fromJson(event.payload);
        if (!payload)
            return std::unexpected(payload.error());
        explanation.payload = std::move(*payload);
    }
    // An erased payload keeps its projections: the policy and the exceptions can still be named.
    const QString policyHash =
        explanation.payload.policyHash.isEmpty() ? event.policyHash : explanation.payload.policyHash;
    explanation.policy = policyOf(policyHash, event.seq);
    QStringList exceptionIds = explanation.payload.exceptionIds;
    if (event.tombstoned && !event.exceptionId.isEmpty())
        exceptionIds = event.exceptionId.split(u',');
    exceptionIds.removeDuplicates();
    for (const QString &id : std::as_const(exceptionIds))
        explanation.exceptions.append(exceptionOf(id, explanation.payload.interactionId));
    explanation.chain = chainOf(event, explanation.payload);
    return explanation;
}

ExplainedPolicy InteractionExplainer::policyOf(const QString &hash, qint64 beforeSeq) const
{
    ExplainedPolicy policy;
    policy.hash = hash;
    if (hash.isEmpty()) {
        policy.problem = u"the interaction names no policy version (none was loaded)"_s;
        return policy;
    }
    // The version's own policy_publish event, read as PolicyVersions does (it needs a writable
    // store only to publish).
    EvidenceQuery query;
    query.kind = EventKind::PolicyPublish;
    auto events = everyEventOf(m_store, query);
    if (!events) {
        policy.problem = events.error().toString();
        return policy;
    }
    std::optional<PublishedVersion> version;
    for (const EvidenceEvent &event : std::as_const(*events)) {
        if (event.seq >= beforeSeq || event.tombstoned)
            continue;
        auto candidate = PublishedVersion::fromPayload(event.payload);
        if (candidate && candidate->hash == hash) {
            version = std::move(*candidate);
            version->seq = event.seq;
            version->publishedAt = event.time;
        }
    }
    if (!version) {
        policy.problem = u"the ledger holds no published policy version %1"_s.arg(hash);
        return policy;
    }
    policy.found = true;
    policy.seq = version->seq;
    policy.author = version->author;
    policy.publishedAt = version->publishedAt;
    policy.comment = version->comment;
    policy.title = version->title;
    return policy;
}

ExplainedException InteractionExplainer::exceptionOf(const QString &exceptionId,
                                                     const QString &interactionId) const
{
    ExplainedException explained;
    explained.id = exceptionId;
    EvidenceQuery query;
    query.exceptionId = exceptionId;
    auto events = everyEventOf(m_store, query);
    if (!events) {
        explained.problem = events.error().toString();
        return explained;
    }
    // The book folds the record; no rule or group lookups are needed to replay what happened.
    ExceptionBook book([](const QString &) { return std::optional<ExceptionRulePolicy>(); },
                       [](const QString &) { return QStringList(); });
    for (const EvidenceEvent &event : std::as_const(*events)) {
        if (event.kind != EventKind::Exception && event.kind != EventKind::Approval)
            continue;
        if (auto applied = book.apply(event.payload); !applied) {
            explained.problem = u"event %1: %2"_s.arg(event.seq).arg(applied.error().toString());
            return explained;
        }
        explained.steps.append(stepOf(event, interactionId));
    }
    const auto record = book.find(exceptionId);
    if (!record) {
        explained.problem = u"the ledger holds no request for exception %1"_s.arg(exceptionId);
        return explained;
    }
    explained.found = true;
    explained.record = *record;
    return explained;
}

ExplainedChain InteractionExplainer::chainOf(const EvidenceEvent &event,
                                             const InteractionPayload &payload) const
{
    ExplainedChain chain;
    chain.seq = event.seq;
    chain.prevHash = event.prevHash;
    chain.hash = event.hash;
    chain.payloadDigest = event.payloadDigest;
    chain.digestReproduced =
        !event.tombstoned && ledger::payloadDigest(payload.toJson()) == event.payloadDigest;
    VerifyOptions options;
    options.upToSeq = event.seq;
    const VerifyReport report = m_store.verify(options);
    chain.verified = report.ok();
    chain.verifyDetail = report.summary();
    chain.eventsChecked = report.eventsChecked;
    chain.checkpointsChecked = report.checkpointsChecked;
    return chain;
}

} // namespace custos
