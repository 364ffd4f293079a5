#include "core/watch/DriftService.h"

#include "core/evidence/EvidenceStore.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "core/publishing/DraftReplay.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/AlertBook.h"
#include "core/watch/DriftEvaluator.h"
#include "core/watch/DriftWindow.h"
#include "core/watch/WatchService.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

constexpr qint64 kDayMs = 86'400'000;

QString keyOf(const WatchAlert &alert)
{
    return QStringList{alert.watcher, alert.service, alert.valueClass, alert.subject, alert.user}.join(u'\n');
}

// The version active at `timeMs`: the last one published before it (history holds the event clock's
// times, oldest first).
const PublishedVersion *activeAt(const std::vector<PublishedVersion> &history, qint64 timeMs)
{
    const PublishedVersion *active = nullptr;
    for (const PublishedVersion &version : history) {
        if (version.publishedAt.toMSecsSinceEpoch() < timeMs)
            active = &version;
    }
    return active;
}

QStringList ruleIdsOf(const Policy &policy)
{
    QStringList ids;
    for (const PolicyRule &rule : policy.document().rules)
        ids.append(rule.id);
    return ids;
}

} // namespace

struct DriftService::Versions
{
    QString atEnd;                             // the hash active at the week's end
    std::optional<PublishedVersion> reference; // active as the week began
    std::shared_ptr<const PolicyEngine> referenceEngine;
    QStringList rulesInForce;
};

Result<std::unique_ptr<DriftService>> DriftService::forActivePolicy(EvidenceStore &store)
{
    auto active = PolicyVersions(store, nullptr).active();
    if (!active)
        return std::unexpected(active.error());
    if (!*active)
        return std::make_unique<DriftService>(store, DriftSettings());
    auto policy = Policy::fromYaml((*active)->source, u"version %1"_s.arg((*active)->hash.left(12)));
    if (!policy)
        return std::unexpected(policy.error().front());
    return std::make_unique<DriftService>(store, policy->document().watch.drift);
}

DriftService::DriftService(EvidenceStore &store, DriftSettings settings)
    : m_store(store)
    , m_settings(std::move(settings))
{}

QDate DriftService::lastClosedWeekEnding(const QDateTime &now)
{
    return now.toUTC().date().addDays(-1);
}

Result<DriftService::Report> DriftService::evaluateWeek(const QDate &weekEnding, bool record)
{
    if (!weekEnding.isValid())
        return fail(u"the week's last day is not a valid date"_s);
    DriftWindow window;
    window.weekEnding = weekEnding;
    // An open week would be judged on part of its traffic under the id of the whole week.
    if (window.weekEndMs() > QDateTime::currentMSecsSinceEpoch())
        return fail(u"the week ending %1 has not closed yet (it closes at %2 00:00 UTC)"_s.arg(
            weekEnding.toString(Qt::ISODate), weekEnding.addDays(1).toString(Qt::ISODate)));
    window.baselineWeeks = m_settings.baselineWeeks;
    window.deadWindowStartMs = window.weekEndMs() - qint64(m_settings.deadRuleDays) * kDayMs;
    auto versions = versionsFor(window);
    if (!versions)
        return std::unexpected(versions.error());
    window.rulesInForce = versions->rulesInForce;
    if (auto read = readLedger(window, *versions); !read)
        return std::unexpected(read.error());
    Report report;
    report.weekEnding = weekEnding;
    report.policyHash = versions->atEnd;
    report.judgedInteractions = window.judged.size();
    report.baselineInteractions = window.baseline.size();
    report.replayed = window.replayed;
    report.replaySkipped = window.replaySkipped;
    report.referenceVersion = window.referenceVersion;
    report.findings = DriftEvaluator(m_settings).evaluate(window);
    QJsonObject replay{{u"week_start"_s, weekEnding.addDays(-6).toString(Qt::ISODate)},
                       {u"week_end"_s, weekEnding.toString(Qt::ISODate)},
                       {u"baseline_weeks"_s, m_settings.baselineWeeks}};
    if (window.replayed > 0 || window.replaySkipped > 0) {
        replay.insert(u"replayed"_s, window.replayed);
        replay.insert(u"replay_skipped"_s, window.replaySkipped);
        replay.insert(u"replayed_under"_s, window.referenceVersion);
    }
    for (const DriftFinding &finding : std::as_const(report.findings)) {
        if (finding.outcome == DriftFinding::Outcome::Alert)
            report.raised.append(finding.toAlert(weekEnding, m_settings.alpha, versions->atEnd, replay));
    }
    if (!record)
        return report;
    if (auto recorded = recordNew(report, window); !recorded)
        return std::unexpected(recorded.error());
    return report;
}

qint64 DriftService::timeOf(qint64 seq, const QDateTime &recorded) const
{
    const qint64 recordedMs = recorded.toMSecsSinceEpoch();
    return m_clock ? m_clock(seq, recordedMs) : recordedMs;
}

