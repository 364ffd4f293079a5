#pragma once

#include "ui/feed/FeedEntry.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <chrono>
#include <deque>

namespace custos {

// The live decision feed, built to keep up with thousands of decisions a second (the Wireshark
// packet list idea): enqueue() only queues, a short timer inserts the queue with one
// beginInsertRows, display text is built in data() for visible cells only, and the oldest rows are
// dropped in batches so memory stays bounded.
class DecisionFeedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ServiceColumn,
        UserColumn,
        ModelColumn,
        RouteColumn,
        DecisionColumn,
        RulesColumn,
        LatencyColumn,
        ColumnCount
    };

    enum Role {
        SeqRole = Qt::UserRole + 1, // qint64, the ledger sequence number
        InteractionIdRole,          // QString
        SortValueRole,              // the raw value of the column: QDateTime, double, QString
    };

    static constexpr qsizetype DefaultMaxRows = 100'000;
    static constexpr std::chrono::milliseconds DefaultFlushInterval{30};

    explicit DecisionFeedModel(QObject *parent = nullptr);

    // Queues a decision; it appears at the next flush. Call from the GUI thread.
    void enqueue(FeedEntry entry);

    // Inserts everything queued now, unless paused.
    void flush();
    void clear();

    // Paused, the feed keeps queueing (up to maxRows entries) but inserts nothing; resuming flushes.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // The cap on kept rows. Past it, the oldest rows go in one removal of at least dropBatch() rows.
    void setMaxRows(qsizetype maxRows);
    qsizetype maxRows() const { return m_maxRows; }
    qsizetype dropBatch() const;

    void setFlushInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds flushInterval() const;

    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    // Decisions dropped before anyone saw them: queued beyond the cap while paused or between flushes.
    qint64 droppedUnseenCount() const { return m_droppedUnseen; }

    // row must be a valid row of this model.
    const FeedEntry &entryAt(int row) const { return m_rows[std::size_t(row)]; }
    // The row holding seq, or -1 when it is not (or no longer) in the feed.
    int rowOfSeq(qint64 seq) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void pausedChanged(bool paused);

private:
    void scheduleFlush();
    void trimPendingToCap();
    void dropOldestRowsFor(qsizetype incoming);
    QVariant displayText(const FeedEntry &entry, int column) const;
    QVariant sortValue(const FeedEntry &entry, int column) const;
    QVariant toolTip(const FeedEntry &entry, int column) const;

    std::deque<FeedEntry> m_rows;
    std::deque<FeedEntry> m_pending;
    QTimer m_flushTimer;
    qsizetype m_maxRows = DefaultMaxRows;
    qint64 m_droppedUnseen = 0;
    bool m_paused = false;
};

} // namespace custos
