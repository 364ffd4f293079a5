#pragma once

#include "ui/report/ReportFonts.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPaintDevice;

namespace custos::report {

// Geometry, type and colour of the report, in the paint device's units. Every colour is opaque:
// PDF/A-1b forbids transparency.
class ReportStyle
{
public:
    ReportStyle(const QPaintDevice &device, const ReportFonts::Families &families);

    qreal pt(qreal points) const { return points * m_unitsPerPoint; }
    qreal mm(qreal millimetres) const { return pt(millimetres * 72.0 / 25.4); }

    QRectF page() const { return m_page; }
    QRectF body() const { return m_body; }     // where the sections flow
    QRectF header() const { return m_header; } // store, services, period, pack id
    QRectF footer() const { return m_footer; } // page n/N and the pack fingerprint

    QFont title() const { return m_title; }
    QFont heading() const { return m_heading; }
    QFont subheading() const { return m_subheading; }
    QFont text() const { return m_text; }
    QFont bold() const { return m_bold; }
    QFont mono() const { return m_mono; }
    QFont small() const { return m_small; }
    QFont smallBold() const { return m_smallBold; }
    QFont smallMono() const { return m_smallMono; }

    QColor ink() const { return QColor(0x1b, 0x1f, 0x24); }
    QColor muted() const { return QColor(0x57, 0x60, 0x6a); }
    QColor rule() const { return QColor(0xb8, 0xbf, 0xc7); }
    QColor accent() const { return QColor(0x1f, 0x4e, 0x79); }
    QColor headerFill() const { return QColor(0xe3, 0xe8, 0xef); }
    QColor zebraFill() const { return QColor(0xf4, 0xf6, 0xf8); }
    QColor okFill() const { return QColor(0xe2, 0xf3, 0xe4); }
    QColor okInk() const { return QColor(0x1e, 0x6b, 0x2f); }
    QColor failFill() const { return QColor(0xfb, 0xe0, 0xde); }
    QColor failInk() const { return QColor(0xa3, 0x1d, 0x15); }
    // The chart's colour for a decision action; unknown actions are grey.
    QColor actionColour(const QString &action) const;

private:
    QFont font(const QString &family, qreal points, bool bold) const;

    qreal m_unitsPerPoint = 1;
    QRectF m_page;
    QRectF m_body;
    QRectF m_header;
    QRectF m_footer;
    QFont m_title;
    QFont m_heading;
    QFont m_subheading;
    QFont m_text;
    QFont m_bold;
    QFont m_mono;
    QFont m_small;
    QFont m_smallBold;
    QFont m_smallMono;
};

} // namespace custos::report
