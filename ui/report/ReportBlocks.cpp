#include "ui/report/ReportBlocks.h"

#include <QLocale>

namespace custos::report {

ReportBlocks::ReportBlocks(PageFlow &flow)
    : m_flow(flow)
    , m_labelWidth(flow.style().pt(128))
{}

void ReportBlocks::heading(int number, const QString &title)
{
    const ReportStyle &style = m_flow.style();
    const QFont font = style.heading();
    const qreal height = m_flow.lineHeight(font);
    if (!m_flow.atPageTop())
        m_flow.advance(style.pt(10));
    // A heading needs its own line, its rule and a few lines of what it introduces.
    m_flow.ensureSpace(height + style.pt(6) + 4 * m_flow.lineHeight(style.text()));
    m_flow.addText(m_flow.left(), m_flow.y(), QStringLiteral("%1  %2").arg(number).arg(title), font,
                   style.accent());
    m_flow.advance(height + style.pt(2));
    m_flow.add(PageLine{QLineF(m_flow.left(), m_flow.y(), m_flow.left() + m_flow.width(), m_flow.y()),
                        style.accent(), style.pt(0.8)});
    m_flow.advance(style.pt(6));
}

void ReportBlocks::subheading(const QString &title)
{
    const ReportStyle &style = m_flow.style();
    const qreal height = m_flow.lineHeight(style.subheading());
    m_flow.advance(style.pt(4));
    m_flow.ensureSpace(height + 3 * m_flow.lineHeight(style.text()));
    m_flow.paragraph(title, style.subheading(), style.ink());
    m_flow.advance(style.pt(3));
}

void ReportBlocks::field(const QString &label, const QString &value, bool mono)
{
    const ReportStyle &style = m_flow.style();
    const QFont valueFont = mono ? style.mono() : style.text();
    const qreal valueX = m_flow.left() + m_labelWidth;
    const qreal valueWidth = m_flow.width() - m_labelWidth;
    const QStringList labelLines = m_flow.wrap(label, style.bold(), m_labelWidth - style.pt(6));
    const QStringList valueLines =
        m_flow.wrap(value.isEmpty() ? QStringLiteral("—") : value, valueFont, valueWidth);
    const qreal labelLine = m_flow.lineHeight(style.bold());
    const qreal valueLine = m_flow.lineHeight(valueFont);
    const qreal lineHeight = std::max(labelLine, valueLine);
    const qsizetype lines = std::max(labelLines.size(), valueLines.size());
    // A field short enough to fit a page stays on one page.
    if (lines * lineHeight <= m_flow.style().body().height())
        m_flow.ensureSpace(lines * lineHeight);
    for (qsizetype i = 0; i < lines; ++i) {
        m_flow.ensureSpace(lineHeight);
        if (i < labelLines.size())
            m_flow.addText(m_flow.left(), m_flow.y(), labelLines[i], style.bold(), style.muted());
        if (i < valueLines.size())
            m_flow.addText(valueX, m_flow.y() + (lineHeight - valueLine) / 2, valueLines[i], valueFont,
                           style.ink());
        m_flow.advance(lineHeight);
    }
    m_flow.advance(style.pt(1.5));
}

void ReportBlocks::note(const QString &text)
{
    const ReportStyle &style = m_flow.style();
    m_flow.paragraph(text, style.text(), style.muted());
    m_flow.advance(style.pt(4));
}

void ReportBlocks::callout(const QString &text, bool bad)
{
    const ReportStyle &style = m_flow.style();
    const QFont font = style.bold();
    const qreal pad = style.pt(4);
    const qreal lineHeight = m_flow.lineHeight(font);
    const QStringList lines = m_flow.wrap(text, font, m_flow.width() - 2 * pad);
    const QColor fill = bad ? style.failFill() : style.okFill();
    const QColor ink = bad ? style.failInk() : style.okInk();
    // Drawn in slices, one per page, so even a callout longer than a page keeps its box.
    qsizetype next = 0;
    while (next < lines.size()) {
        m_flow.ensureSpace(std::min<qreal>(lines.size() - next, 3) * lineHeight + 2 * pad);
        const qsizetype fitting =
            std::max<qsizetype>(1, qsizetype((m_flow.remaining() - 2 * pad) / lineHeight));
        const qsizetype count = std::min(fitting, lines.size() - next);
        const QRectF box(m_flow.left(), m_flow.y(), m_flow.width(), count * lineHeight + 2 * pad);
        m_flow.add(PageBox{box, fill, ink, style.pt(0.6)});
        for (qsizetype i = 0; i < count; ++i)
            m_flow.addText(box.left() + pad, box.top() + pad + i * lineHeight, lines[next + i], font, ink);
        m_flow.advance(box.height());
        next += count;
    }
    m_flow.advance(style.pt(4));
}

void ReportBlocks::gap(qreal points)
{
    m_flow.advance(m_flow.style().pt(points));
}

QString ReportBlocks::utc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QString ReportBlocks::number(qint64 value)
{
    return QLocale::c().toString(value);
}

} // namespace custos::report
