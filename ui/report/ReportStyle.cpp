#include "ui/report/ReportStyle.h"

#include <QHash>
#include <QPaintDevice>

namespace custos::report {

ReportStyle::ReportStyle(const QPaintDevice &device, const ReportFonts::Families &families)
    : m_unitsPerPoint(device.logicalDpiY() / 72.0)
    , m_page(0, 0, device.width(), device.height())
{
    const qreal side = mm(15);
    m_header = QRectF(side, mm(9), m_page.width() - 2 * side, mm(12));
    m_footer = QRectF(side, m_page.height() - mm(15), m_page.width() - 2 * side, mm(9));
    m_body = QRectF(side, m_header.bottom() + mm(5), m_header.width(),
                    m_footer.top() - mm(4) - (m_header.bottom() + mm(5)));

    m_title = font(families.sans, 22, true);
    m_heading = font(families.sans, 13, true);
    m_subheading = font(families.sans, 10, true);
    m_text = font(families.sans, 9, false);
    m_bold = font(families.sans, 9, true);
    m_mono = font(families.mono, 8.5, false);
    m_small = font(families.sans, 7.5, false);
    m_smallBold = font(families.sans, 7.5, true);
    m_smallMono = font(families.mono, 7, false);
}

QFont ReportStyle::font(const QString &family, qreal points, bool bold) const
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Unhinted metrics: the layout is measured once and must match what the PDF viewer draws.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    // A ligature is one glyph for several letters; pdftotext would extract "ff" as U+FB00.
    f.setFeature(QFont::Tag("liga"), 0);
    f.setFeature(QFont::Tag("clig"), 0);
    return f;
}

QColor ReportStyle::actionColour(const QString &action) const
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("allow"), QColor(0x5b, 0x9b, 0x3c)},
        {QStringLiteral("monitor"), QColor(0x3a, 0x78, 0xc2)},
        {QStringLiteral("redact"), QColor(0xe3, 0xa6, 0x17)},
        {QStringLiteral("reroute"), QColor(0x85, 0x5c, 0xb8)},
        {QStringLiteral("require_exception"), QColor(0xdc, 0x6d, 0x25)},
        {QStringLiteral("block"), QColor(0xc0, 0x39, 0x2b)},
    };
    return colours.value(action, QColor(0x8c, 0x93, 0x9b));
}

} // namespace custos::report
