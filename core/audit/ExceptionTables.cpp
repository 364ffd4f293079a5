#include "core/audit/ExceptionTables.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/AuditTables.h"
#include "core/audit/PolicyVersionTable.h"
#include "core/audit/TableStream.h"
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

QString exceptionField(const EvidenceEvent *event, QLatin1StringView key)
{
    return event ? event->payload.value(key).toString() : QString();
}

QString exceptionStepDetail(const EvidenceEvent &event)
{
    const QJsonObject &p = event.payload;
    const QString step = p.value("event"_L1).toString();
    if (step == u"requested")
        return u"scope: %1; %2 s"_s
            .arg(ExceptionScope::fromJson(p.value("scope"_L1).toObject())
                     .value_or(ExceptionScope{})
                     .describe())
            .arg(p.value("requested_seconds"_L1).toInteger());
    if (step == u"approved")
        return u"granted: %1; expires %2%3"_s.arg(
            ExceptionScope::fromJson(p.value("granted_scope"_L1).toObject())
                .value_or(ExceptionScope{})
                .describe(),
            p.value("expires_at"_L1).toString(),
            p.value("single_use"_L1).toBool() ? u"; single use"_s : QString());
    if (step == u"used")
        return u"use %1"_s.arg(p.value("use_number"_L1).toInteger());
    return p.value("reason"_L1).toString();
}

} // namespace

