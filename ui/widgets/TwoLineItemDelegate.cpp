#include "ui/widgets/TwoLineItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace custos {

QFont TwoLineItemDelegate::subtitleFont(const QFont &titleFont)
{
    QFont font = titleFont;
    if (titleFont.pointSizeF() > 0)
        font.setPointSizeF(qMax(7.0, titleFont.pointSizeF() * 0.85));
    else
        font.setPixelSize(qMax(9, titleFont.pixelSize() * 85 / 100));
    return font;
}

int TwoLineItemDelegate::padding(const QFontMetrics &titleMetrics)
{
    return qMax(3, titleMetrics.height() / 3);
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics title(option.font);
    const QFontMetrics subtitle(subtitleFont(option.font));
    const QString subtitleText = index.data(SubtitleRole).toString();
    const int height = 2 * padding(title) + title.height() + (subtitleText.isEmpty() ? 0 : subtitle.height());
    const int width = qMax(title.horizontalAdvance(index.data(Qt::DisplayRole).toString()),
                           subtitle.horizontalAdvance(subtitleText));
    return {width + 2 * padding(title), height};
}

void TwoLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear(); // the style draws the background, selection and focus; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = option.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor titleColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subtitleColor = titleColor;
    subtitleColor.setAlphaF(selected ? 0.85f : 0.62f); // lighter, yet readable on the highlight

    const QFontMetrics titleMetrics(option.font);
    const QFont smallFont = subtitleFont(option.font);
    const QFontMetrics subtitleMetrics(smallFont);
    const int pad = padding(titleMetrics);
    const QRect text = option.rect.adjusted(pad * 2, pad, -pad, -pad);

    painter->save();
    painter->setFont(option.font);
    painter->setPen(titleColor);
    const QRect titleRect(text.left(), text.top(), text.width(), titleMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    const QString subtitle = index.data(SubtitleRole).toString();
    if (!subtitle.isEmpty()) {
        painter->setFont(smallFont);
        painter->setPen(subtitleColor);
        const QRect subtitleRect(text.left(), titleRect.bottom() + 1, text.width(), subtitleMetrics.height());
        painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          subtitleMetrics.elidedText(subtitle, Qt::ElideRight, text.width()));
    }
    // A hairline under each entry, so neighbours never run together.
    QColor rule = option.palette.color(QPalette::Mid);
    rule.setAlphaF(0.35f);
    painter->setPen(rule);
    painter->drawLine(option.rect.left() + pad, option.rect.bottom(), option.rect.right() - pad,
                      option.rect.bottom());
    painter->restore();
}

} // namespace custos
