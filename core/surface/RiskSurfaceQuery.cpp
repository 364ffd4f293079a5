#include "core/surface/RiskSurfaceQuery.h"

#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionBook.h"
#include "core/policy/Policy.h"
#include "core/publishing/PolicyVersions.h"
#include "core/surface/MonitorRules.h"
#include "core/surface/Pseudonymiser.h"
#include "core/surface/RiskSurfaceBuilder.h"
#include "core/watch/AlertBook.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

// Route name -> provider kind: from every published policy version (newer ones win), then from
// the store's own routes, which the gateway prefers.
Result<QHash<QString, QString>> providersOfRoutes(EvidenceStore &store)
{
    QHash<QString, QString> providers;
    auto versions = PolicyVersions(store, nullptr).history();
    if (!versions)
        return std::unexpected(versions.error());
    for (const PublishedVersion &version : std::as_const(*versions)) {
        auto policy = Policy::fromYaml(version.source, version.hash);
        if (!policy)
            continue; // a version that no longer parses names no providers; explain says why
        for (const RouteSpec &route : policy->document().routes)
            providers.insert(route.name, routeKindName(route.kind));
    }
    auto routes = store.routes();
    if (!routes)
        return std::unexpected(routes.error());
    for (const Route &route : std::as_const(*routes))
        providers.insert(route.name, route.kind);
    return providers;
}

// The exception book folded from the whole ledger: a request of the period may be decided later.
Result<void> addSurfaceExceptions(const EvidenceStore &store, RiskSurfaceBuilder &builder)
{
    QList<EvidenceEvent> events;
    for (EventKind kind : {EventKind::Exception, EventKind::Approval}) {
        EvidenceQuery query;
        query.kind = kind;
        auto some = store.queryAll(query);
        if (!some)
            return std::unexpected(some.error());
        events.append(std::move(*some));
    }
    std::ranges::sort(events, [](const EvidenceEvent &a, const EvidenceEvent &b) { return a.seq < b.seq; });
    ExceptionBook book([](const QString &) { return std::optional<ExceptionRulePolicy>(); },
                       [](const QString &) { return QStringList(); });
    for (const EvidenceEvent &event : std::as_const(events)) {
        if (event.tombstoned)
            continue; // retention dropped the step; the rest of the funnel still counts
        if (auto applied = book.apply(event.payload); !applied)
            return fail(u"ledger event %1: %2"_s.arg(event.seq).arg(applied.error().message));
    }
    for (const ExceptionRecord &record : book.all())
        builder.addException(record);
    return {};
}

Result<void> addSurfaceAlerts(const EvidenceStore &store, RiskSurfaceBuilder &builder)
{
    auto alerts = AlertBook::load(store);
    if (!alerts)
        return std::unexpected(alerts.error());
    for (const AlertRecord &record : alerts->all()) {
        if (record.state != AlertRecord::State::Open)
            continue;
        const WatchAlert &alert = record.alert;
        builder.addOpenAlert(
            {alert.id, alert.watcher, alert.user, alert.valueClass, alert.severity, record.recorded});
    }
    return {};
}

} // namespace

RiskSurfaceQuery::RiskSurfaceQuery(EvidenceStore &store)
    : m_store(store)
{}

Result<RiskSurface> RiskSurfaceQuery::run(const RiskSurfaceOptions &options) const
{
    if (options.period.dayCount() == 0)
        return fail(u"the risk surface needs a period"_s);
    std::optional<Pseudonymiser> pseudonymiser;
    if (options.pseudonymise) {
        auto secret = m_store.fingerprintSecret();
        if (!secret)
            return fail(u"cannot pseudonymise names: %1"_s.arg(secret.error().toString()));
        pseudonymiser.emplace(Pseudonymiser::keyFromSecret(*secret));
    }
    auto providers = providersOfRoutes(m_store);
    if (!providers)
        return std::unexpected(providers.error());
    MonitorRules monitorRules(m_store);
    RiskSurfaceBuilder builder(
        options.period,
        [&monitorRules](const QString &hash, const QString &rule) {
            return monitorRules.wouldHave(hash, rule);
        },
        std::move(*providers));
    const FactScan scan{options.period.from(), options.period.to(), EventKind::Interaction, true};
    auto scanned = m_store.scanFacts(scan, [&builder](const FactRow &row) {
        builder.addInteraction(row);
        return true;
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (auto added = addSurfaceExceptions(m_store, builder); !added)
        return std::unexpected(added.error());
    if (auto added = addSurfaceAlerts(m_store, builder); !added)
        return std::unexpected(added.error());
    return builder.finish(options.topCount, pseudonymiser ? &*pseudonymiser : nullptr);
}

} // namespace custos
