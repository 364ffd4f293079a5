#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/PageFlow.h"

namespace custos::report {

// Decisions per day as stacked bars, one colour per action, with a value axis, day labels and a
// legend. Drawn from boxes, lines and text, never an image, so every label stays extractable.
class DailyChart
{
public:
    DailyChart(PageFlow &flow, const QList<audit::DayCounts> &days);

    void draw();
    // The height draw() takes, so a caller can keep its heading with the chart.
    qreal height() const;

    // Actions in the order they stack: the fixed decision order, then any others by name.
    static QStringList actionOrder(const QList<audit::DayCounts> &days);
    // A round step for the value axis so that about `ticks` steps cover `maximum`.
    static qint64 niceStep(qint64 maximum, int ticks);
    // The days sorted, with the days between them that had no decisions filled in as zero.
    static QList<audit::DayCounts> continuous(const QList<audit::DayCounts> &days);

private:
    qreal plotHeight() const;
    void drawAxes(const QRectF &plot, qint64 top, qint64 step);
    void drawBars(const QRectF &plot, qint64 top);
    void drawDayLabels(const QRectF &plot);
    qreal drawLegend(qreal top);

    PageFlow &m_flow;
    QList<audit::DayCounts> m_days; // every day from the first to the last, empty ones too
    QStringList m_actions;
};

} // namespace custos::report
