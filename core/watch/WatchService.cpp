#include "core/watch/WatchService.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/Policy.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/AlertBook.h"
#include "core/watch/RiskLevelRecorder.h"

using namespace Qt::StringLiterals;

namespace custos {

Result<std::unique_ptr<WatchService>> WatchService::forActivePolicy(EvidenceStore &store)
{
    auto active = PolicyVersions(store, nullptr).active();
    if (!active)
        return std::unexpected(active.error());
    if (!*active)
        return std::make_unique<WatchService>(store, WatchSettings(), QString());
    auto policy = Policy::fromYaml((*active)->source, u"version %1"_s.arg((*active)->hash.left(12)));
    if (!policy)
        return std::unexpected(policy.error().front());
    return std::make_unique<WatchService>(store, policy->document().watch, (*active)->hash);
}

WatchService::WatchService(EvidenceStore &store, WatchSettings settings, QString policyHash)
    : m_store(store)
    , m_engine(std::move(settings), std::move(policyHash))
{}

Result<WatchService::Outcome> WatchService::catchUp(const QDateTime &now, bool record)
{
    Outcome outcome;
    EvidenceQuery query;
    query.newestFirst = false;
    query.limit = EvidenceQuery::kMaxLimit;
    query.afterSeq = m_lastSeq;
    for (;;) {
        auto page = m_store.query(query);
        if (!page)
            return std::unexpected(page.error());
        for (const EvidenceEvent &event : std::as_const(page->events)) {
            feed(event, outcome.raised);
            m_lastSeq = event.seq;
            ++outcome.events;
        }
        if (page->nextCursor == 0 || page->events.isEmpty())
            break;
        query.afterSeq = page->nextCursor;
    }
    outcome.raised.append(m_engine.advanceTo(now.toMSecsSinceEpoch()));
    if (!record || outcome.raised.isEmpty())
        return outcome;
    auto book = AlertBook::load(m_store);
    if (!book)
        return std::unexpected(book.error());
    for (const WatchAlert &alert : std::as_const(outcome.raised)) {
        if (book->contains(alert.id))
            continue;
        if (auto written = recordAlert(alert, now); !written)
            return std::unexpected(written.error());
        outcome.recorded.append(alert);
    }
    return outcome;
}

void WatchService::feed(const EvidenceEvent &event, QList<WatchAlert> &raised)
{
    const qint64 timeMs = event.time.toMSecsSinceEpoch();
    if (event.kind == EventKind::Interaction) {
        auto payload = InteractionPayload::fromJson(event.payload);
        if (payload) // a tombstoned or unreadable payload has nothing left to count
            raised.append(m_engine.observe(WatchObservation::fromPayload(event.seq, timeMs, *payload)));
        return;
    }
    if (event.kind != EventKind::Alert)
        return;
    raised.append(m_engine.advanceTo(timeMs));
    const QString action = event.payload.value(u"action"_s).toString();
    const QString id = event.payload.value(u"alert_id"_s).toString();
    if (action == u"dismissed")
        m_engine.dismiss(id);
    else if (action == u"confirmed")
        m_engine.confirm(id);
}

Result<void> WatchService::recordAlert(const WatchAlert &alert, const QDateTime &now)
{
    EvidenceEvent event;
    event.kind = EventKind::Alert;
    event.actor = QString(kActor);
    event.policyHash = alert.policyHash;
    event.payload = alert.toJson();
    event.user = alert.user;
    event.service = alert.service;
    event.decision = u"alert"_s;
    event.dataClasses = {alert.valueClass};
    auto seq = m_store.append(event);
    if (!seq)
        return std::unexpected(seq.error());
    // A broken budget needs no person's verdict to set a risk level; a CUSUM alert waits for one.
    if (alert.watcher != u"budget")
        return {};
    auto level = RiskLevelRecorder(m_store).set(alert, u"budget"_s, QString(kActor), now.toMSecsSinceEpoch(),
                                                m_engine.settings().riskLevelDays);
    if (!level)
        return std::unexpected(level.error());
    return {};
}

} // namespace custos