Result<DriftService::Versions> DriftService::versionsFor(const DriftWindow &window) const
{
    PolicyVersions store(m_store, nullptr);
    auto history = store.history();
    if (!history)
        return std::unexpected(history.error());
    for (PublishedVersion &version : *history)
        version.publishedAt =
            QDateTime::fromMSecsSinceEpoch(timeOf(version.seq, version.publishedAt), QTimeZone::UTC);
    Versions versions;
    if (const PublishedVersion *atEnd = activeAt(*history, window.weekEndMs()))
        versions.atEnd = atEnd->hash;
    if (const PublishedVersion *reference = activeAt(*history, window.weekStartMs())) {
        versions.reference = *reference;
        auto policy = store.policy(reference->hash);
        if (!policy)
            return std::unexpected(policy.error());
        auto engine = PolicyEngine::compile(*policy);
        if (!engine)
            return std::unexpected(engine.error());
        versions.referenceEngine = *engine;
    }
    // Dead rules: the rules of every version active over the window, which needs one active as it began.
    if (const PublishedVersion *first = activeAt(*history, window.deadWindowStartMs + 1)) {
        bool started = false;
        for (const PublishedVersion &version : *history) {
            started = started || &version == first;
            if (!started || version.publishedAt.toMSecsSinceEpoch() >= window.weekEndMs())
                continue;
            auto policy = store.policy(version.hash);
            if (!policy)
                return std::unexpected(policy.error());
            const QStringList ids = ruleIdsOf(*policy);
            if (&version == first)
                versions.rulesInForce = ids;
            else
                versions.rulesInForce.removeIf([&](const QString &id) { return !ids.contains(id); });
        }
    }
    return versions;
}

Result<void> DriftService::readLedger(DriftWindow &window, const Versions &versions) const
{
    const qint64 weekStart = window.weekStartMs();
    const qint64 baselineStart = weekStart - qint64(window.baselineWeeks) * 7 * kDayMs;
    EvidenceQuery query;
    query.kind = EventKind::Interaction;
    if (!m_clock) // with an event clock, times are known only once read
        query.to = QDateTime::fromMSecsSinceEpoch(window.weekEndMs(), QTimeZone::UTC);
    query.newestFirst = false;
    query.limit = EvidenceQuery::kMaxLimit;
    for (;;) {
        auto page = m_store.query(query);
        if (!page)
            return std::unexpected(page.error());
        for (const EvidenceEvent &event : std::as_const(page->events)) {
            if (event.tombstoned)
                continue; // erased by retention: nothing left to count
            auto payload = InteractionPayload::fromJson(event.payload);
            if (!payload)
                continue;
            DriftObservation observation = DriftObservation::fromEvent(event, *payload);
            observation.timeMs = timeOf(event.seq, event.time);
            if (observation.timeMs >= window.weekEndMs())
                continue;
            if (observation.timeMs >= window.deadWindowStartMs)
                ++window.deadWindowInteractions;
            if (observation.timeMs < baselineStart) {
                window.history.add(observation);
                continue;
            }
            if (versions.referenceEngine && payload->policyHash != versions.reference->hash) {
                if (auto redecided = DraftReplay::redecide(*versions.referenceEngine, event, *payload)) {
                    observation.applyRedecision(redecided->rules, redecided->onRequest);
                    ++window.replayed;
                } else {
                    ++window.replaySkipped;
                }
                window.referenceVersion = versions.reference->hash;
            }
            if (observation.timeMs < weekStart) {
                window.history.add(observation);
                window.baseline.append(observation);
            } else {
                window.judged.append(observation);
            }
        }
        if (page->nextCursor == 0 || page->events.isEmpty())
            break;
        query.afterSeq = page->nextCursor;
    }
    return {};
}

Result<void> DriftService::recordNew(Report &report, const DriftWindow &window)
{
    auto book = AlertBook::load(m_store);
    if (!book)
        return std::unexpected(book.error());
    QSet<QString> open;
    QHash<QString, QDate> lastRaised; // per key, the newest alert's day (dead rules re-arm after a fire)
    for (const AlertRecord &record : book->all()) {
        const QString key = keyOf(record.alert);
        if (record.state == AlertRecord::State::Open)
            open.insert(key);
        lastRaised[key] = std::max(lastRaised.value(key), record.alert.day);
    }
    DriftHistory fired = window.history;
    for (const DriftObservation &observation : window.judged)
        for (const QString &rule : observation.rules)
            fired.noteFired(rule, observation.timeMs);
    for (const WatchAlert &alert : std::as_const(report.raised)) {
        const QString key = keyOf(alert);
        if (book->contains(alert.id))
            continue; // this week was evaluated before
        bool quiet = open.contains(key);
        if (alert.watcher == u"drift.dead_rule" && lastRaised.contains(key)) {
            // One alert per dead spell: again only once the rule fired after the last one.
            const auto last = fired.lastFired(alert.subject);
            quiet = quiet || !last ||
                    QDateTime::fromMSecsSinceEpoch(*last, QTimeZone::UTC).date() <= lastRaised.value(key);
        }
        if (quiet) {
            report.skipped.append(alert);
            continue;
        }
        EvidenceEvent event;
        event.kind = EventKind::Alert;
        event.actor = QString(WatchService::kActor);
        event.policyHash = alert.policyHash;
        event.payload = alert.toJson();
        event.user = alert.user;
        event.service = alert.service;
        event.decision = u"alert"_s;
        if (!alert.valueClass.isEmpty())
            event.dataClasses = {alert.valueClass};
        if (alert.watcher == u"drift.rule_rate" || alert.watcher == u"drift.dead_rule")
            event.rules = {alert.subject};
        auto seq = m_store.append(event);
        if (!seq)
            return std::unexpected(seq.error());
        open.insert(key);
        lastRaised[key] = alert.day;
        report.recorded.append(alert);
    }
    return {};
}

} // namespace custos
