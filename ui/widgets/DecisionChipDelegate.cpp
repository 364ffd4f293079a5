#include "ui/widgets/DecisionChipDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace custos {

QColor DecisionChipDelegate::chipColor(const QString &decision)
{
    // Dark enough for white text at WCAG AA, and told apart by hue as well as by the word.
    if (decision == u"block")
        return QColor(0xb0, 0x1b, 0x24);
    if (decision == u"require_exception")
        return QColor(0xa3, 0x48, 0x00);
    if (decision == u"redact")
        return QColor(0x1a, 0x5f, 0xb4);
    if (decision == u"reroute")
        return QColor(0x61, 0x35, 0x83);
    if (decision == u"monitor")
        return QColor(0x3d, 0x4f, 0x5c);
    if (decision == u"allow")
        return QColor(0x26, 0x6e, 0x2f);
    return {};
}

QSize DecisionChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(
        qMax(size.width(), metrics.horizontalAdvance(index.data().toString()) + 3 * metrics.height() / 2));
    size.setHeight(qMax(size.height(), metrics.height() + 6));
    return size;
}

void DecisionChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString text = index.data().toString();
    const QColor fill = chipColor(text);
    if (!fill.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QFontMetrics metrics(option.font);
    const int padX = metrics.height() / 2;
    const int chipHeight = qMin(option.rect.height() - 2, metrics.height() + 2);
    // +2: elidedText() measures in fractions and would cut a word that horizontalAdvance() says fits.
    const int chipWidth = qMin(option.rect.width() - 4, metrics.horizontalAdvance(text) + 2 * padX + 2);
    const QRect chip(option.rect.left() + 3, option.rect.center().y() - chipHeight / 2 + 1, chipWidth,
                     chipHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), chipHeight / 2.0, chipHeight / 2.0);
    painter->fillPath(path, fill);
    if (option.state & QStyle::State_Selected) { // keeps the chip's edge visible on the highlight
        painter->setPen(QPen(option.palette.color(QPalette::HighlightedText), 1));
        painter->drawPath(path);
    }
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(chip.adjusted(padX, 0, -padX, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, chip.width() - 2 * padX));
    painter->restore();
}

} // namespace custos
