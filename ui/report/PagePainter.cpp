#include "ui/report/PagePainter.h"

#include "ui/report/CoverSection.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace custos::report {

namespace {

void drawLine(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
              const QColor &colour, Qt::Alignment align)
{
    painter.setFont(font);
    painter.setPen(colour);
    const QString fitted =
        QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideMiddle, rect.width());
    painter.drawText(rect, int(align | Qt::AlignVCenter | Qt::TextSingleLine), fitted);
}

} // namespace

PagePainter::PagePainter(const ReportStyle &style, const audit::ReportScope &scope, PageLabels labels)
    : m_style(style)
    , m_scope(scope)
    , m_labels(std::move(labels))
{}

QString PagePainter::headerLeft() const
{
    return QStringLiteral("%1 · store %2 · %3")
        .arg(m_labels.title, m_scope.storeName, CoverSection::servicesText(m_scope.services));
}

QString PagePainter::headerRight() const
{
    return QStringLiteral("%1 %2").arg(m_labels.idPrefix, m_scope.packId);
}

QString PagePainter::pageLabel(int page, int pages)
{
    return QStringLiteral("page %1/%2").arg(page).arg(pages);
}

bool PagePainter::paint(QPagedPaintDevice &device, const QList<Page> &pages) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device.newPage())
            return false;
        paintHeader(painter);
        for (const PageItem &item : pages[i].items)
            paintItem(painter, item);
        paintFooter(painter, i + 1, int(pages.size()));
    }
    return painter.end();
}

void PagePainter::paintHeader(QPainter &painter) const
{
    const QRectF area = m_style.header();
    const qreal half = area.height() / 2;
    const QRectF top(area.left(), area.top(), area.width(), half);
    const QRectF bottom(area.left(), area.top() + half, area.width(), half);
    const QString right = headerRight();
    const qreal rightWidth = QFontMetricsF(m_style.smallMono(), painter.device()).horizontalAdvance(right);
    const QRectF topLeft = top.adjusted(0, 0, -(rightWidth + m_style.pt(12)), 0);
    drawLine(painter, topLeft, headerLeft(), m_style.smallBold(), m_style.ink(), Qt::AlignLeft);
    drawLine(painter, top, right, m_style.smallMono(), m_style.ink(), Qt::AlignRight);
    drawLine(painter, bottom, QStringLiteral("period %1 (UTC)").arg(CoverSection::periodText(m_scope)),
             m_style.small(), m_style.muted(), Qt::AlignLeft);
    painter.setPen(QPen(m_style.rule(), m_style.pt(0.5)));
    painter.drawLine(QLineF(area.bottomLeft(), area.bottomRight()));
}

void PagePainter::paintFooter(QPainter &painter, int page, int pages) const
{
    const QRectF area = m_style.footer();
    painter.setPen(QPen(m_style.rule(), m_style.pt(0.5)));
    painter.drawLine(QLineF(area.topLeft(), area.topRight()));
    const QString label = pageLabel(page, pages);
    const qreal labelWidth = QFontMetricsF(m_style.smallBold(), painter.device()).horizontalAdvance(label);
    const QRectF left = area.adjusted(0, 0, -(labelWidth + m_style.pt(12)), 0);
    drawLine(painter, left, QStringLiteral("%1 %2").arg(m_labels.fingerprintPrefix, m_scope.packFingerprint),
             m_style.smallMono(), m_style.muted(), Qt::AlignLeft);
    drawLine(painter, area, label, m_style.smallBold(), m_style.ink(), Qt::AlignRight);
}

void PagePainter::paintItem(QPainter &painter, const PageItem &item)
{
    if (const auto *text = std::get_if<PageText>(&item)) {
        painter.setFont(text->font);
        painter.setPen(text->colour);
        // The rect is exactly the measured width; never clip, so no glyph is lost to rounding.
        painter.drawText(text->rect,
                         int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip),
                         text->text);
    } else if (const auto *box = std::get_if<PageBox>(&item)) {
        painter.setPen(box->stroke.isValid() ? QPen(box->stroke, box->strokeWidth) : QPen(Qt::NoPen));
        painter.setBrush(box->fill.isValid() ? QBrush(box->fill) : QBrush(Qt::NoBrush));
        painter.drawRect(box->rect);
    } else if (const auto *line = std::get_if<PageLine>(&item)) {
        painter.setPen(QPen(line->colour, line->width));
        painter.drawLine(line->line);
    }
}

} // namespace custos::report
