#include "core/audit/PolicyVersionTable.h"

#include "core/audit/AuditFormat.h"
#include "core/audit/AuditTables.h"
#include "core/audit/DecisionStats.h"
#include "core/audit/GapLog.h"
#include "core/audit/TableStream.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

VersionInfo versionInfoOf(const EvidenceEvent &event)
{
    VersionInfo info;
    if (event.tombstoned) {
        info.problem = u"the publish event's payload was erased"_s;
        info.version.hash = event.policyHash;
    } else if (auto version = PublishedVersion::fromPayload(event.payload); !version) {
        info.problem = version.error().message;
        info.version.hash = event.policyHash;
    } else {
        info.version = *version;
    }
    info.version.seq = event.seq;
    info.version.publishedAt = event.time;
    if (info.problem.isEmpty()) {
        if (auto policy = Policy::fromYaml(info.version.source); policy) {
            info.rules = std::make_shared<const ExceptionRules>(*policy);
            info.retention = policy->retention();
        } else {
            info.problem =
                u"the published source no longer parses: %1"_s.arg(policy.error().front().toString());
        }
    }
    return info;
}

} // namespace

Result<PolicyVersionTable> PolicyVersionTable::load(const EvidenceStore &store)
{
    EvidenceQuery publishes;
    publishes.kind = EventKind::PolicyPublish;
    auto events = store.queryAll(publishes);
    if (!events)
        return std::unexpected(events.error());
    PolicyVersionTable table;
    for (const EvidenceEvent &event : std::as_const(*events)) {
        if (!table.m_versions.empty())
            table.m_versions.back().effectiveTo = event.time;
        table.m_versions.push_back(versionInfoOf(event));
    }
    return table;
}

QList<const VersionInfo *> PolicyVersionTable::inForce(const QDateTime &from, const QDateTime &to) const
{
    QList<const VersionInfo *> active;
    for (const VersionInfo &info : m_versions)
        if (info.version.publishedAt < to && (!info.effectiveTo.isValid() || info.effectiveTo > from))
            active.append(&info);
    return active;
}

const VersionInfo *PolicyVersionTable::find(const QString &hash) const
{
    // The newest publication of a hash: a version may be published again after another.
    for (auto it = m_versions.rbegin(); it != m_versions.rend(); ++it)
        if (it->version.hash == hash)
            return &*it;
    return nullptr;
}

std::optional<QStringList> PolicyVersionTable::approversOf(const QString &hash, const QString &rule) const
{
    const VersionInfo *info = find(hash);
    if (!info || !info->rules)
        return std::nullopt;
    const auto policy = info->rules->rule(rule);
    if (!policy)
        return std::nullopt;
    return policy->approvers;
}

QStringList PolicyVersionTable::versionCells(const VersionInfo &info, bool inForce, qint64 decisions) const
{
    const PublishedVersion &v = info.version;
    return {v.hash,
            v.policyId,
            v.title,
            v.author,
            v.comment,
            format::utc(v.publishedAt),
            format::number(v.seq),
            format::utc(v.publishedAt),
            format::utc(info.effectiveTo),
            v.previousHash,
            format::flag(inForce),
            format::number(decisions),
            v.source.isEmpty() ? QString() : format::hex(ledger::sha256(v.source)),
            info.retention ? format::number(info.retention->defaultDays) : QString(),
            info.problem};
}

Result<CsvTable> PolicyVersionTable::write(AuditContext &context, const DecisionStats &stats,
                                           AuditReport &report, GapLog &gaps) const
{
    TableStream table(context.sink(), AuditTables::policyVersions());
    if (auto begun = table.begin(); !begun)
        return std::unexpected(begun.error());
    const AuditScope &scope = context.scope();
    const QList<const VersionInfo *> active = inForce(scope.from, scope.to);
    for (const VersionInfo &info : m_versions) {
        const bool inPeriod = active.contains(&info);
        // A hash published twice counts its decisions once, on its newest publication.
        const qint64 decisions =
            find(info.version.hash) == &info ? stats.decisionsUnder(info.version.hash) : 0;
        if (!inPeriod && decisions == 0)
            continue;
        if (auto written = table.row(versionCells(info, inPeriod, decisions)); !written)
            return std::unexpected(written.error());
        context.see(info.version.author, u"publisher"_s);
        report.policyVersions.append(PolicyVersionRow{info.version.hash, info.version.title,
                                                      info.version.author, info.version.comment,
                                                      info.version.publishedAt, info.effectiveTo, decisions});
    }
    for (const auto &[hash, count] : stats.byVersion()) {
        if (hash.isEmpty() || find(hash))
            continue;
        const QString note =
            u"named by %1 decisions in scope but never published in this ledger"_s.arg(count);
        QStringList cells(AuditTables::policyVersions().columns.size());
        cells[0] = hash;
        cells[6] = QString();
        cells[10] = format::flag(false);
        cells[11] = format::number(count);
        cells[14] = note;
        if (auto written = table.row(cells); !written)
            return std::unexpected(written.error());
        report.policyVersions.append(PolicyVersionRow{hash, {}, {}, note, {}, {}, count});
        gaps.addOther(GapRow{u"unknown_policy"_s, 0, {}, u"policy version '%1' is %2"_s.arg(hash, note)});
    }
    return table.finish();
}

} // namespace custos::audit
