#pragma once

#include "ui/report/PageItem.h"
#include "ui/report/ReportStyle.h"

#include <QStringList>

class QPaintDevice;

namespace custos::report {

// The layout pass: a cursor flowing down the body of A4 pages. Sections add text, boxes and lines
// at the cursor and ask for space; when a block does not fit, the flow starts a new page. Text is
// measured on the paint device itself, so what is laid out here is what the PDF shows.
class PageFlow
{
public:
    PageFlow(const ReportStyle &style, const QPaintDevice *device);

    const ReportStyle &style() const { return m_style; }
    const QList<Page> &pages() const { return m_pages; }
    int pageIndex() const { return int(m_pages.size()) - 1; }

    qreal left() const { return m_style.body().left(); }
    qreal width() const { return m_style.body().width(); }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_style.body().bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_style.body().top(); }
    bool fits(qreal height) const { return height <= remaining() || atPageTop(); }

    void advance(qreal dy);
    void newPage();
    // Starts a new page unless `height` fits below the cursor (a fresh page always takes it).
    void ensureSpace(qreal height);

    void add(PageItem item);
    // A single line of text at (x, top); its rect is as wide as the text.
    void addText(qreal x, qreal top, const QString &text, const QFont &font, const QColor &colour);

    qreal lineHeight(const QFont &font) const;
    qreal textWidth(const QString &text, const QFont &font) const;
    // Breaks `text` into lines no wider than `width`: at word boundaries, or anywhere in a long
    // token such as a hash. Newlines are kept; tabs and other control characters become spaces.
    QStringList wrap(const QString &text, const QFont &font, qreal width) const;

    // Wrapped text at the cursor, from `x` over `width`, breaking pages between lines.
    void paragraph(const QString &text, const QFont &font, const QColor &colour, qreal x, qreal width);
    void paragraph(const QString &text, const QFont &font, const QColor &colour);

private:
    const ReportStyle &m_style;
    const QPaintDevice *m_device;
    QList<Page> m_pages;
    qreal m_y = 0;
};

} // namespace custos::report
