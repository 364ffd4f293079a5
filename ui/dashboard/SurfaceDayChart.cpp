#include "ui/dashboard/SurfaceDayChart.h"

#include "ui/dashboard/DailyActivityModel.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

namespace custos {

SurfaceDayChart::SurfaceDayChart(DailyActivityModel *model, Lines lines, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_lines(lines)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setVisible(lines == Lines::ClassRates);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_days = new QDateTimeAxis(chart);
    m_days->setFormat(QStringLiteral("MM-dd")); // the axis formats without the locale: digits read everywhere
    m_days->setTickCount(6);
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    connect(model, &QAbstractItemModel::modelReset, this, &SurfaceDayChart::fill);
    fill();
}

int SurfaceDayChart::lineCount() const
{
    return int(chart()->series().size());
}

void SurfaceDayChart::fill()
{
    chart()->removeAllSeries();
    const int first = m_lines == Lines::Interactions ? 1 : 2;
    const int last = m_lines == Lines::Interactions ? 1 : m_model->columnCount() - 1;
    double maximum = 0.0;
    QStringList described;
    for (int column = first; column <= last; ++column) {
        auto *line = new QLineSeries(chart());
        line->setName(m_model->headerData(column, Qt::Horizontal).toString());
        line->setPointsVisible(m_model->rowCount() <= 31);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QDate day = m_model->index(row, 0).data().toDate();
            const double value = m_model->index(row, column).data().toDouble();
            line->append(double(day.startOfDay(QTimeZone::UTC).toMSecsSinceEpoch()), value);
            maximum = std::max(maximum, value);
            if (value > 0)
                described.append(
                    tr("%1 %2: %3")
                        .arg(line->name(), QLocale().toString(day, QLocale::ShortFormat),
                             m_model->index(row, column).data(Qt::AccessibleTextRole).toString()));
        }
        chart()->addSeries(line);
        line->attachAxis(m_days);
        line->attachAxis(m_values);
    }
    if (m_model->rowCount() > 0) {
        const QDate firstDay = m_model->index(0, 0).data().toDate();
        const QDate lastDay = m_model->index(m_model->rowCount() - 1, 0).data().toDate();
        m_days->setRange(firstDay.startOfDay(QTimeZone::UTC), lastDay.startOfDay(QTimeZone::UTC));
        m_days->setTickCount(std::clamp(int(firstDay.daysTo(lastDay)) + 1, 2, 7));
    }
    m_values->setRange(0.0, maximum <= 0.0 ? 1.0 : maximum * 1.05);
    m_values->applyNiceNumbers();
    setAccessibleDescription(described.isEmpty() ? tr("nothing recorded")
                                                 : described.join(QStringLiteral("; ")));
}

} // namespace custos
