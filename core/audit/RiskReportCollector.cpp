#include "core/audit/RiskReportCollector.h"

#include "core/audit/BudgetRecommender.h"
#include "core/audit/RuleActivityTally.h"
#include "core/audit/WeeklyTrendTally.h"
#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionBook.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/AlertBook.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchObservation.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos::audit {

struct RiskReportCollector::Passes
{
    Passes(QDate first, QDate last, RuleActivityTally::PolicyLookup lookup)
        : budgets(first.toJulianDay(), last.toJulianDay())
        , rules(std::move(lookup))
        , weeks(first, last)
    {}

    BudgetRecommender budgets;
    RuleActivityTally rules;
    WeeklyTrendTally weeks;
    QMap<QDate, DayCounts> perDay;
    qint64 interactions = 0;
};

namespace {

QDate utcDay(const QDateTime &time)
{
    return time.toUTC().date();
}

bool isEnforced(Action action)
{
    return action == Action::Block || action == Action::Redact || action == Action::Reroute ||
           action == Action::RequireException;
}

// A person as the report names them: their pseudonym when it is pseudonymised (the dashboard's).
QString person(const RiskReportCollector::PersonName &names, const QString &name)
{
    return names && !name.isEmpty() ? names(name) : name;
}

qint64 requestHits(const InteractionPayload &payload)
{
    qint64 hits = 0;
    for (const InteractionDecision &decision : payload.decisions)
        hits += decision.isResponse() ? 0 : decision.hits.size();
    return hits;
}

} // namespace

RiskReportCollector::RiskReportCollector(EvidenceStore &store, std::shared_ptr<const UserDirectory> users,
                                         PersonName personName)
    : m_store(store)
    , m_users(std::move(users))
    , m_personName(std::move(personName))
{}

std::optional<Policy> RiskReportCollector::policyOfVersion(const QString &hash) const
{
    auto policy = PolicyVersions(m_store, m_users).policy(hash);
    return policy ? std::optional<Policy>(*policy) : std::nullopt;
}

Result<std::optional<Policy>> RiskReportCollector::activePolicy(RiskReportFacts &facts) const
{
    auto active = PolicyVersions(m_store, m_users).active();
    if (!active)
        return std::unexpected(active.error());
    if (!*active)
        return std::optional<Policy>{};
    facts.scope.policyHash = (*active)->hash;
    facts.scope.policyTitle = (*active)->title;
    return policyOfVersion((*active)->hash);
}

void RiskReportCollector::verify(RiskReportFacts &facts) const
{
    const VerifyReport report = m_store.verify();
    IntegrityFacts &integrity = facts.integrity;
    integrity.ok = report.ok();
    integrity.summary = report.summary();
    integrity.eventsChecked = report.eventsChecked;
    integrity.headSeq = report.headSeq;
    integrity.checkpointsChecked = report.checkpointsChecked;
    integrity.witnessCheckpointsChecked = report.witnessCheckpointsChecked;
    integrity.projectionsChecked = report.projectionsChecked;
    integrity.witnessWarning = report.witnessWarning;
    integrity.damage = report.damage == Damage::None ? QString() : damageName(report.damage);
    integrity.firstBadSeq = report.firstBadSeq;
    integrity.detail = !report.error.isEmpty() ? report.error : report.detail;
}

void RiskReportCollector::addInteraction(const EvidenceEvent &event, const RiskReportFacts &facts,
                                         Passes &passes) const
{
    if (event.tombstoned)
        return;
    auto payload = InteractionPayload::fromJson(event.payload);
    if (!payload)
        return;
    const QDate day = utcDay(event.time);
    const WatchObservation observation = WatchObservation::fromPayload(event.seq, 0, *payload);
    for (const ObservedValue &value : observation.values)
        if (!observation.user.isEmpty())
            passes.budgets.addValue(observation.user, value.valueClass, day.toJulianDay(), value.fingerprint);
    if (event.time < facts.scope.from)
        return; // history before the period only feeds the budget windows
    ++passes.interactions;
    if (!payload->user.isEmpty())
        passes.budgets.addUser(payload->user);
    DayCounts &counts = passes.perDay[day];
    counts.day = day;
    ++counts.byAction[actionName(payload->decision)];
    const bool wouldHave = passes.rules.add(*payload);
    WeeklyTrendTally::Interaction week{
        day, requestHits(*payload), {}, isEnforced(payload->decision), wouldHave};
    for (const ObservedValue &value : observation.values)
        week.fingerprints.append(value.valueClass + u':' + value.fingerprint);
    passes.weeks.addInteraction(week);
}

Result<void> RiskReportCollector::scanInteractions(const RiskReportFacts &facts, qint64 historyDays,
                                                   Passes &passes) const
{
    EvidenceQuery query;
    query.kind = EventKind::Interaction;
    query.from = facts.scope.from.addDays(-historyDays);
    query.to = facts.scope.to;
    query.newestFirst = false;
    query.limit = EvidenceQuery::kMaxLimit;
    for (;;) {
        auto page = m_store.query(query);
        if (!page)
            return std::unexpected(page.error());
        for (const EvidenceEvent &event : page->events)
            addInteraction(event, facts, passes);
        if (page->nextCursor == 0)
            return {};
        query.afterSeq = page->nextCursor;
    }
}

