#pragma once

#include "core/audit/AuditExporter.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace custos {

class AuditExportJob;
class EvidenceStore;
class UserDirectory;

// "Export audit pack…": asks for the period, services, payload mode and destination, re-asks the
// exporter's password, runs the export on a worker thread with progress and cancel, and then shows
// the pack's fingerprint, the export key's fingerprint (which the auditor must get by another
// channel) and "Open folder".
class AuditExportDialog : public QDialog
{
    Q_OBJECT
public:
    AuditExportDialog(std::shared_ptr<EvidenceStore> store, std::shared_ptr<const UserDirectory> users,
                      QString exporter, QWidget *parent = nullptr);
    ~AuditExportDialog() override;

    // The request the form describes now (for tests and the export button).
    audit::ExportRequest request() const;
    QString packPath() const { return m_packPath; }

private:
    QWidget *buildForm();
    QWidget *buildResult();
    void fillServices();
    void updateState();
    void chooseDestination();
    void startExport();
    void cancelOrClose();
    void onProgress(int percent, const QString &stage);
    void onSucceeded(const audit::ExportResult &result);
    void onFailed(const QString &message, bool cancelled);
    void openFolder();

    std::shared_ptr<EvidenceStore> m_store;
    QString m_exporter;
    AuditExportJob *m_job = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QListWidget *m_services = nullptr;
    QComboBox *m_payloads = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_destination = nullptr;
    QCheckBox *m_zip = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QWidget *m_result = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_keyFingerprint = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QString m_packPath;
};

} // namespace custos
