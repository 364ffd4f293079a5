#include "ui/alerts/AlertDetailText.h"

#include "ui/alerts/AlertListModel.h"

#include <QLocale>

namespace custos {
namespace {

QString detailRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString alertSeverityText(const QString &severity)
{
    if (severity == u"warning")
        return AlertDetailText::tr("warning", "alert severity");
    if (severity == u"high")
        return AlertDetailText::tr("high", "alert severity");
    return severity;
}

// A budget alert's "baseline" is the budget's window in days; the novelty watcher's is the number of
// new values a day expected.
QString baselineRow(const WatchAlert &alert)
{
    if (alert.watcher == u"budget")
        return detailRow(AlertDetailText::tr("Budget window"),
                         AlertDetailText::tr("%n day(s)", nullptr, int(alert.baseline)));
    return detailRow(
        AlertDetailText::tr("Baseline"),
        AlertDetailText::tr("%1 new values a day").arg(AlertListModel::numberText(alert.baseline)));
}

} // namespace

QString AlertDetailText::html(const AlertRecord &record)
{
    const WatchAlert &alert = record.alert;
    QStringList windows;
    static constexpr int kDays[] = {1, 7, 30, 42};
    for (int i = 0; i < alert.windowCounts.size() && i < 4; ++i)
        windows << tr("%1 in %n day(s)", nullptr, kDays[i]).arg(QLocale().toString(alert.windowCounts.at(i)));
    QString rows =
        detailRow(
            tr("Watcher"),
            tr("%1 (version %2)").arg(AlertListModel::watcherText(alert.watcher)).arg(alert.watcherVersion)) +
        detailRow(tr("User"), alert.user) + detailRow(tr("Service"), alert.service) +
        detailRow(tr("Class"), alert.valueClass) +
        detailRow(tr("Severity"), alertSeverityText(alert.severity)) +
        detailRow(tr("Day"), QLocale().toString(alert.day, QLocale::ShortFormat)) +
        detailRow(tr("Statistic"), AlertListModel::numberText(alert.statistic)) +
        detailRow(tr("Threshold"), AlertListModel::numberText(alert.threshold)) + baselineRow(alert) +
        detailRow(tr("New values that day"), QLocale().toString(alert.novelToday)) +
        detailRow(tr("Distinct values"), windows.join(QStringLiteral(", "))) +
        detailRow(tr("Policy version"), alert.policyHash.left(12)) +
        detailRow(tr("State"), AlertListModel::stateText(record));
    if (!record.escalatedBy.isEmpty())
        rows += detailRow(tr("Escalated"), tr("by %1: %2").arg(record.escalatedBy, record.escalationReason));
    if (!record.isUndecided() && !record.reason.isEmpty())
        rows += detailRow(tr("Reason"), record.reason);
    return QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">%2</table>")
        .arg(alert.id.toHtmlEscaped(), rows);
}

} // namespace custos