Result<void> ExceptionTables::load(const EvidenceStore &store, qint64 uptoSeq)
{
    for (EventKind kind : {EventKind::Exception, EventKind::Approval}) {
        EvidenceQuery query;
        query.kind = kind;
        query.newestFirst = false;
        query.limit = EvidenceQuery::kMaxLimit;
        for (;;) {
            auto page = store.query(query);
            if (!page)
                return std::unexpected(page.error());
            for (EvidenceEvent &event : page->events)
                if (event.seq <= uptoSeq)
                    m_events.append(std::move(event));
            if (page->nextCursor == 0 || page->nextCursor > uptoSeq)
                break;
            query.afterSeq = page->nextCursor;
        }
    }
    std::sort(m_events.begin(), m_events.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    QHash<QString, size_t> trailOf;
    for (const EvidenceEvent &event : std::as_const(m_events)) {
        const QString id = exceptionField(&event, "exception_id"_L1);
        if (id.isEmpty())
            continue;
        auto it = trailOf.find(id);
        if (it == trailOf.end()) {
            it = trailOf.insert(id, m_trails.size());
            m_trails.emplace_back(id);
        }
        m_trails[*it].addEvent(&event);
    }
    return {};
}

bool ExceptionTables::touchesServices(const ExceptionTrail &trail, const AuditContext &context) const
{
    if (context.scope().services.isEmpty())
        return true;
    const QStringList services =
        trail.grantedScope() ? trail.grantedScope()->services : trail.requestedScope().services;
    return services.isEmpty() || std::any_of(services.begin(), services.end(),
                                             [&](const QString &s) { return context.serviceChosen(s); });
}

void ExceptionTables::judge(const AuditContext &context, const PolicyVersionTable &versions,
                            const UserDirectory &users, const ExceptionUses &uses)
{
    const auto groupsOf = [&users](const QString &name) { return users.groupsOf(name); };
    for (ExceptionTrail &trail : m_trails) {
        const QList<ExceptionUse> used = uses.value(trail.id());
        trail.judge(versions, groupsOf, used, context.window());
        if (!used.isEmpty() || (trail.touches(context.window(), context.scope().from, context.scope().to) &&
                                touchesServices(trail, context)))
            m_selected.append(&trail);
    }
    for (const EvidenceEvent &event : std::as_const(m_events))
        if (exceptionField(&event, "exception_id"_L1).isEmpty() && context.window().inPeriod(event.seq))
            m_refusedRequests.append(&event);
}

int ExceptionTables::anomalyCount() const
{
    int count = 0;
    for (const ExceptionTrail *trail : m_selected)
        count += int(trail->anomalies().size());
    return count;
}

QStringList ExceptionTables::exceptionCells(const ExceptionTrail &trail) const
{
    const EvidenceEvent *request = trail.request();
    return {trail.id(),
            trail.requester(),
            request ? format::utc(QDateTime::fromString(exceptionField(request, "at"_L1), Qt::ISODateWithMs))
                    : QString(),
            request ? format::number(request->seq) : QString(),
            exceptionField(request, "justification"_L1),
            request ? trail.requestedScope().describe() : QString(),
            request ? format::number(request->payload.value("requested_seconds"_L1).toInteger()) : QString(),
            exceptionField(request, "interaction_id"_L1),
            trail.status(),
            trail.decidedBy(),
            format::utc(trail.decidedAt()),
            trail.grantedScope() ? trail.grantedScope()->describe() : QString(),
            format::utc(trail.expiresAt()),
            format::flag(trail.singleUse()),
            format::number(trail.usesTotal()),
            format::number(trail.usesInPeriod()),
            trail.revokedBy(),
            format::utc(trail.revokedAt()),
            trail.reason(),
            format::flag(trail.fourEyesOk()),
            format::list(trail.anomalies())};
}

ExceptionRow ExceptionTables::reportRow(const ExceptionTrail &trail) const
{
    ExceptionRow row;
    row.id = trail.id();
    row.requester = trail.requester();
    row.justification = exceptionField(trail.request(), "justification"_L1);
    row.scope = trail.grantedScope() ? trail.grantedScope()->describe() : trail.requestedScope().describe();
    row.status = trail.status();
    row.requestedAt = QDateTime::fromString(exceptionField(trail.request(), "at"_L1), Qt::ISODateWithMs);
    row.expiresAt = trail.expiresAt();
    for (const ExceptionTrail::Step &step : trail.steps()) {
        const EvidenceEvent &event = *step.event;
        const QString at = exceptionField(&event, "at"_L1);
        row.events.append(
            ExceptionApproval{event.actor, exceptionField(&event, "event"_L1),
                              at.isEmpty() ? event.time : QDateTime::fromString(at, Qt::ISODateWithMs),
                              exceptionStepDetail(event)});
    }
    row.fourEyesOk = trail.fourEyesOk();
    row.uses = trail.usesTotal();
    row.anomalies = trail.anomalies();
    return row;
}

Result<CsvTable> ExceptionTables::writeExceptions(AuditContext &context, AuditReport &report) const
{
    TableStream table(context.sink(), AuditTables::exceptions());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    for (const ExceptionTrail *trail : m_selected) {
        if (auto written = table.row(exceptionCells(*trail)); !written)
            return std::unexpected(written.error());
        report.exceptions.append(reportRow(*trail));
        context.see(trail->requester(), u"requester"_s);
        context.see(trail->decidedBy(), u"approver"_s);
    }
    return table.finish();
}

Result<CsvTable> ExceptionTables::writeEvents(AuditContext &context) const
{
    struct Line
    {
        const EvidenceEvent *event;
        QString anomaly;
    };
    QList<Line> lines;
    for (const ExceptionTrail *trail : m_selected)
        for (const ExceptionTrail::Step &step : trail->steps())
            lines.append(Line{step.event, step.anomaly});
    for (const EvidenceEvent *event : m_refusedRequests)
        lines.append(Line{event, {}});
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return a.event->seq < b.event->seq; });

    TableStream table(context.sink(), AuditTables::exceptionEvents());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    for (const Line &line : std::as_const(lines)) {
        const EvidenceEvent &event = *line.event;
        const QString at = exceptionField(&event, "at"_L1);
        const QStringList cells{format::number(event.seq),
                                format::utc(event.time),
                                format::utc(QDateTime::fromString(at, Qt::ISODateWithMs)),
                                exceptionField(&event, "exception_id"_L1),
                                event.tombstoned ? u"erased"_s : exceptionField(&event, "event"_L1),
                                event.actor,
                                exceptionField(&event, "attempted"_L1),
                                exceptionField(&event, "rule"_L1),
                                exceptionField(&event, "user"_L1),
                                exceptionField(&event, "interaction_id"_L1),
                                exceptionStepDetail(event),
                                format::flag(context.window().inPeriod(event.seq)),
                                line.anomaly};
        if (auto written = table.row(cells); !written)
            return std::unexpected(written.error());
        context.see(event.actor, u"actor"_s);
    }
    return table.finish();
}

} // namespace custos::audit
