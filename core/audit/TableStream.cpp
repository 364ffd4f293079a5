#include "core/audit/TableStream.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

TableStream::TableStream(TableSink &sink, CsvTable table)
    : m_sink(sink)
    , m_table(std::move(table))
{
    m_table.rowCount = 0;
}

Result<void> TableStream::begin()
{
    return m_sink.beginTable(m_table);
}

Result<void> TableStream::row(const QStringList &cells)
{
    if (cells.size() != m_table.columns.size())
        return fail(u"%1: a row has %2 cells for %3 columns"_s.arg(m_table.fileName)
                        .arg(cells.size())
                        .arg(m_table.columns.size()));
    if (auto written = m_sink.row(cells); !written)
        return written;
    ++m_table.rowCount;
    return {};
}

Result<CsvTable> TableStream::finish()
{
    if (auto ended = m_sink.endTable(); !ended)
        return std::unexpected(ended.error());
    return m_table;
}

} // namespace custos::audit
