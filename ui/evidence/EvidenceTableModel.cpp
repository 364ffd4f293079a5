#include "ui/evidence/EvidenceTableModel.h"

#include <QLocale>

namespace custos {

void EvidenceTableModel::setEvents(QList<EvidenceEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const EvidenceEvent *EvidenceTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int EvidenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EvidenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceTableModel::text(const EvidenceEvent &event, int column) const
{
    switch (column) {
    case Seq:
        return QString::number(event.seq);
    case Time:
        return event.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Kind:
        return eventKindName(event.kind);
    case Actor:
        return event.actor;
    case Service:
        return event.service;
    case User:
        return event.user;
    case Decision:
        return event.tombstoned ? tr("(erased)") : event.decision;
    case Rules:
        return event.rules.join(QStringLiteral(", "));
    case Exception:
        return event.exceptionId;
    case Policy:
        return event.policyHash.left(12);
    default:
        return {};
    }
}

QVariant EvidenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EvidenceEvent &event = m_events.at(index.row());
    if (role == Qt::DisplayRole)
        return text(event, index.column());
    if (role == Qt::ToolTipRole && index.column() == Policy)
        return event.policyHash;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Seq"),       QT_TR_NOOP("Time"),  QT_TR_NOOP("Kind"),     QT_TR_NOOP("Actor"),
        QT_TR_NOOP("Service"),   QT_TR_NOOP("User"),  QT_TR_NOOP("Decision"), QT_TR_NOOP("Rules"),
        QT_TR_NOOP("Exception"), QT_TR_NOOP("Policy")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace custos
