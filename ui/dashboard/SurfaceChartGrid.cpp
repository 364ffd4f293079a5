#include "ui/dashboard/SurfaceChartGrid.h"

#include "ui/dashboard/SurfaceChartCard.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace custos {

SurfaceChartGrid::SurfaceChartGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void SurfaceChartGrid::addCard(SurfaceChartCard *card)
{
    m_cards.append(card);
    const int index = int(m_cards.size()) - 1;
    m_layout->addWidget(card, index / m_columns, index % m_columns);
}

void SurfaceChartGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columnWidth = fontMetrics().horizontalAdvance(u'M') * kMinimumColumnEms;
    flow(event->size().width() >= 2 * columnWidth ? 2 : 1);
}

void SurfaceChartGrid::flow(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (SurfaceChartCard *card : std::as_const(m_cards))
        m_layout->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_layout->addWidget(m_cards[i], i / columns, i % columns);
    for (int column = 0; column < 2; ++column)
        m_layout->setColumnStretch(column, column < columns ? 1 : 0);
    m_layout->invalidate(); // an emptied column keeps its width until the grid is laid out anew
    m_layout->activate();
}

} // namespace custos
