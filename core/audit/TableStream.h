#pragma once

#include "core/audit/AuditDataset.h"

namespace custos::audit {

// One table on its way to the sink: begins it, checks every row against the header and counts
// the rows, so the dataset's row counts are the rows the writer actually received.
class TableStream
{
public:
    TableStream(TableSink &sink, CsvTable table);

    Result<void> begin();
    Result<void> row(const QStringList &cells);
    // Ends the table; returns its header with the final row count.
    Result<CsvTable> finish();
    qint64 rowCount() const { return m_table.rowCount; }

private:
    TableSink &m_sink;
    CsvTable m_table;
};

} // namespace custos::audit
