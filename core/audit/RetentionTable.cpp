#include "core/audit/RetentionTable.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/AuditTables.h"
#include "core/audit/PolicyVersionTable.h"
#include "core/audit/RowSpool.h"
#include "core/audit/TableStream.h"
#include "core/evidence/EvidenceStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

struct Shortest
{
    int days = 0; // 0: nothing shorter than forever found
    QString where;

    void consider(int candidate, const QString &what)
    {
        if (candidate > 0 && (days == 0 || candidate < days)) {
            days = candidate;
            where = what;
        }
    }
};

QStringList retentionCells(const QString &record, const QString &seq, const QString &time,
                           const QString &actor, const QString &scope, const QString &value,
                           const QString &days, const QString &count, const QString &reason,
                           const QString &detail)
{
    return {record, seq, time, actor, scope, value, days, count, reason, detail};
}

QStringList runCells(const EvidenceEvent &run)
{
    const QJsonObject &p = run.payload;
    const QString action = p.value("action"_L1).toString();
    if (action == u"drop") // the seqs one transaction of a run or erasure dropped
        return retentionCells(
            u"drop"_s, format::number(run.seq), format::utc(run.time), run.actor, u"reason"_s,
            p.value("reason"_L1).toString(), format::number(p.value("minDays"_L1).toInteger()),
            format::number(p.value("count"_L1).toInteger()), {},
            u"seqs "_s + QString::fromUtf8(
                             QJsonDocument(p.value("seqs"_L1).toArray()).toJson(QJsonDocument::Compact)));
    const QString kept = u"kept by legal holds: %1"_s.arg(p.value("keptByHold"_L1).toInteger());
    if (action == u"erasure")
        return retentionCells(
            u"erasure"_s, format::number(run.seq), format::utc(run.time), run.actor, u"subject"_s,
            QString::fromUtf8(QJsonDocument(p.value("subject"_L1).toObject()).toJson(QJsonDocument::Compact)),
            {}, format::number(p.value("tombstoned"_L1).toInteger()), p.value("reason"_L1).toString(), kept);
    return retentionCells(u"purge"_s, format::number(run.seq), format::utc(run.time), run.actor, u"default"_s,
                          {}, format::number(p.value("defaultDays"_L1).toInteger()),
                          format::number(p.value("tombstoned"_L1).toInteger()), {},
                          kept + u"; as of "_s + p.value("asOf"_L1).toString());
}

QString holdDetail(const LegalHold &hold, const AuditScope &scope)
{
    const bool activeInPeriod =
        hold.created < scope.to && (!hold.released.isValid() || hold.released > scope.from);
    QString detail = u"hold #%1; %2"_s.arg(hold.id).arg(activeInPeriod ? u"active during the period"_s
                                                                       : u"not active during the period"_s);
    if (hold.released.isValid())
        detail += u"; released %1 by %2"_s.arg(format::utc(hold.released), hold.releasedBy);
    return detail;
}

} // namespace

