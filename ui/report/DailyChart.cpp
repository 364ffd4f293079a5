#include "ui/report/DailyChart.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace custos::report {

namespace {

const QStringList kDecisionOrder{
    QStringLiteral("allow"),   QStringLiteral("monitor"),           QStringLiteral("redact"),
    QStringLiteral("reroute"), QStringLiteral("require_exception"), QStringLiteral("block")};

qint64 dayTotal(const audit::DayCounts &day)
{
    qint64 total = 0;
    for (const qint64 count : day.byAction)
        total += count;
    return total;
}

} // namespace

DailyChart::DailyChart(PageFlow &flow, const QList<audit::DayCounts> &days)
    : m_flow(flow)
    , m_days(continuous(days))
    , m_actions(actionOrder(days))
{}

QStringList DailyChart::actionOrder(const QList<audit::DayCounts> &days)
{
    QSet<QString> present;
    for (const audit::DayCounts &day : days)
        for (auto it = day.byAction.cbegin(); it != day.byAction.cend(); ++it)
            present.insert(it.key());
    QStringList order;
    for (const QString &action : kDecisionOrder)
        if (present.remove(action))
            order.append(action);
    QStringList others(present.cbegin(), present.cend());
    others.sort();
    return order + others;
}

QList<audit::DayCounts> DailyChart::continuous(const QList<audit::DayCounts> &days)
{
    QMap<QDate, audit::DayCounts> byDay;
    for (const audit::DayCounts &day : days) {
        if (!day.day.isValid())
            continue;
        audit::DayCounts &merged = byDay[day.day];
        merged.day = day.day;
        for (auto it = day.byAction.cbegin(); it != day.byAction.cend(); ++it)
            merged.byAction[it.key()] += it.value();
    }
    QList<audit::DayCounts> filled;
    if (byDay.isEmpty())
        return filled;
    for (QDate day = byDay.firstKey(); day <= byDay.lastKey(); day = day.addDays(1))
        filled.append(byDay.value(day, audit::DayCounts{day, {}}));
    return filled;
}

qint64 DailyChart::niceStep(qint64 maximum, int ticks)
{
    if (maximum <= 0)
        return 1;
    const double raw = double(maximum) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return std::max<qint64>(1, qint64(std::llround(factor * magnitude)));
    }
    return std::max<qint64>(1, qint64(std::llround(10 * magnitude)));
}

qreal DailyChart::plotHeight() const
{
    return m_flow.style().pt(170);
}

qreal DailyChart::height() const
{
    // Title, plot, day labels, axis title and up to two legend lines stay together on one page.
    const qreal label = m_flow.lineHeight(m_flow.style().small());
    return label * 1.5 + plotHeight() + label * 2 + label * 1.5 + label * 2 + m_flow.style().pt(6);
}

void DailyChart::draw()
{
    const ReportStyle &style = m_flow.style();
    const qreal label = m_flow.lineHeight(style.small());
    const qreal plotHeight = this->plotHeight();
    m_flow.ensureSpace(height());

    qint64 maximum = 0;
    for (const audit::DayCounts &day : m_days)
        maximum = std::max(maximum, dayTotal(day));
    const qint64 step = niceStep(maximum, 5);
    const qint64 top = std::max<qint64>(step, (maximum + step - 1) / step * step);

    const qreal axisWidth = m_flow.textWidth(QString::number(top), style.small()) + style.pt(8);
    m_flow.addText(m_flow.left(), m_flow.y(), QStringLiteral("interactions per day"), style.small(),
                   style.muted());
    m_flow.advance(label * 1.5);
    const QRectF plot(m_flow.left() + axisWidth, m_flow.y(), m_flow.width() - axisWidth, plotHeight);
    drawAxes(plot, top, step);
    drawBars(plot, top);
    drawDayLabels(plot);
    m_flow.advance(plotHeight + label * 2);
    const QString axisTitle = QStringLiteral("day (UTC)");
    m_flow.addText(plot.center().x() - m_flow.textWidth(axisTitle, style.small()) / 2, m_flow.y(), axisTitle,
                   style.small(), style.muted());
    m_flow.advance(label * 1.5);
    m_flow.advance(drawLegend(m_flow.y()) + style.pt(6));
}

