#include "ui/feed/DecisionFeedFilterModel.h"

#include "ui/feed/DecisionFeedModel.h"

namespace custos {

DecisionFeedFilterModel::DecisionFeedFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Feed rows never change after insertion and the feed is never sorted: dynamic re-sorting and
    // re-filtering on dataChanged would only cost time. Inserted rows are filtered regardless.
    setDynamicSortFilter(false);
    setRecursiveFilteringEnabled(false);
}

void DecisionFeedFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_feed = qobject_cast<DecisionFeedModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void DecisionFeedFilterModel::setFilter(const FeedFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void DecisionFeedFilterModel::setDecisionFilter(const QString &decision)
{
    FeedFilter changed = m_filter;
    changed.decision = decision;
    setFilter(changed);
}

void DecisionFeedFilterModel::setServiceFilter(const QString &service)
{
    FeedFilter changed = m_filter;
    changed.service = service;
    setFilter(changed);
}

void DecisionFeedFilterModel::setUserFilter(const QString &user)
{
    FeedFilter changed = m_filter;
    changed.user = user;
    setFilter(changed);
}

void DecisionFeedFilterModel::setRuleFilter(const QString &rule)
{
    FeedFilter changed = m_filter;
    changed.rule = rule;
    setFilter(changed);
}

void DecisionFeedFilterModel::setTextFilter(const QString &text)
{
    FeedFilter changed = m_filter;
    changed.text = text;
    setFilter(changed);
}

bool DecisionFeedFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_feed == nullptr || sourceParent.isValid() || m_filter.isEmpty())
        return true;
    return m_filter.accepts(m_feed->entryAt(sourceRow));
}

} // namespace custos
