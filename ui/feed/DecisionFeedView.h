#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace custos {

class DecisionFeedFilterModel;
class DecisionFeedModel;
class FeedDetailPane;
class FeedFilterBar;

// The live feed screen: the filter row with pause/resume, the decision table (fixed row heights,
// follows the newest row while scrolled to the bottom) and the detail pane for the selected row.
class DecisionFeedView : public QWidget
{
    Q_OBJECT
public:
    // The view does not own model; several views may share one feed.
    explicit DecisionFeedView(DecisionFeedModel *model, QWidget *parent = nullptr);

    DecisionFeedModel *feedModel() const { return m_model; }
    DecisionFeedFilterModel *filterModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FeedFilterBar *filterBar() const { return m_filterBar; }
    FeedDetailPane *detailPane() const { return m_detail; }

    // Adds rich detail (prompt, response, hits, policy version, exception) for the selected entry.
    void showDetail(qint64 seq, const QString &html);

Q_SIGNALS:
    // The user selected the decision with this ledger sequence number.
    void entryActivated(qint64 seq);
    // "Explain" was clicked for the entry with this ledger sequence number.
    void explainRequested(qint64 seq);

private:
    QWidget *createToolRow();
    QWidget *createDetailArea();
    void setUpTable();
    void connectFollowTail();
    void onCurrentRowChanged(const QModelIndex &current);
    void updateStatus();
    void updatePauseButton(bool paused);

    DecisionFeedModel *m_model = nullptr;
    DecisionFeedFilterModel *m_proxy = nullptr;
    FeedFilterBar *m_filterBar = nullptr;
    QToolButton *m_pause = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    FeedDetailPane *m_detail = nullptr;
    QPushButton *m_explain = nullptr;
    QTimer m_statusTimer;
    bool m_followTail = true;
};

} // namespace custos
