#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <utility>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace custos {

class EvidenceStore;
class UserDirectory;

namespace report {
struct RiskReportResult;
}

// The dashboard's "Export…": the risk-surface report of the period the dashboard shows, as a PDF
// (ui/report's RiskReportExporter, the writer `custosctl report risk-surface` runs). Asks for the
// destination and the exporter's password again (auditors, risk officers and admins may export),
// writes on a pool thread, and shows the file and its SHA-256, or why nothing was written.
class RiskReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    RiskReportExportDialog(std::shared_ptr<EvidenceStore> store, std::shared_ptr<const UserDirectory> users,
                           QString exporter, int days, bool pseudonymise, QWidget *parent = nullptr);
    ~RiskReportExportDialog() override;

    void setDestination(const QString &path);
    void setPassword(const QString &password);
    void startExport();
    bool isExporting() const { return m_watcher.isRunning(); }
    QString outcome() const; // the result or problem line

Q_SIGNALS:
    void finished(bool written);

private:
    void chooseDestination();
    void updateState();
    void showOutcome();

    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<const UserDirectory> m_users;
    QString m_exporter;
    int m_days;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_pseudonymise = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_export = nullptr;
    QFutureWatcher<std::pair<bool, QString>> m_watcher; // written, and what to say
};

} // namespace custos
