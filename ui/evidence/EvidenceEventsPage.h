#pragma once

#include "core/evidence/EvidenceQuery.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace custos {

class EvidenceStore;
class EvidenceTableModel;
class ExplainDialog;

// Search and filter over the ledger, one page at a time, with the selected event in full.
class EvidenceEventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceEventsPage(std::shared_ptr<const EvidenceStore> store, QWidget *parent = nullptr);

    static constexpr int PageSize = 100;

    // Runs the query the filter fields describe, from the newest event.
    void search();
    // Every event of one exception: its request, decision, uses and revocation.
    void showException(const QString &exceptionId);
    void showOlder();
    void showNewer();
    // Opens the Explain dialog for the selected interaction; nullptr when none is selected.
    ExplainDialog *explainSelected();
    EvidenceTableModel *model() const { return m_model; }

private:
    EvidenceQuery queryFromFields() const;
    void load(qint64 cursor);
    void showDetail();

    std::shared_ptr<const EvidenceStore> m_store;
    EvidenceTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_decision = nullptr;
    QLineEdit *m_rule = nullptr;
    QLineEdit *m_exception = nullptr;
    QPushButton *m_newer = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_status = nullptr;
    EvidenceQuery m_query;
    QList<qint64> m_cursors; // the cursor of each page shown so far; the last is the current page
    qint64 m_nextCursor = 0;
};

} // namespace custos
