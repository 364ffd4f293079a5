#pragma once

#include "ui/feed/FeedFilter.h"

#include <QSortFilterProxyModel>

namespace custos {

class DecisionFeedModel;

// Filters the live feed by decision, service, user, rule and free text.
//
// New rows are filtered as they arrive: the feed only appends and never sorts, so the proxy
// maps each inserted batch once instead of re-filtering everything. Changing the filter re-filters
// once. filterAcceptsRow reads the FeedEntry directly rather than building display strings.
class DecisionFeedFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DecisionFeedFilterModel(QObject *parent = nullptr);

    // Rows of any other source model are all accepted.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilter(const FeedFilter &filter);
    const FeedFilter &filter() const { return m_filter; }

    void setDecisionFilter(const QString &decision);
    void setServiceFilter(const QString &service);
    void setUserFilter(const QString &user);
    void setRuleFilter(const QString &rule);
    void setTextFilter(const QString &text);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DecisionFeedModel *m_feed = nullptr;
    FeedFilter m_filter;
};

} // namespace custos
