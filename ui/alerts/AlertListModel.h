#pragma once

#include "core/watch/AlertBook.h"

#include <QAbstractTableModel>

namespace custos {

// The alerts of the store as a table, newest first: the alert, user, value class, watcher, the
// statistic against its threshold, the distinct counts of the 1, 7, 30 and 42-day windows, when it
// was raised and its state. Display text is built in data(); setRecords() resets only when
// something changed, so a poll that finds nothing new keeps the selection.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AlertColumn,
        UserColumn,
        ClassColumn,
        WatcherColumn,
        StatisticColumn,
        WindowsColumn,
        RaisedColumn,
        StateColumn,
        ColumnCount
    };
    // The alert's id, for views and tests.
    static constexpr int AlertIdRole = Qt::UserRole + 1;

    explicit AlertListModel(QObject *parent = nullptr);

    // Takes the book's records (oldest first, as AlertBook keeps them).
    void setRecords(QList<AlertRecord> records);
    const AlertRecord *record(int row) const;
    int rowOf(const QString &alertId) const;
    int openCount() const; // undecided: open or escalated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString numberText(double value); // in the locale, four significant digits
    static QString watcherText(const QString &watcher);
    static QString stateText(const AlertRecord &record);
    static QString statisticText(const WatchAlert &alert);
    static QString windowsText(const WatchAlert &alert);

private:
    QString displayText(const AlertRecord &record, int column) const;

    QList<AlertRecord> m_records; // newest first
};

} // namespace custos
