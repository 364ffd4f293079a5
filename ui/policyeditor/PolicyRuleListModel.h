#pragma once

#include "core/policy/PolicyDocument.h"

#include <QAbstractListModel>

#include <vector>

namespace custos {

// The draft's rules in policy order, as the visual editor's list shows them: the id as display
// text, "action · direction" as TwoLineItemDelegate's subtitle, the description as tooltip.
class PolicyRuleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    // Same count: changed rows report dataChanged, so the view keeps its selection. Otherwise reset.
    void setRules(std::vector<PolicyRule> rules);
    const std::vector<PolicyRule> &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<PolicyRule> m_rules;
};

} // namespace custos