Result<RetentionTable::Check> RetentionTable::prepare(AuditContext &context,
                                                      const PolicyVersionTable &versions, AuditReport &report)
{
    const AuditScope &scope = context.scope();
    const LedgerWindow &window = context.window();
    EvidenceQuery retentionRuns;
    retentionRuns.kind = EventKind::Retention;
    retentionRuns.afterSeq = window.anchorSeq;
    auto runs = context.store().queryAll(retentionRuns);
    if (!runs)
        return std::unexpected(runs.error());
    auto holds = context.store().holds(true);
    if (!holds)
        return std::unexpected(holds.error());
    QList<QStringList> &rows = m_rows;
    Shortest shortest;
    Check check;
    const QList<const VersionInfo *> inForce = versions.inForce(scope.from, scope.to);
    for (const VersionInfo *info : inForce) {
        const QString version = u"version "_s + info->version.hash.left(12);
        if (!info->retention) {
            rows.append(
                retentionCells(u"rule"_s, {}, {}, {}, u"default"_s, {}, {}, {}, {},
                               version + u": its retention cannot be read ("_s + info->problem + u')'));
            continue;
        }
        const RetentionSettings &settings = *info->retention;
        rows.append(retentionCells(u"rule"_s, {}, format::utc(info->version.publishedAt),
                                   info->version.author, u"default"_s, {},
                                   format::number(settings.defaultDays), {}, {}, version));
        shortest.consider(settings.defaultDays, u"default, "_s + version);
        for (auto it = settings.services.cbegin(); it != settings.services.cend(); ++it) {
            rows.append(retentionCells(u"rule"_s, {}, format::utc(info->version.publishedAt),
                                       info->version.author, u"service"_s, it.key(),
                                       format::number(it.value()), {}, {}, version));
            shortest.consider(it.value(), u"service "_s + it.key() + u", "_s + version);
        }
        for (auto it = settings.classes.cbegin(); it != settings.classes.cend(); ++it) {
            rows.append(retentionCells(u"rule"_s, {}, format::utc(info->version.publishedAt),
                                       info->version.author, u"class"_s, it.key(), format::number(it.value()),
                                       {}, {}, version));
            shortest.consider(it.value(), u"class "_s + it.key() + u", "_s + version);
        }
    }
    for (const EvidenceEvent &run : std::as_const(*runs))
        if (!run.tombstoned && run.payload.value("action"_L1).toString() == u"purge")
            shortest.consider(int(run.payload.value("defaultDays"_L1).toInteger()),
                              u"the purge run at seq %1"_s.arg(run.seq));

    if (inForce.isEmpty()) {
        check = {false, u"no policy version was in force during the period, so its retention is unknown"_s};
    } else if (shortest.days == 0) {
        check = {true, u"evidence is kept forever"_s};
    } else {
        check = {shortest.days >= kMinimumDays,
                 u"shortest retention %1 days (%2); at least %3 days are required"_s.arg(shortest.days)
                     .arg(shortest.where)
                     .arg(kMinimumDays)};
    }
    rows.append(retentionCells(
        u"check"_s, {}, {}, {}, {}, {}, format::number(shortest.days), {}, {},
        (check.ok ? u"retention >= 183 days: yes; "_s : u"retention >= 183 days: no; "_s) + check.detail));
    report.retention.append(
        RetentionRow{u"Retention ≥ 183 days"_s, (check.ok ? u"yes: "_s : u"no: "_s) + check.detail});
    for (const EvidenceEvent &run : std::as_const(*runs)) {
        rows.append(runCells(run));
        report.retention.append(RetentionRow{u"Retention run (seq %1)"_s.arg(run.seq),
                                             rows.constLast().at(0) + u", "_s + rows.constLast().at(7) +
                                                 u" payloads dropped, "_s + rows.constLast().at(9)});
        context.see(run.actor, u"actor"_s);
    }
    for (const LegalHold &hold : std::as_const(*holds)) {
        rows.append(retentionCells(u"hold"_s, {}, format::utc(hold.created), hold.actor,
                                   holdScopeName(hold.scope), hold.value, {}, {}, hold.reason,
                                   holdDetail(hold, scope)));
        report.retention.append(RetentionRow{u"Legal hold #%1"_s.arg(hold.id),
                                             u"%1 %2: %3 (%4)"_s.arg(holdScopeName(hold.scope), hold.value,
                                                                     hold.reason, holdDetail(hold, scope))});
        context.see(hold.actor, u"actor"_s);
    }
    for (const VersionInfo *info : inForce)
        if (info->retention)
            report.retention.append(
                RetentionRow{u"Retention rule (version %1)"_s.arg(info->version.hash.left(12)),
                             u"default %1 days"_s.arg(info->retention->defaultDays)});
    return check;
}

Result<CsvTable> RetentionTable::write(AuditContext &context, RowSpool &tombstones, AuditReport &report) const
{
    TableStream table(context.sink(), AuditTables::retention());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    for (const QStringList &row : m_rows)
        if (auto written = table.row(row); !written)
            return std::unexpected(written.error());
    if (auto rewound = tombstones.rewind(); !rewound)
        return std::unexpected(rewound.error());
    QStringList dropped;
    while (tombstones.next(dropped))
        if (auto written =
                table.row(retentionCells(u"tombstone"_s, dropped.at(0), dropped.at(1), {}, {}, {}, {}, {},
                                         dropped.at(3), u"a "_s + dropped.at(2) + u" event's payload"_s));
            !written)
            return std::unexpected(written.error());
    if (auto read = tombstones.checkAllRead(); !read)
        return std::unexpected(read.error());
    report.retention.append(RetentionRow{
        u"Payloads dropped in scope"_s,
        tombstones.size() == 0 ? u"none"_s : u"%1 (listed in retention.csv)"_s.arg(tombstones.size())});
    return table.finish();
}

} // namespace custos::audit
