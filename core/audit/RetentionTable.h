#pragma once

#include "core/audit/AuditContext.h"

namespace custos::audit {

class PolicyVersionTable;
class RowSpool;

// retention.csv: the retention rules of every version in force, the 183-day check (EU AI Act
// Art. 19 and 26(6) ask deployers to keep logs at least six months), retention runs and erasures
// from the period on, every legal hold, and the payloads of the period that were dropped.
class RetentionTable
{
public:
    static constexpr int kMinimumDays = 183;

    struct Check
    {
        bool ok = false;
        QString detail;
    };

    // Reads the runs and holds and decides the check; principals.csv is written after this and
    // before retention.csv, so the actors are noted here.
    Result<Check> prepare(AuditContext &context, const PolicyVersionTable &versions, AuditReport &report);
    Result<CsvTable> write(AuditContext &context, RowSpool &tombstones, AuditReport &report) const;

private:
    QList<QStringList> m_rows;
};

} // namespace custos::audit
