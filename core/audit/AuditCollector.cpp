#include "core/audit/AuditCollector.h"

#include "core/audit/AuditContext.h"
#include "core/audit/AuditFormat.h"
#include "core/audit/ChainTables.h"
#include "core/audit/DecisionStats.h"
#include "core/audit/ExceptionTables.h"
#include "core/audit/GapLog.h"
#include "core/audit/InteractionTables.h"
#include "core/audit/PolicyVersionTable.h"
#include "core/audit/PrincipalTable.h"
#include "core/audit/RetentionTable.h"
#include "core/audit/RowSpool.h"
#include "core/common/Version.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"
#include "core/identity/UserDirectory.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace custos::audit {

AuditExporter::Collect AuditCollector::forStore(const EvidenceStore &store)
{
    return [&store](const AuditScope &scope, TableSink &sink, const AuditProgress &progress) {
        return AuditCollector(store).collect(scope, sink, progress);
    };
}

AuditCollector::AuditCollector(const EvidenceStore &store)
    : m_store(store)
{}

Result<void> AuditCollector::checkScope(const AuditScope &scope)
{
    if (!scope.from.isValid() || !scope.to.isValid())
        return fail(u"an audit period needs a valid start and end"_s);
    if (scope.from >= scope.to)
        return fail(u"the period's start (%1) is not before its end (%2)"_s.arg(format::utc(scope.from),
                                                                                format::utc(scope.to)));
    if (scope.payloads == PayloadMode::Raw && scope.reason.trimmed().isEmpty())
        return fail(u"raw payloads need a reason"_s);
    return {};
}

void AuditCollector::fillScope(AuditDataset &dataset) const
{
    ReportScope &scope = dataset.report.scope;
    scope.storeId = dataset.storeId;
    scope.storeName = dataset.storeName;
    scope.services = dataset.scope.services;
    scope.from = dataset.scope.from.toUTC();
    scope.to = dataset.scope.to.toUTC();
    scope.payloadMode = payloadModeName(dataset.scope.payloads);
    scope.checkpointKeyFingerprint = format::hex(ledger::sha256(m_store.publicKey()));
    scope.custosVersion = custos::version();
}

void AuditCollector::fillVerdict(AuditReport &report, const ChainCheck &chain, const AuditContext &context,
                                 const GapLog &gaps, int anomalies, int exceptions, bool retentionOk,
                                 const QString &retentionDetail, qint64 interactions)
{
    const LedgerWindow &window = context.window();
    QString chainDetail =
        u"recomputed from seq %1 to seq %2: no break"_s.arg(window.anchorSeq + 1).arg(window.endSeq);
    if (!chain.intact)
        chainDetail =
            u"break at "_s + chain.firstBreak +
            (chain.breaks > 1 ? u" (and %1 more, see gaps.csv)"_s.arg(chain.breaks - 1) : QString());
    report.verdict.append(VerdictLine{u"Chain verified"_s, chain.intact, chainDetail});

    QString checkpoints = u"%1/%2"_s.arg(chain.checkpointsValid).arg(chain.checkpointsTotal);
    if (!window.closing)
        checkpoints += u"; no signed checkpoint covers the period's end (seq %1)"_s.arg(window.lastSeq);
    report.verdict.append(VerdictLine{u"Checkpoints valid"_s,
                                      window.closing && chain.checkpointsValid == chain.checkpointsTotal,
                                      checkpoints});

    QStringList kinds;
    for (const auto &[kind, count] : gaps.countsByKind())
        kinds.append(u"%1 %2"_s.arg(count).arg(kind));
    report.verdict.append(VerdictLine{u"Gaps"_s, gaps.count() == 0,
                                      gaps.count() == 0 ? u"none detected"_s : kinds.join(u", "_s)});
    report.verdict.append(VerdictLine{u"Exception anomalies"_s, anomalies == 0,
                                      anomalies == 0
                                          ? u"none in %1 exceptions"_s.arg(exceptions)
                                          : u"%1 in %2 exceptions"_s.arg(anomalies).arg(exceptions)});
    report.verdict.append(VerdictLine{u"Retention ≥ 183 days"_s, retentionOk, retentionDetail});
    report.verdict.append(
        VerdictLine{u"Evidence in the period"_s, true,
                    window.periodEmpty()
                        ? u"the period holds no events"_s
                        : u"%1 events (seq %2 to %3), %4 interactions in scope"_s.arg(chain.eventsInPeriod)
                              .arg(window.firstSeq)
                              .arg(window.lastSeq)
                              .arg(interactions)});
}

void AuditCollector::fillChainSummary(AuditReport &report, const ChainCheck &chain,
                                      const AuditContext &context)
{
    const LedgerWindow &window = context.window();
    ChainSummary &summary = report.chain;
    summary.firstSeq = window.firstSeq;
    summary.lastSeq = window.lastSeq;
    summary.eventsInPeriod = chain.eventsInPeriod;
    if (window.anchor)
        summary.checkpointBefore =
            format::checkpointLabel(window.anchor->seq, window.anchor->time, window.anchor->hash);
    if (window.closing) {
        summary.checkpointAfter =
            format::checkpointLabel(window.closing->seq, window.closing->time, window.closing->hash);
        summary.signedHead = format::hex(window.closing->hash);
    }
    summary.recomputedHead = format::hex(chain.recomputedHead);
    summary.headsMatch = chain.headMatchesClosing;
}

