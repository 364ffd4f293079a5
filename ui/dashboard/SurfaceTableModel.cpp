#include "ui/dashboard/SurfaceTableModel.h"

#include <QLocale>

namespace custos {

int SurfaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SurfaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SurfaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return value.typeId() == QMetaType::Double ? QLocale().toString(value.toDouble(), 'f', 1)
                                                   : value.toString();
    case RowRole:
        return index.row();
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SurfaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant();
    return section < m_rows.size() ? QVariant(section + 1) : QVariant();
}

QStringList SurfaceTableModel::rowLabels() const
{
    QStringList labels;
    for (const QVariantList &row : m_rows)
        labels.append(row.value(0).toString());
    return labels;
}

void SurfaceTableModel::setTable(QStringList headers, QList<QVariantList> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace custos
