#include "ui/dashboard/SurfaceBarChart.h"

#include "ui/dashboard/SurfaceTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace custos {

SurfaceBarChart::SurfaceBarChart(SurfaceTableModel *model, int firstColumn, Columns columns, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_firstColumn(firstColumn)
    , m_columns(columns)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setVisible(columns == Columns::FromFirstToLast);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (columns == Columns::FromFirstToLast)
        m_series = new QHorizontalStackedBarSeries(chart);
    else
        m_series = new QHorizontalBarSeries(chart);
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart);
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(firstColumn);
    m_mapper->setLastBarSetColumn(firstColumn);
    m_mapper->setSeries(m_series);
    // Horizontal bars start at the bottom; the model's first row (the largest, in a ranking) goes on
    // top through a proxy in reverse row order (SurfaceTableModel::RowRole).
    m_bottomUp = new QSortFilterProxyModel(this);
    m_bottomUp->setSourceModel(model);
    m_bottomUp->setSortRole(SurfaceTableModel::RowRole);
    m_bottomUp->sort(0, Qt::DescendingOrder);
    m_mapper->setModel(m_bottomUp);
    connect(model, &QAbstractItemModel::modelReset, this, &SurfaceBarChart::follow);
    follow();
}

// The mapper re-reads the model on a reset; the categories, the value range and the number of
// bar sets (a model whose columns are data classes) follow here.
void SurfaceBarChart::follow()
{
    const int last =
        m_columns == Columns::One ? m_firstColumn : std::max(m_firstColumn, m_model->columnCount() - 1);
    if (m_mapper->lastBarSetColumn() != last)
        m_mapper->setLastBarSetColumn(last);
    const QStringList labels = m_model->rowLabels();
    QStringList bottomUp = labels; // the proxy's order: the chart draws its first row at the bottom
    std::ranges::reverse(bottomUp);
    m_categories->setCategories(bottomUp.isEmpty() ? QStringList{QString()} : bottomUp);
    double maximum = 0.0;
    QStringList described;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        double total = 0.0;
        QStringList parts;
        for (int column = m_firstColumn; column <= last; ++column) {
            const double value = m_model->index(row, column).data().toDouble();
            total += value;
            parts.append(m_model->index(row, column).data(Qt::AccessibleTextRole).toString());
        }
        maximum = std::max(maximum, total);
        described.append(tr("%1: %2").arg(labels.value(row), parts.join(QStringLiteral(" / "))));
    }
    // Whole numbers on the axis: one tick per unit for small counts, Qt's nice steps above.
    if (maximum <= 5.0) {
        const int top = int(std::ceil(maximum)) + 1;
        m_values->setRange(0.0, top);
        m_values->setTickCount(top + 1);
    } else {
        m_values->setRange(0.0, maximum * 1.05);
        m_values->setTickCount(6);
        m_values->applyNiceNumbers();
    }
    for (QBarSet *set : m_series->barSets())
        set->setLabelColor(palette().color(QPalette::Text));
    setAccessibleDescription(described.join(QStringLiteral("; ")));
}

} // namespace custos
