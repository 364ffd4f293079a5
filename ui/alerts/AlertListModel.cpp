#include "ui/alerts/AlertListModel.h"

#include <QLocale>

#include <algorithm>

namespace custos {
namespace {

// What a poll compares: a new alert or a decision changes it.
bool sameAlertRecords(const QList<AlertRecord> &a, const QList<AlertRecord> &b)
{
    return std::ranges::equal(a, b, [](const AlertRecord &x, const AlertRecord &y) {
        return x.alert.id == y.alert.id && x.state == y.state && x.seq == y.seq;
    });
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AlertListModel::setRecords(QList<AlertRecord> records)
{
    std::ranges::reverse(records);
    if (sameAlertRecords(records, m_records))
        return;
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const AlertRecord *AlertListModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int AlertListModel::rowOf(const QString &alertId) const
{
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records.at(row).alert.id == alertId)
            return row;
    return -1;
}

int AlertListModel::openCount() const
{
    return int(std::ranges::count_if(m_records, &AlertRecord::isUndecided));
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, index.column());
    case Qt::ToolTipRole:
        return index.column() == StatisticColumn
                   ? tr("Baseline %1, over-dispersion %2")
                         .arg(numberText(record.alert.baseline), numberText(record.alert.dispersion))
                   : QVariant();
    case AlertIdRole:
        return record.alert.id;
    default:
        return {};
    }
}

QString AlertListModel::displayText(const AlertRecord &record, int column) const
{
    const WatchAlert &alert = record.alert;
    switch (column) {
    case AlertColumn:
        return alert.id;
    case UserColumn:
        return alert.user;
    case ClassColumn:
        return alert.valueClass;
    case WatcherColumn:
        return watcherText(alert.watcher);
    case StatisticColumn:
        return statisticText(alert);
    case WindowsColumn:
        return windowsText(alert);
    case RaisedColumn:
        return QLocale().toString(record.recorded.toLocalTime(), QLocale::ShortFormat);
    case StateColumn:
        return stateText(record);
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // Two-line headers for the long ones, so the table fits a window without a scroll bar.
    switch (section) {
    case AlertColumn:
        return tr("Alert");
    case UserColumn:
        return tr("User");
    case ClassColumn:
        return tr("Class");
    case WatcherColumn:
        return tr("Watcher");
    case StatisticColumn:
        return tr("Statistic /\nthreshold");
    case WindowsColumn:
        return tr("Distinct values\nin 1/7/30/42 days");
    case RaisedColumn:
        return tr("Raised");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QString AlertListModel::numberText(double value)
{
    return QLocale().toString(value, 'g', 4);
}

QString AlertListModel::watcherText(const QString &watcher)
{
    if (watcher == u"novel_values")
        return tr("novel values", "watcher");
    if (watcher == u"budget")
        return tr("budget", "watcher");
    return watcher;
}

QString AlertListModel::stateText(const AlertRecord &record)
{
    switch (record.state) {
    case AlertRecord::State::Open:
        return tr("awaiting a decision", "alert state");
    case AlertRecord::State::Escalated:
        return tr("escalated by %1, for a risk officer", "alert state").arg(record.escalatedBy);
    case AlertRecord::State::Dismissed:
        return tr("dismissed by %1", "alert state").arg(record.decidedBy);
    case AlertRecord::State::Confirmed:
        return tr("confirmed by %1", "alert state").arg(record.decidedBy);
    }
    return {};
}

QString AlertListModel::statisticText(const WatchAlert &alert)
{
    return tr("%1 against %2").arg(numberText(alert.statistic), numberText(alert.threshold));
}

QString AlertListModel::windowsText(const WatchAlert &alert)
{
    QStringList counts;
    for (int count : alert.windowCounts)
        counts << QLocale().toString(count);
    return counts.join(QStringLiteral(" · "));
}

} // namespace custos
