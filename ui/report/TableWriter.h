#pragma once

#include "ui/report/PageFlow.h"

namespace custos::report {

struct TableColumn
{
    QString title;
    qreal weight = 1; // share of the width the fitted columns leave
    bool mono = false;
    bool alignRight = false; // numbers
    // When set, the column is exactly as wide as this sample (or its title), e.g. a UTC time.
    QString fit = {};
};

// A sample as wide as any ISO 8601 UTC time the report prints.
inline const QString kTimeSample = QStringLiteral("2026-12-28T22:58:58Z");

enum class RowTone { Plain, Good, Bad };

// Draws a table into the flow, a row at a time. A row that does not fit moves to the next page
// and the column headers are repeated there; a row taller than a whole page is split between
// lines of text, never through one.
class TableWriter
{
public:
    TableWriter(PageFlow &flow, QList<TableColumn> columns, bool showHeader = true);

    void addRow(const QStringList &cells, RowTone tone = RowTone::Plain);
    // Leaves a gap below the table.
    void finish();

private:
    struct LaidOutCell
    {
        QStringList lines;
    };

    QList<LaidOutCell> layoutCells(const QStringList &cells) const;
    qreal headerHeight() const;
    void drawHeader();
    void drawSlice(const QList<LaidOutCell> &cells, int firstLine, int lineCount, RowTone tone);
    QColor fillFor(RowTone tone) const;
    QFont fontFor(int column) const;

    PageFlow &m_flow;
    QList<TableColumn> m_columns;
    QList<qreal> m_x;
    QList<qreal> m_widths;
    QList<QStringList> m_headerLines;
    bool m_showHeader;
    int m_headerPage = -1;
    int m_rows = 0;
    qreal m_padX;
    qreal m_padY;
    qreal m_lineHeight;
};

} // namespace custos::report
