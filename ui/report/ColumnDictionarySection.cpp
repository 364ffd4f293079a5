#include "ui/report/ColumnDictionarySection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

ColumnDictionarySection::ColumnDictionarySection(PageFlow &flow, const audit::AuditReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

QStringList ColumnDictionarySection::filesInOrder() const
{
    QStringList files;
    for (const audit::ColumnDoc &column : m_report.columns)
        if (!files.contains(column.file))
            files.append(column.file);
    for (auto it = m_report.csvRowCounts.cbegin(); it != m_report.csvRowCounts.cend(); ++it)
        if (!files.contains(it.key()))
            files.append(it.key());
    return files;
}

void ColumnDictionarySection::writeFiles()
{
    TableWriter table(m_flow, {{QStringLiteral("File"), 3, true},
                               {QStringLiteral("Data rows"), 0, false, true, QStringLiteral("0000000000")}});
    for (const QString &file : filesInOrder()) {
        const auto rows = m_report.csvRowCounts.find(file);
        table.addRow({QStringLiteral("data/") + file, rows == m_report.csvRowCounts.cend()
                                                          ? QStringLiteral("—")
                                                          : ReportBlocks::number(*rows)});
    }
    table.finish();
}

void ColumnDictionarySection::write()
{
    m_blocks.heading(10, QStringLiteral("Column dictionary"));
    if (m_report.columns.isEmpty() && m_report.csvRowCounts.isEmpty()) {
        m_blocks.note(QStringLiteral("No CSV files in this pack."));
        return;
    }
    m_blocks.note(
        QStringLiteral("CSV files are RFC 4180, UTF-8 with a byte order mark and CRLF line endings. Columns "
                       "ending _utc hold ISO 8601 UTC times. A text cell that began with = + - @, TAB or CR "
                       "starts with ' so that spreadsheets do not run it as a formula."));
    writeFiles();
    for (const QString &file : filesInOrder()) {
        QList<const audit::ColumnDoc *> columns;
        for (const audit::ColumnDoc &column : m_report.columns)
            if (column.file == file)
                columns.append(&column);
        if (columns.isEmpty())
            continue;
        m_blocks.subheading(file);
        TableWriter table(m_flow, {{QStringLiteral("Column"), 1.6, true}, {QStringLiteral("Meaning"), 4.4}});
        for (const audit::ColumnDoc *column : columns)
            table.addRow({column->column, column->meaning});
        table.finish();
    }
}

} // namespace custos::report
