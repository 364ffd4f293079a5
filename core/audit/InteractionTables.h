#pragma once

#include "core/audit/AuditContext.h"
#include "core/audit/PayloadExporter.h"
#include "core/audit/RowSpool.h"

#include <QHash>

#include <functional>

namespace custos::audit {

class DecisionStats;
class GapLog;

// An in-scope interaction that named an exception, for the exception checks (was the use inside
// the granted scope, before expiry, recorded as a use?).
struct ExceptionUse
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString interactionId;
    QString service;
    QString user;
    QString model;
    QString route;
    QStringList dataClasses;
    QStringList detectors;
    QStringList exceptedRules;
};
using ExceptionUses = QHash<QString, QList<ExceptionUse>>; // exception id -> uses, in seq order

// interactions.csv and rule_hits.csv: one pass over the period's interactions of the chosen
// services, reading the payloads through InteractionPayload only. It streams interactions.csv,
// spools the hit rows for rule_hits.csv (which follows it), counts the decision summary, notes
// exception uses and gaps, and hands raw payloads to the sink in raw mode.
class InteractionTables
{
public:
    InteractionTables(AuditContext &context, const PayloadExporter &exporter);

    Result<CsvTable> writeInteractions(DecisionStats &stats, ExceptionUses &uses, GapLog &gaps);
    Result<CsvTable> writeRuleHits(); // after writeInteractions

private:
    // One in-scope interaction; payload is nullptr when it was dropped or cannot be read (then
    // `problem` says why, for a readable tombstone it stays empty).
    using Visit = std::function<Result<void>(const LedgerRow &row, const InteractionPayload *payload,
                                             const QString &problem)>;
    Result<void> scan(const Visit &visit);
    QStringList interactionCells(const LedgerRow &row, const InteractionPayload *payload) const;
    Result<void> spoolRuleHits(const LedgerRow &row, const InteractionPayload &payload);

    AuditContext &m_context;
    const PayloadExporter &m_exporter;
    RowSpool m_ruleHits;
};

} // namespace custos::audit
