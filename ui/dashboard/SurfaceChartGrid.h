#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace custos {

class SurfaceChartCard;

// The dashboard's tiles in as many columns as fit: two while each can be at least
// kMinimumColumnEms wide, else one, re-flowed as the width changes (and so at 200 % scale, where
// the same window has half the logical width).
class SurfaceChartGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinimumColumnEms = 32;

    explicit SurfaceChartGrid(QWidget *parent = nullptr);

    void addCard(SurfaceChartCard *card);
    QList<SurfaceChartCard *> cards() const { return m_cards; }
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void flow(int columns);

    QGridLayout *m_layout;
    QList<SurfaceChartCard *> m_cards;
    int m_columns = 2;
};

} // namespace custos
