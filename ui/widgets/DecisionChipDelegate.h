#pragma once

#include <QStyledItemDelegate>

namespace custos {

// Draws a decision cell ("block", "redact", …) as a rounded chip: the decision's colour behind
// its text, so the colour only repeats what the word already says. Set it on the decision
// column with QAbstractItemView::setItemDelegateForColumn.
class DecisionChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The chip's fill for a decision; an invalid colour for text that is no decision, which is
    // then drawn as plain text.
    static QColor chipColor(const QString &decision);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace custos
