#include "ui/widgets/RecordTablePage.h"

#include "ui/widgets/EmptyStateLabel.h"
#include "ui/widgets/StatusLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos {

RecordTablePage::RecordTablePage(const QString &tableName, const QStringList &headers,
                                 const QString &messageName, QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(tableName);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new StatusLabel(messageName, this);

    m_form = new QFormLayout;
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_form);
    layout->addLayout(m_buttons);
    layout->addWidget(m_message);
}

QPushButton *RecordTablePage::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    // Before the closing stretch, so the buttons stay together on the left.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void RecordTablePage::setEmptyText(const QString &text)
{
    if (auto *label = m_table->findChild<EmptyStateLabel *>())
        label->setText(text);
    else
        EmptyStateLabel::attach(m_table, text);
}

void RecordTablePage::setRows(const QList<QStringList> &rows)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        for (int column = 0; column < cells.size() && column < m_table->columnCount(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

int RecordTablePage::selectedRowOr(const QString &whatToSelect)
{
    const int row = m_table->currentRow();
    if (row < 0)
        m_message->showProblem(whatToSelect);
    return row;
}

QString RecordTablePage::selectedText(int column) const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row < 0 ? nullptr : m_table->item(row, column);
    return item ? item->text() : QString();
}

int RecordTablePage::rowCount() const
{
    return m_table->rowCount();
}

QString RecordTablePage::message() const
{
    return m_message->text();
}

} // namespace custos
