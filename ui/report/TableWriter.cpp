#include "ui/report/TableWriter.h"

#include <algorithm>

namespace custos::report {

TableWriter::TableWriter(PageFlow &flow, QList<TableColumn> columns, bool showHeader)
    : m_flow(flow)
    , m_columns(std::move(columns))
    , m_showHeader(showHeader)
    , m_padX(flow.style().pt(3))
    , m_padY(flow.style().pt(1.5))
    , m_lineHeight(flow.lineHeight(flow.style().small()))
{
    qreal fitted = 0;
    qreal weights = 0;
    QList<qreal> widths;
    for (int i = 0; i < m_columns.size(); ++i) {
        const TableColumn &column = m_columns[i];
        qreal width = 0;
        if (!column.fit.isEmpty()) {
            width = std::max(flow.textWidth(column.fit, fontFor(i)),
                             flow.textWidth(column.title, flow.style().smallBold())) +
                    2 * m_padX + flow.style().pt(1);
            fitted += width;
        } else {
            weights += column.weight;
        }
        widths.append(width);
    }
    const qreal spare = std::max<qreal>(0, flow.width() - fitted);
    qreal x = flow.left();
    for (int i = 0; i < m_columns.size(); ++i) {
        const qreal width = m_columns[i].fit.isEmpty()
                                ? spare * m_columns[i].weight / std::max<qreal>(weights, 1e-9)
                                : widths[i];
        m_x.append(x);
        m_widths.append(width);
        x += width;
    }
    for (int i = 0; i < m_columns.size(); ++i)
        m_headerLines.append(
            flow.wrap(m_columns[i].title, flow.style().smallBold(), m_widths[i] - 2 * m_padX));
}

QFont TableWriter::fontFor(int column) const
{
    return m_columns[column].mono ? m_flow.style().smallMono() : m_flow.style().small();
}

QList<TableWriter::LaidOutCell> TableWriter::layoutCells(const QStringList &cells) const
{
    QList<LaidOutCell> laidOut;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString text = i < cells.size() ? cells[i] : QString();
        laidOut.append({m_flow.wrap(text, fontFor(i), m_widths[i] - 2 * m_padX)});
    }
    return laidOut;
}

qreal TableWriter::headerHeight() const
{
    if (!m_showHeader)
        return 0;
    qsizetype lines = 1;
    for (const QStringList &header : m_headerLines)
        lines = std::max(lines, header.size());
    return lines * m_lineHeight + 2 * m_padY;
}

void TableWriter::drawHeader()
{
    m_headerPage = m_flow.pageIndex();
    if (!m_showHeader)
        return;
    const ReportStyle &style = m_flow.style();
    const qreal height = headerHeight();
    m_flow.add(PageBox{QRectF(m_flow.left(), m_flow.y(), m_flow.width(), height), style.headerFill(), {}, 0});
    for (int i = 0; i < m_columns.size(); ++i) {
        qreal top = m_flow.y() + m_padY;
        for (const QString &line : m_headerLines[i]) {
            const qreal width = m_flow.textWidth(line, style.smallBold());
            const qreal x = m_columns[i].alignRight ? m_x[i] + m_widths[i] - m_padX - width : m_x[i] + m_padX;
            m_flow.addText(x, top, line, style.smallBold(), style.ink());
            top += m_lineHeight;
        }
    }
    m_flow.advance(height);
}

QColor TableWriter::fillFor(RowTone tone) const
{
    switch (tone) {
    case RowTone::Good:
        return m_flow.style().okFill();
    case RowTone::Bad:
        return m_flow.style().failFill();
    case RowTone::Plain:
        break;
    }
    return m_rows % 2 == 1 ? m_flow.style().zebraFill() : QColor();
}

void TableWriter::drawSlice(const QList<LaidOutCell> &cells, int firstLine, int lineCount, RowTone tone)
{
    const ReportStyle &style = m_flow.style();
    const qreal height = lineCount * m_lineHeight + 2 * m_padY;
    const QRectF band(m_flow.left(), m_flow.y(), m_flow.width(), height);
    const QColor fill = fillFor(tone);
    if (fill.isValid())
        m_flow.add(PageBox{band, fill, {}, 0});
    const QColor ink = tone == RowTone::Bad ? style.failInk() : style.ink();
    for (int i = 0; i < cells.size(); ++i) {
        const QFont font = fontFor(i);
        qreal top = band.top() + m_padY;
        const int last = std::min<int>(firstLine + lineCount, cells[i].lines.size());
        for (int line = firstLine; line < last; ++line) {
            const QString &text = cells[i].lines[line];
            const qreal width = m_flow.textWidth(text, font);
            const qreal x = m_columns[i].alignRight ? m_x[i] + m_widths[i] - m_padX - width : m_x[i] + m_padX;
            m_flow.addText(x, top, text, font, ink);
            top += m_lineHeight;
        }
    }
    m_flow.add(PageLine{QLineF(band.bottomLeft(), band.bottomRight()), style.rule(), style.pt(0.3)});
    m_flow.advance(height);
}

void TableWriter::addRow(const QStringList &cells, RowTone tone)
{
    const QList<LaidOutCell> laidOut = layoutCells(cells);
    int lines = 1;
    for (const LaidOutCell &cell : laidOut)
        lines = std::max<int>(lines, cell.lines.size());
    const qreal rowHeight = lines * m_lineHeight + 2 * m_padY;
    const qreal pageRoom = m_flow.style().body().height() - headerHeight();

    int done = 0;
    while (done < lines) {
        const int left = lines - done;
        const qreal needed = left * m_lineHeight + 2 * m_padY;
        // Keep a row whole when a page can hold it; split only rows taller than a page.
        const bool wholeRowFitsAPage = done == 0 && rowHeight <= pageRoom;
        const qreal minimum = wholeRowFitsAPage ? needed : m_lineHeight + 2 * m_padY;
        if (m_headerPage != m_flow.pageIndex() || m_flow.remaining() < minimum) {
            if (m_flow.remaining() < headerHeight() + minimum)
                m_flow.newPage();
            drawHeader();
        }
        const int fitting = int((m_flow.remaining() - 2 * m_padY) / m_lineHeight);
        const int count = std::clamp(fitting, 1, left);
        drawSlice(laidOut, done, count, tone);
        done += count;
    }
    ++m_rows;
}

void TableWriter::finish()
{
    m_flow.advance(m_flow.style().pt(8));
}

} // namespace custos::report
