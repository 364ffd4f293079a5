#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace custos {

class StatusLabel;

// The shape the record pages share (routes, developer keys, users, legal holds): a read-only table
// of records with one row selected at a time, a form under it, a row of buttons and the outcome
// line. A page adds its form rows and buttons, fills the table with setRows() and acts on the
// selected row through selectedRowOr().
class RecordTablePage : public QWidget
{
    Q_OBJECT
public:
    RecordTablePage(const QString &tableName, const QStringList &headers, const QString &messageName,
                    QWidget *parent = nullptr);

    int rowCount() const;
    QString message() const;

protected:
    QTableWidget *table() const { return m_table; }
    QFormLayout *form() const { return m_form; }
    StatusLabel *status() const { return m_message; }
    // A button in the row under the form, after those added before it.
    QPushButton *addButton(const QString &text, const QString &objectName);
    // What the empty table says: what it will hold and which button adds the first record.
    void setEmptyText(const QString &text);
    // Replaces the rows, one string per column, and fits the columns to them.
    void setRows(const QList<QStringList> &rows);
    // The selected row; -1, after showing `whatToSelect` as the problem, when none is.
    int selectedRowOr(const QString &whatToSelect);
    // The text in `column` of the selected row; empty when none is selected.
    QString selectedText(int column = 0) const;

private:
    QTableWidget *m_table = nullptr;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    StatusLabel *m_message = nullptr;
};

} // namespace custos
