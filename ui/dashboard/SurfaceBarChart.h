#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QAbstractBarSeries;
class QValueAxis;
class QSortFilterProxyModel;
class QVBarModelMapper;

namespace custos {

class SurfaceTableModel;

// A horizontal bar chart of a SurfaceTableModel: one bar per row (its first column is the
// category), one bar set per value column from `firstColumn` to the last (stacked when there are
// several), read through QVBarModelMapper so the chart follows the model. The accessible
// description lists the rows' values, for a screen reader that cannot see the bars.
class SurfaceBarChart : public QChartView
{
    Q_OBJECT
public:
    enum class Columns { One, FromFirstToLast };

    SurfaceBarChart(SurfaceTableModel *model, int firstColumn, Columns columns, QWidget *parent = nullptr);

    QAbstractBarSeries *series() const { return m_series; }

private:
    void follow();

    SurfaceTableModel *m_model;
    int m_firstColumn;
    Columns m_columns;
    QAbstractBarSeries *m_series = nullptr;
    QSortFilterProxyModel *m_bottomUp = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace custos