Result<void> RiskReportCollector::foldExceptions(RiskReportFacts &facts, Passes &passes,
                                                 const PersonName &names) const
{
    QList<EvidenceEvent> events;
    for (EventKind kind : {EventKind::Exception, EventKind::Approval}) {
        EvidenceQuery query;
        query.kind = kind;
        query.to = facts.scope.to;
        auto some = m_store.queryAll(query);
        if (!some)
            return std::unexpected(some.error());
        events.append(std::move(*some));
    }
    std::ranges::sort(events, {}, &EvidenceEvent::seq);
    ExceptionBook book([](const QString &) { return std::optional<ExceptionRulePolicy>{}; },
                       [](const QString &) { return QStringList{}; });
    for (const EvidenceEvent &event : std::as_const(events))
        if (!event.tombstoned)
            (void)book.apply(event.payload); // a step the book refuses changes nothing, as on load
    for (const ExceptionRecord &record : book.all()) {
        if (record.requestedAt < facts.scope.from || record.requestedAt >= facts.scope.to)
            continue;
        passes.rules.addExceptionRequest(record.requestedScope.rules);
        passes.weeks.addExceptionRequest(utcDay(record.requestedAt));
        facts.exceptions.append(ExceptionRequestRow{record.id, person(names, record.requester),
                                                    record.requestedScope.rules,
                                                    exceptionStatusName(record.status), record.requestedAt,
                                                    person(names, record.decidedBy), record.useCount});
    }
    return {};
}

Result<void> RiskReportCollector::foldAlerts(RiskReportFacts &facts, Passes &passes,
                                             const PersonName &names) const
{
    auto book = AlertBook::load(m_store);
    if (!book)
        return std::unexpected(book.error());
    for (const AlertRecord &record : book->all()) {
        const bool inPeriod = record.recorded >= facts.scope.from && record.recorded < facts.scope.to;
        const bool stillOpen = record.state == AlertRecord::State::Open && record.recorded < facts.scope.to;
        if (!inPeriod && !stillOpen)
            continue;
        if (inPeriod)
            passes.weeks.addAlert(utcDay(record.recorded));
        const WatchAlert &alert = record.alert;
        facts.alerts.append(AlertResolution{alert.id, alert.watcher, person(names, alert.user), alert.service,
                                            alert.valueClass, alert.severity, record.recorded,
                                            AlertRecord::stateName(record.state),
                                            person(names, record.decidedBy), record.decidedAt, record.reason,
                                            alert.statistic, alert.threshold});
    }
    return {};
}

Result<RiskReportFacts> RiskReportCollector::collect(const RiskReportScope &scope) const
{
    RiskReportFacts facts;
    facts.scope = scope;
    facts.readyCriterion = RuleActivityTally::readyCriterion();
    auto active = activePolicy(facts);
    if (!active)
        return std::unexpected(active.error());
    const WatchSettings watch = *active ? (*active)->document().watch : WatchSettings();
    const PersonName &names = m_personName;
    verify(facts);
    const QDate first = utcDay(scope.from);
    const QDate last = utcDay(scope.to.addMSecs(-1));
    Passes passes(first, last, [this](const QString &hash) { return policyOfVersion(hash); });
    const int longestWindow = std::max(watch.budgetDays, watch.secretDays);
    if (auto scanned = scanInteractions(facts, longestWindow - 1, passes); !scanned)
        return std::unexpected(scanned.error());
    if (auto folded = foldExceptions(facts, passes, names); !folded)
        return std::unexpected(folded.error());
    if (auto folded = foldAlerts(facts, passes, names); !folded)
        return std::unexpected(folded.error());
    facts.interactions = passes.interactions;
    facts.perDay = passes.perDay.values();
    QMap<QString, qint64> byAction;
    for (const DayCounts &day : std::as_const(facts.perDay))
        for (auto it = day.byAction.cbegin(); it != day.byAction.cend(); ++it)
            byAction[it.key()] += it.value();
    for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
        facts.byAction.append(CountRow{it.key(), it.value()});
    std::ranges::stable_sort(facts.byAction, std::greater{}, &CountRow::count);
    facts.rules = passes.rules.finish(*active);
    facts.weeks = passes.weeks.weeks();
    QMap<QString, int> windows;
    for (auto it = watch.budgets.cbegin(); it != watch.budgets.cend(); ++it)
        windows.insert(it.key(), watch.budgetDays);
    windows.insert(u"secret"_s, watch.secretDays);
    QMap<QString, int> current = watch.budgets;
    current.insert(u"secret"_s, watch.secretBudget);
    facts.budgets = passes.budgets.recommend(windows, current, watch.budgetDays);
    return facts;
}

} // namespace custos::audit
