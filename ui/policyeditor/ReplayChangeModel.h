#pragma once

#include "core/publishing/DraftReplay.h"

#include <QAbstractTableModel>

namespace custos {

// The past decisions a draft would change, as the replay finds them (rows are only appended).
class ReplayChangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Service, User, Model, Recorded, Draft, DraftRules, Exception, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    // Appends the changes beyond those already shown.
    void catchUp(const std::vector<ReplayChange> &changes);
    qint64 seqAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ReplayChange> m_changes;
};

} // namespace custos
