#include "ui/policyeditor/PolicyRuleListModel.h"

#include "ui/widgets/TwoLineItemDelegate.h"

namespace custos {

void PolicyRuleListModel::setRules(std::vector<PolicyRule> rules)
{
    if (rules.size() != m_rules.size()) {
        beginResetModel();
        m_rules = std::move(rules);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < rules.size(); ++row) {
        if (rules[row] == m_rules[row])
            continue;
        m_rules[row] = std::move(rules[row]);
        const QModelIndex changed = index(static_cast<int>(row));
        Q_EMIT dataChanged(changed, changed);
    }
}

int PolicyRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

QVariant PolicyRuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyRule &rule = m_rules[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return rule.id.isEmpty() ? tr("(no id)") : rule.id;
    case TwoLineItemDelegate::SubtitleRole:
        return tr("%1 · %2").arg(actionName(rule.action), directionName(rule.direction));
    case Qt::AccessibleTextRole: // a screen reader hears the entry as one
        return tr("%1, %2 · %3")
            .arg(rule.id.isEmpty() ? tr("(no id)") : rule.id, actionName(rule.action),
                 directionName(rule.direction));
    case Qt::ToolTipRole:
        return rule.description;
    case Qt::UserRole:
        return rule.id;
    default:
        return {};
    }
}

} // namespace custos