void DailyChart::drawAxes(const QRectF &plot, qint64 top, qint64 step)
{
    const ReportStyle &style = m_flow.style();
    const qreal label = m_flow.lineHeight(style.small());
    for (qint64 value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * double(value) / double(top);
        m_flow.add(
            PageLine{QLineF(plot.left(), y, plot.right(), y), style.zebraFill().darker(108), style.pt(0.3)});
        const QString text = QString::number(value);
        m_flow.addText(plot.left() - style.pt(4) - m_flow.textWidth(text, style.small()), y - label / 2, text,
                       style.small(), style.muted());
    }
    m_flow.add(PageLine{QLineF(plot.bottomLeft(), plot.topLeft()), style.ink(), style.pt(0.6)});
    m_flow.add(PageLine{QLineF(plot.bottomLeft(), plot.bottomRight()), style.ink(), style.pt(0.6)});
}

void DailyChart::drawBars(const QRectF &plot, qint64 top)
{
    if (m_days.isEmpty())
        return;
    const qreal slot = plot.width() / m_days.size();
    const qreal barWidth = slot * 0.7;
    for (int i = 0; i < m_days.size(); ++i) {
        const qreal x = plot.left() + i * slot + (slot - barWidth) / 2;
        qreal base = plot.bottom();
        for (const QString &action : m_actions) {
            const qint64 count = m_days[i].byAction.value(action);
            if (count <= 0)
                continue;
            const qreal height = plot.height() * double(count) / double(top);
            m_flow.add(PageBox{
                QRectF(x, base - height, barWidth, height), m_flow.style().actionColour(action), {}, 0});
            base -= height;
        }
    }
}

void DailyChart::drawDayLabels(const QRectF &plot)
{
    if (m_days.isEmpty())
        return;
    const ReportStyle &style = m_flow.style();
    const qreal slot = plot.width() / m_days.size();
    const qreal labelWidth = m_flow.textWidth(QStringLiteral("00-00"), style.small()) + style.pt(4);
    // Label every k-th day, k chosen so that labels never touch.
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    for (int i = 0; i < m_days.size(); i += every) {
        const QString text = m_days[i].day.toString(QStringLiteral("MM-dd"));
        const qreal width = m_flow.textWidth(text, style.small());
        const qreal x = plot.left() + (i + 0.5) * slot - width / 2;
        // A label centred under a bar at either end could stick out of the page body: leave it out.
        if (x < m_flow.left() || x + width > plot.right())
            continue;
        // Below the half line that the value axis' "0" reaches down into.
        m_flow.addText(x, plot.bottom() + m_flow.lineHeight(style.small()) / 2 + style.pt(1), text,
                       style.small(), style.muted());
    }
}

qreal DailyChart::drawLegend(qreal top)
{
    const ReportStyle &style = m_flow.style();
    const qreal line = m_flow.lineHeight(style.small());
    const qreal swatch = line * 0.7;
    qreal x = m_flow.left();
    qreal y = top;
    for (const QString &action : m_actions) {
        const qreal width = swatch + style.pt(3) + m_flow.textWidth(action, style.small()) + style.pt(12);
        if (x + width > m_flow.left() + m_flow.width()) {
            x = m_flow.left();
            y += line;
        }
        m_flow.add(
            PageBox{QRectF(x, y + (line - swatch) / 2, swatch, swatch), style.actionColour(action), {}, 0});
        m_flow.addText(x + swatch + style.pt(3), y, action, style.small(), style.ink());
        x += width;
    }
    return y + line - top;
}

} // namespace custos::report
