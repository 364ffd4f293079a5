#include "ui/feed/DecisionFeedView.h"

#include "ui/feed/DecisionFeedFilterModel.h"
#include "ui/feed/DecisionFeedModel.h"
#include "ui/feed/FeedDetailPane.h"
#include "ui/feed/FeedFilterBar.h"
#include "ui/widgets/DecisionChipDelegate.h"
#include "ui/widgets/EmptyStateLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace custos {

namespace {

constexpr std::chrono::milliseconds statusThrottle{100};

// Typical content per column: widths come from these, never from measuring rows.
struct ColumnSample
{
    int column;
    const char *text;
};

constexpr ColumnSample columnSamples[] = {
    {DecisionFeedModel::TimeColumn, "88:88:88.888"},
    {DecisionFeedModel::ServiceColumn, "support-assistant"},
    {DecisionFeedModel::UserColumn, "someone.else"},
    {DecisionFeedModel::ModelColumn, "claude-sonnet-4-5"},
    {DecisionFeedModel::RouteColumn, "anthropic-eu"},
    {DecisionFeedModel::DecisionColumn, "require_exception"},
    {DecisionFeedModel::LatencyColumn, "Latency (ms)"},
};

constexpr int cellPadding = 16;

} // namespace

DecisionFeedView::DecisionFeedView(DecisionFeedModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new DecisionFeedFilterModel(this))
    , m_filterBar(new FeedFilterBar(this))
    , m_table(new QTableView(this))
    , m_detail(new FeedDetailPane(this))
{
    setObjectName(QStringLiteral("decisionFeed"));
    m_proxy->setSourceModel(m_model);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("feedSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(createDetailArea());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolRow());
    layout->addWidget(splitter, 1);

    setUpTable();
    connectFollowTail();

    connect(m_filterBar, &FeedFilterBar::filterChanged, m_proxy, &DecisionFeedFilterModel::setFilter);
    connect(m_model, &DecisionFeedModel::pausedChanged, this, &DecisionFeedView::updatePauseButton);

    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(statusThrottle);
    connect(&m_statusTimer, &QTimer::timeout, this, &DecisionFeedView::updateStatus);
    const auto scheduleStatus = [this] {
        if (!m_statusTimer.isActive())
            m_statusTimer.start();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, scheduleStatus);
    connect(m_model, &DecisionFeedModel::pausedChanged, this, scheduleStatus);
    updatePauseButton(m_model->isPaused());
    updateStatus();
}

// The detail pane with its "Explain" button, which asks for the full explanation of the entry shown.
QWidget *DecisionFeedView::createDetailArea()
{
    auto *area = new QWidget(this);
    m_explain = new QPushButton(tr("Explain"), area);
    m_explain->setObjectName(QStringLiteral("feedExplain"));
    m_explain->setToolTip(tr("The decision, rules, hits, policy version, exception and chain position, "
                             "as custosctl explain shows them"));
    m_explain->setEnabled(false);
    connect(m_explain, &QPushButton::clicked, this, [this] {
        if (m_detail->shownSeq() > 0)
            Q_EMIT explainRequested(m_detail->shownSeq());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_explain);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_detail, 1);
    layout->addLayout(buttons);
    return area;
}

QWidget *DecisionFeedView::createToolRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar, 1);

    m_pause = new QToolButton(row);
    m_pause->setObjectName(QStringLiteral("feedPause"));
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_pause, &QToolButton::toggled, m_model, &DecisionFeedModel::setPaused);
    layout->addWidget(m_pause);

    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("feedStatus"));
    layout->addWidget(m_status);
    return row;
}

void DecisionFeedView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("feedTable"));
    m_table->setAccessibleName(tr("Decisions"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(DecisionFeedModel::DecisionColumn, new DecisionChipDelegate(m_table));
    EmptyStateLabel::attach(m_table,
                            tr("No decisions to show. Point an SDK at the gateway's address (see the "
                               "header) and each request it decides appears here; if a filter is set, "
                               "loosen it."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Fixed, uniform row heights: the view never measures a row, so layout stays O(visible rows).
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(DecisionFeedModel::RulesColumn, QHeaderView::Stretch);
    columns->setHighlightSections(false);
    for (const ColumnSample &sample : columnSamples) {
        int width = fontMetrics().horizontalAdvance(QString::fromLatin1(sample.text)) + cellPadding;
        if (sample.column == DecisionFeedModel::DecisionColumn)
            width += fontMetrics().height() + 8; // the chip: its rounded ends and its inset in the cell
        columns->resizeSection(sample.column, width);
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionFeedView::onCurrentRowChanged);
}

void DecisionFeedView::connectFollowTail()
{
    // Follow the newest decision only while the user is looking at the bottom, so reading older
    // rows is never interrupted. The scroll range grows after the view's delayed layout, not on
    // rowsInserted, so follow the range itself.
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followTail)
            bar->setValue(maximum);
    });
}

void DecisionFeedView::onCurrentRowChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid()) {
        m_detail->clearEntry();
        m_explain->setEnabled(false);
        return;
    }
    const FeedEntry &entry = m_model->entryAt(source.row());
    if (entry.seq == m_detail->shownSeq())
        return;
    m_detail->showEntry(entry);
    m_explain->setEnabled(entry.seq > 0);
    Q_EMIT entryActivated(entry.seq);
}

void DecisionFeedView::showDetail(qint64 seq, const QString &html)
{
    m_detail->showDetail(seq, html);
}

void DecisionFeedView::updatePauseButton(bool paused)
{
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                             : QStringLiteral("media-playback-pause")));
    m_pause->setToolTip(paused ? tr("Show the decisions queued while paused and follow new ones")
                               : tr("Stop inserting new decisions; they are kept and shown on resume"));
}

void DecisionFeedView::updateStatus()
{
    const QLocale locale;
    QString text = tr("%1 of %2 decisions")
                       .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount()));
    if (m_model->isPaused())
        text += tr(" · %1 waiting").arg(locale.toString(m_model->pendingCount()));
    m_status->setText(text);
    if (m_model->isPaused()) // nothing is inserted while paused, so poll the waiting count
        m_statusTimer.start();
}

} // namespace custos
