#pragma once

#include "core/evidence/EvidenceEvent.h"

#include <QAbstractTableModel>

namespace custos {

// One page of ledger events for the evidence browser. Display text is built in data(), so a page
// swap is one reset and nothing more.
class EvidenceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Kind, Actor, Service, User, Decision, Rules, Exception, Policy, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(QList<EvidenceEvent> events);
    const EvidenceEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const EvidenceEvent &event, int column) const;

    QList<EvidenceEvent> m_events;
};

} // namespace custos
