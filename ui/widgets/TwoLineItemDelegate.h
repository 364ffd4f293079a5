#pragma once

#include <QStyledItemDelegate>

namespace custos {

// A list entry of two lines: the display text in the view's font, and the text of SubtitleRole
// beneath it, smaller and lighter, with space between entries so each reads as one item.
class TwoLineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int SubtitleRole = Qt::UserRole + 64;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The subtitle's font for a view font: smaller, never below 7 points.
    static QFont subtitleFont(const QFont &titleFont);
    // The vertical space above and below an entry's text.
    static int padding(const QFontMetrics &titleMetrics);
};

} // namespace custos
