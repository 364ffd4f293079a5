#include "ui/policyeditor/ReplayChangeModel.h"

#include <QColor>

namespace custos {

void ReplayChangeModel::clear()
{
    beginResetModel();
    m_changes.clear();
    endResetModel();
}

void ReplayChangeModel::catchUp(const std::vector<ReplayChange> &changes)
{
    if (changes.size() <= m_changes.size())
        return;
    beginInsertRows({}, static_cast<int>(m_changes.size()), static_cast<int>(changes.size()) - 1);
    m_changes.insert(m_changes.end(), changes.begin() + static_cast<std::ptrdiff_t>(m_changes.size()),
                     changes.end());
    endInsertRows();
}

qint64 ReplayChangeModel::seqAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_changes[static_cast<std::size_t>(row)].seq : 0;
}

int ReplayChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int ReplayChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplayChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplayChange &change = m_changes[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Draft)
        return QColor(change.draftDecision == u"block" || change.draftDecision == u"require_exception"
                          ? Qt::darkRed
                          : Qt::darkGreen);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return change.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Service:
        return change.service;
    case User:
        return change.user;
    case Model:
        return change.model;
    case Recorded:
        return change.recordedDecision;
    case Draft:
        return change.draftDecision;
    case DraftRules:
        return change.draftRules.join(QStringLiteral(", "));
    case Exception:
        return change.exceptionId;
    default:
        return {};
    }
}

QVariant ReplayChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[] = {QT_TR_NOOP("Time"),        QT_TR_NOOP("Service"),
                                         QT_TR_NOOP("User"),        QT_TR_NOOP("Model"),
                                         QT_TR_NOOP("Was"),         QT_TR_NOOP("Would be"),
                                         QT_TR_NOOP("Draft rules"), QT_TR_NOOP("Passed under exception")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace custos
