#include "ui/report/PageFlow.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace custos::report {

namespace {

// Untrusted text (a justification, a note) may carry CR, TAB or other control characters;
// they would draw as boxes or move the pen, so they become plain spaces.
QString printable(const QString &text)
{
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &c : clean) {
        if (c == u'\n')
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == u'\r')
            c = u' ';
    }
    return clean;
}

} // namespace

PageFlow::PageFlow(const ReportStyle &style, const QPaintDevice *device)
    : m_style(style)
    , m_device(device)
{
    newPage();
}

void PageFlow::advance(qreal dy)
{
    m_y += dy;
}

void PageFlow::newPage()
{
    m_pages.append(Page{});
    m_y = m_style.body().top();
}

void PageFlow::ensureSpace(qreal height)
{
    if (!fits(height))
        newPage();
}

void PageFlow::add(PageItem item)
{
    m_pages.last().items.append(std::move(item));
}

void PageFlow::addText(qreal x, qreal top, const QString &text, const QFont &font, const QColor &colour)
{
    if (text.isEmpty())
        return;
    add(PageText{QRectF(x, top, textWidth(text, font), lineHeight(font)), text, font, colour});
}

qreal PageFlow::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).lineSpacing();
}

qreal PageFlow::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

QStringList PageFlow::wrap(const QString &text, const QFont &font, qreal width) const
{
    QStringList lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &paragraph : printable(text).split(u'\n')) {
        if (paragraph.trimmed().isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font, m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString piece = paragraph.mid(line.textStart(), line.textLength());
            // A line that ends in spaces measures wider than it draws; the spaces add nothing.
            lines.append(piece.trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

void PageFlow::paragraph(const QString &text, const QFont &font, const QColor &colour, qreal x, qreal width)
{
    const qreal height = lineHeight(font);
    for (const QString &line : wrap(text, font, width)) {
        ensureSpace(height);
        addText(x, m_y, line, font, colour);
        advance(height);
    }
}

void PageFlow::paragraph(const QString &text, const QFont &font, const QColor &colour)
{
    paragraph(text, font, colour, left(), width());
}

} // namespace custos::report
