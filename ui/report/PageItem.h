#pragma once

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

#include <variant>

namespace custos::report {

// What a laid-out page holds, in device units. The layout pass produces these and the paint pass
// draws them, so the page count is known before any header or footer is painted.

// One line of text; `rect` is exactly as wide as the text, so overlaps can be checked.
struct PageText
{
    QRectF rect;
    QString text;
    QFont font;
    QColor colour;
};

// A filled and/or outlined rectangle (an invalid colour draws nothing).
struct PageBox
{
    QRectF rect;
    QColor fill;
    QColor stroke;
    qreal strokeWidth = 0;
};

struct PageLine
{
    QLineF line;
    QColor colour;
    qreal width = 0;
};

using PageItem = std::variant<PageText, PageBox, PageLine>;

struct Page
{
    QList<PageItem> items;
};

} // namespace custos::report
