#pragma once

#include <QChartView>

class QDateTimeAxis;
class QValueAxis;

namespace custos {

class DailyActivityModel;

// A line chart over the period's days from a DailyActivityModel: either the interactions per day,
// or one line per data class of hits per 1,000 interactions that day. Filled from the model at
// each reset (a line needs the day as x, which no model mapper reads from a date).
class SurfaceDayChart : public QChartView
{
    Q_OBJECT
public:
    enum class Lines { Interactions, ClassRates };

    SurfaceDayChart(DailyActivityModel *model, Lines lines, QWidget *parent = nullptr);

    int lineCount() const;

private:
    void fill();

    DailyActivityModel *m_model;
    Lines m_lines;
    QDateTimeAxis *m_days = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace custos
