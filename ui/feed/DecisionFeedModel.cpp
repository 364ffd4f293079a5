#include "ui/feed/DecisionFeedModel.h"

#include <QColor>

#include <algorithm>

namespace custos {

namespace {

QColor decisionColor(const QString &decision)
{
    if (decision == u"block")
        return QColor(0xc0, 0x1c, 0x28);
    if (decision == u"require_exception")
        return QColor(0xb3, 0x50, 0x00);
    if (decision == u"redact" || decision == u"reroute")
        return QColor(0x1c, 0x71, 0xd8);
    return {};
}

} // namespace

DecisionFeedModel::DecisionFeedModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(DefaultFlushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &DecisionFeedModel::flush);
}

void DecisionFeedModel::enqueue(FeedEntry entry)
{
    m_pending.push_back(std::move(entry));
    trimPendingToCap();
    scheduleFlush();
}

void DecisionFeedModel::scheduleFlush()
{
    if (!m_paused && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void DecisionFeedModel::trimPendingToCap()
{
    // Rows past the cap would be dropped by the flush anyway; dropping them here bounds the
    // memory a long pause can take.
    while (qsizetype(m_pending.size()) > m_maxRows) {
        m_pending.pop_front();
        ++m_droppedUnseen;
    }
}

void DecisionFeedModel::flush()
{
    m_flushTimer.stop();
    if (m_paused || m_pending.empty())
        return;
    const auto incoming = qsizetype(m_pending.size());
    dropOldestRowsFor(incoming);
    const int first = rowCount();
    beginInsertRows({}, first, first + int(incoming) - 1);
    std::ranges::move(m_pending, std::back_inserter(m_rows));
    m_pending.clear();
    endInsertRows();
}

qsizetype DecisionFeedModel::dropBatch() const
{
    // Dropping a tenth at once keeps removals (which cost the proxy and the view a full pass) rare.
    return std::max<qsizetype>(1, m_maxRows / 10);
}

void DecisionFeedModel::dropOldestRowsFor(qsizetype incoming)
{
    const auto kept = qsizetype(m_rows.size());
    const qsizetype overflow = kept + incoming - m_maxRows;
    if (overflow <= 0 || kept == 0)
        return;
    const qsizetype count = std::min(kept, std::max(overflow, dropBatch()));
    beginRemoveRows({}, 0, int(count) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

void DecisionFeedModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_flushTimer.stop();
    endResetModel();
}

void DecisionFeedModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!m_paused)
        flush();
    Q_EMIT pausedChanged(m_paused);
}

void DecisionFeedModel::setMaxRows(qsizetype maxRows)
{
    m_maxRows = std::max<qsizetype>(1, maxRows);
    trimPendingToCap();
    const qsizetype excess = qsizetype(m_rows.size()) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
}

void DecisionFeedModel::setFlushInterval(std::chrono::milliseconds interval)
{
    m_flushTimer.setInterval(interval);
}

std::chrono::milliseconds DecisionFeedModel::flushInterval() const
{
    return m_flushTimer.intervalAsDuration();
}

int DecisionFeedModel::rowOfSeq(qint64 seq) const
{
    // Newest rows are the likeliest to be asked for, so search from the end.
    const auto found = std::find_if(m_rows.rbegin(), m_rows.rend(),
                                    [seq](const FeedEntry &entry) { return entry.seq == seq; });
    return found == m_rows.rend() ? -1 : int(std::distance(found, m_rows.rend()) - 1);
}

int DecisionFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == LatencyColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole: {
        const QColor color = index.column() == DecisionColumn ? decisionColor(entry.decision) : QColor();
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case SeqRole:
        return entry.seq;
    case InteractionIdRole:
        return entry.interactionId;
    case SortValueRole:
        return sortValue(entry, index.column());
    default:
        return {};
    }
}

QVariant DecisionFeedModel::displayText(const FeedEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case ServiceColumn:
        return entry.service;
    case UserColumn:
        return entry.user;
    case ModelColumn:
        return entry.model;
    case RouteColumn:
        return entry.route;
    case DecisionColumn:
        return entry.decision;
    case RulesColumn:
        return entry.rules.join(QStringLiteral(", "));
    case LatencyColumn:
        return QString::number(entry.latencyMs, 'f', 1);
    default:
        return {};
    }
}

QVariant DecisionFeedModel::sortValue(const FeedEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time;
    case RulesColumn:
        return entry.rules;
    case LatencyColumn:
        return entry.latencyMs;
    default:
        return displayText(entry, column);
    }
}

QVariant DecisionFeedModel::toolTip(const FeedEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toLocalTime().toString(Qt::ISODateWithMs);
    case RulesColumn:
        return entry.rules.join(u'\n');
    default:
        return {};
    }
}

QVariant DecisionFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ServiceColumn:
        return tr("Service");
    case UserColumn:
        return tr("User");
    case ModelColumn:
        return tr("Model");
    case RouteColumn:
        return tr("Route");
    case DecisionColumn:
        return tr("Decision");
    case RulesColumn:
        return tr("Rules");
    case LatencyColumn:
        return tr("Latency (ms)");
    default:
        return {};
    }
}

QHash<int, QByteArray> DecisionFeedModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(InteractionIdRole, "interactionId");
    names.insert(SortValueRole, "sortValue");
    return names;
}

} // namespace custos
