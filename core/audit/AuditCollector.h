#pragma once

#include "core/audit/AuditDataset.h"
#include "core/audit/AuditExporter.h"

namespace custos {
class EvidenceStore;
}

namespace custos::audit {

class AuditContext;
struct ChainCheck;
class GapLog;

// Gathers an audit pack's evidence from the ledger: streams the ten tables to the sink, in order
// and row by row (memory stays bounded for a month of a busy store), and returns their headers
// with the report the PDF draws. Reads only; a broken chain is collected and named, not refused.
// The caller (AuditExporter) has checked the exporter's role and password and made sure a signed
// checkpoint exists at or after scope.to; without one the verdict says the period is not covered.
class AuditCollector
{
public:
    explicit AuditCollector(const EvidenceStore &store);

    Result<AuditDataset> collect(const AuditScope &scope, TableSink &sink,
                                 const AuditProgress &progress = {});
    // The collector as AuditExporter takes it, reading `store` (which must outlive the exporter).
    static AuditExporter::Collect forStore(const EvidenceStore &store);

private:
    static Result<void> checkScope(const AuditScope &scope);
    void fillScope(AuditDataset &dataset) const;
    static void fillVerdict(AuditReport &report, const ChainCheck &chain, const AuditContext &context,
                            const GapLog &gaps, int anomalies, int exceptions, bool retentionOk,
                            const QString &retentionDetail, qint64 interactions);
    static void fillChainSummary(AuditReport &report, const ChainCheck &chain, const AuditContext &context);

    const EvidenceStore &m_store;
};

} // namespace custos::audit