Result<AuditDataset> AuditCollector::collect(const AuditScope &scope, TableSink &sink,
                                             const AuditProgress &progress)
{
    if (auto valid = checkScope(scope); !valid)
        return std::unexpected(valid.error());
    AuditDataset dataset;
    dataset.scope = scope;
    auto storeId = m_store.storeId();
    if (!storeId)
        return std::unexpected(storeId.error());
    dataset.storeId = *storeId;
    dataset.storeName = QFileInfo(m_store.path()).completeBaseName();
    auto window = LedgerWindow::resolve(m_store, scope);
    if (!window)
        return std::unexpected(window.error());
    auto exporter = PayloadExporter::create(scope.payloads);
    if (!exporter)
        return std::unexpected(exporter.error());
    auto versions = PolicyVersionTable::load(m_store);
    if (!versions)
        return std::unexpected(versions.error());
    UserDirectory users;
    if (auto rebuilt = users.rebuild(m_store); !rebuilt)
        return std::unexpected(rebuilt.error());

    AuditContext context(m_store, dataset.scope, *window, sink, progress);
    AuditReport &report = dataset.report;
    DecisionStats stats;
    ExceptionUses uses;
    GapLog gaps;
    RowSpool tombstones;
    const auto keep = [&dataset](Result<CsvTable> table) -> Result<void> {
        if (!table)
            return std::unexpected(table.error());
        dataset.tables.append(*table);
        return {};
    };

    InteractionTables interactions(context, *exporter);
    context.stage(0, 55, u"interactions"_s);
    if (auto done = keep(interactions.writeInteractions(stats, uses, gaps)); !done)
        return std::unexpected(done.error());
    if (auto done = keep(interactions.writeRuleHits()); !done)
        return std::unexpected(done.error());
    context.stage(55, 56, u"policy versions"_s);
    if (auto done = keep(versions->write(context, stats, report, gaps)); !done)
        return std::unexpected(done.error());

    context.stage(56, 60, u"exceptions"_s);
    ExceptionTables exceptions;
    if (auto loaded = exceptions.load(m_store, window->endSeq); !loaded)
        return std::unexpected(loaded.error());
    exceptions.judge(context, *versions, users, uses);
    if (auto done = keep(exceptions.writeExceptions(context, report)); !done)
        return std::unexpected(done.error());
    if (auto done = keep(exceptions.writeEvents(context)); !done)
        return std::unexpected(done.error());

    context.stage(60, 95, u"chain"_s);
    ChainTables chain(context);
    if (auto done = keep(chain.writeChain(gaps, tombstones)); !done)
        return std::unexpected(done.error());
    if (auto done = keep(chain.writeCheckpoints()); !done)
        return std::unexpected(done.error());
    if (!window->closing)
        gaps.addOther(
            GapRow{u"missing_checkpoint"_s,
                   window->lastSeq,
                   {},
                   u"no signed checkpoint at or after the period's last event; chain.csv ends at the "
                   "unsigned head (seq %1)"_s.arg(window->endSeq)});

    context.stage(95, 100, u"principals, gaps and retention"_s);
    if (auto cancelled = context.checkCancelled(); !cancelled)
        return std::unexpected(cancelled.error());
    RetentionTable retentionTable;
    auto retention = retentionTable.prepare(context, *versions, report);
    if (!retention)
        return std::unexpected(retention.error());
    if (auto done = keep(PrincipalTable::write(context, users)); !done)
        return std::unexpected(done.error());
    if (auto done = keep(gaps.write(sink, report)); !done)
        return std::unexpected(done.error());
    if (auto done = keep(retentionTable.write(context, tombstones, report)); !done)
        return std::unexpected(done.error());

    stats.fill(report);
    fillScope(dataset);
    fillVerdict(report, chain.check(), context, gaps, exceptions.anomalyCount(), exceptions.selectedCount(),
                retention->ok, retention->detail, stats.interactions());
    fillChainSummary(report, chain.check(), context);
    for (const CsvTable &table : std::as_const(dataset.tables)) {
        report.csvRowCounts.insert(table.fileName, table.rowCount);
        for (const CsvColumn &column : table.columns)
            report.columns.append(ColumnDoc{table.fileName, column.name, column.meaning});
    }
    dataset.checkpoints = window->checkpoints;
    dataset.checkpointPublicKey = m_store.publicKey();
    dataset.anchorSeq = window->anchorSeq;
    dataset.anchorHash = window->anchorHash;
    dataset.chainIntact = chain.check().intact;
    if (progress.report)
        progress.report(100, u"done"_s);
    return dataset;
}

} // namespace custos::audit
