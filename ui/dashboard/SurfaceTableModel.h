#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace custos {

struct RiskSurface;

// The base of the dashboard's chart models: a table of plain values (QString, qint64, double,
// QDate) that a chart reads through a model mapper and a screen reader or a test reads as a table.
// Numbers stay numbers in the display role, so QVBarModelMapper charts them and the view formats
// them in the user's locale. Each subclass turns one part of a RiskSurface into rows.
class SurfaceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The row number, for a chart that draws the rows bottom-up (sorted by it, descending).
    static constexpr int RowRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    virtual void setSurface(const RiskSurface &surface) = 0;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The first column's text of each row: the chart's categories.
    QStringList rowLabels() const;

protected:
    // Replaces everything in one model reset.
    void setTable(QStringList headers, QList<QVariantList> rows);

private:
    QStringList m_headers;
    QList<QVariantList> m_rows;
};

} // namespace custos
