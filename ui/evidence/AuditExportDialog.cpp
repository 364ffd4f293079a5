#include "ui/evidence/AuditExportDialog.h"

#include "core/evidence/EvidenceStore.h"
#include "ui/evidence/AuditExportJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace custos {

namespace {

QDateTimeEdit *utcEdit(const QDateTime &value, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(value, parent);
    edit->setObjectName(objectName);
    edit->setTimeZone(QTimeZone::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    edit->setCalendarPopup(true);
    return edit;
}

QLabel *selectableLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AuditExportDialog::AuditExportDialog(std::shared_ptr<EvidenceStore> store,
                                     std::shared_ptr<const UserDirectory> users, QString exporter,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_exporter(std::move(exporter))
    , m_job(new AuditExportJob(m_store, std::move(users), this))
{
    setObjectName(QStringLiteral("audit-export-dialog"));
    setWindowTitle(tr("Export audit pack"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("audit-export-progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("audit-export-stage"));
    m_export = new QPushButton(tr("Export"), this);
    m_export->setObjectName(QStringLiteral("audit-export-start"));
    m_export->setDefault(true);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("audit-export-cancel"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildForm());
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(buildResult());
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &AuditExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &AuditExportDialog::cancelOrClose);
    connect(m_job, &AuditExportJob::progress, this, &AuditExportDialog::onProgress);
    connect(m_job, &AuditExportJob::succeeded, this, &AuditExportDialog::onSucceeded);
    connect(m_job, &AuditExportJob::failed, this, &AuditExportDialog::onFailed);
    fillServices();
    updateState();
}

AuditExportDialog::~AuditExportDialog() = default;

QWidget *AuditExportDialog::buildForm()
{
    auto *form = new QWidget(this);
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0), QTimeZone::UTC);
    m_from = utcEdit(midnight.addDays(-30), QStringLiteral("audit-export-from"), form);
    m_to = utcEdit(midnight.addDays(1), QStringLiteral("audit-export-to"), form);
    m_services = new QListWidget(form);
    m_services->setObjectName(QStringLiteral("audit-export-services"));
    m_services->setMaximumHeight(100);
    m_payloads = new QComboBox(form);
    m_payloads->setObjectName(QStringLiteral("audit-export-payloads"));
    m_payloads->addItem(tr("Digests and redacted text passed on (default)"), QStringLiteral("digests"));
    m_payloads->addItem(tr("Redacted prompts and responses"), QStringLiteral("redacted"));
    m_payloads->addItem(tr("Raw payloads (auditors only, needs a reason)"), QStringLiteral("raw"));
    m_reason = new QLineEdit(form);
    m_reason->setObjectName(QStringLiteral("audit-export-reason"));
    m_reason->setPlaceholderText(tr("Why raw payloads are needed; recorded in the ledger"));
    m_destination = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), form);
    m_destination->setObjectName(QStringLiteral("audit-export-destination"));
    auto *browse = new QPushButton(tr("Choose…"), form);
    browse->setObjectName(QStringLiteral("audit-export-browse"));
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    m_zip = new QCheckBox(tr("Also write a .zip and keep only the zip"), form);
    m_zip->setObjectName(QStringLiteral("audit-export-zip"));
    m_password = new QLineEdit(form);
    m_password->setObjectName(QStringLiteral("audit-export-password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem = new QLabel(form);
    m_problem->setObjectName(QStringLiteral("audit-export-problem"));
    m_problem->setWordWrap(true);

    auto *layout = new QFormLayout(form);
    layout->addRow(tr("From"), m_from);
    layout->addRow(tr("To (exclusive)"), m_to);
    layout->addRow(tr("Services (none ticked: all)"), m_services);
    layout->addRow(tr("Payloads"), m_payloads);
    layout->addRow(tr("Reason"), m_reason);
    layout->addRow(tr("Destination folder"), destinationRow);
    layout->addRow(QString(), m_zip);
    layout->addRow(tr("Your password (%1)").arg(m_exporter), m_password);
    layout->addRow(m_problem);

    connect(browse, &QPushButton::clicked, this, &AuditExportDialog::chooseDestination);
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditExportDialog::updateState);
    connect(m_payloads, &QComboBox::currentIndexChanged, this, &AuditExportDialog::updateState);
    for (QLineEdit *edit : {m_reason, m_destination, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AuditExportDialog::updateState);
    return form;
}

QWidget *AuditExportDialog::buildResult()
{
    m_result = new QWidget(this);
    m_result->setObjectName(QStringLiteral("audit-export-result"));
    m_fingerprint = selectableLabel(QStringLiteral("audit-export-fingerprint"), m_result);
    m_keyFingerprint = selectableLabel(QStringLiteral("audit-export-key-fingerprint"), m_result);
    m_path = selectableLabel(QStringLiteral("audit-export-path"), m_result);
    m_open = new QPushButton(tr("Open folder"), m_result);
    m_open->setObjectName(QStringLiteral("audit-export-open"));
    auto *note = new QLabel(tr("Send the export key fingerprint to the auditor by another channel (phone, "
                               "signed mail): it is what lets them trust the pack's signature."),
                            m_result);
    note->setWordWrap(true);
    auto *layout = new QFormLayout(m_result);
    layout->addRow(tr("Pack"), m_path);
    layout->addRow(tr("Pack fingerprint"), m_fingerprint);
    layout->addRow(tr("Export key fingerprint"), m_keyFingerprint);
    layout->addRow(note);
    layout->addRow(QString(), m_open);
    m_result->hide();
    connect(m_open, &QPushButton::clicked, this, &AuditExportDialog::openFolder);
    return m_result;
}

void AuditExportDialog::fillServices()
{
    const auto keys = m_store->apiKeys();
    if (!keys)
        return;
    QStringList services;
    for (const ApiKeyRecord &key : *keys)
        if (!key.service.isEmpty() && !services.contains(key.service))
            services.append(key.service);
    services.sort();
    for (const QString &service : services) {
        auto *item = new QListWidgetItem(service, m_services);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

audit::ExportRequest AuditExportDialog::request() const
{
    audit::ExportRequest request;
    request.scope.from = m_from->dateTime().toUTC();
    request.scope.to = m_to->dateTime().toUTC();
    for (int row = 0; row < m_services->count(); ++row)
        if (m_services->item(row)->checkState() == Qt::Checked)
            request.scope.services.append(m_services->item(row)->text());
    request.scope.payloads = audit::payloadModeFromName(m_payloads->currentData().toString())
                                 .value_or(audit::PayloadMode::Digests);
    request.scope.reason = m_reason->text().trimmed();
    request.outDir = m_destination->text().trimmed();
    request.zip = m_zip->isChecked();
    request.exporter = Credentials::withPassword(m_exporter, m_password->text());
    return request;
}

// The form says what is missing before the exporter is asked; the exporter checks everything again.
void AuditExportDialog::updateState()
{
    const audit::ExportRequest wanted = request();
    QString problem;
    if (wanted.scope.from >= wanted.scope.to)
        problem = tr("The period is empty: \"From\" must be before \"To\".");
    else if (wanted.scope.payloads == audit::PayloadMode::Raw && wanted.scope.reason.isEmpty())
        problem = tr("Raw payloads need a reason; it is recorded with the export.");
    else if (wanted.outDir.isEmpty() || !QFileInfo(wanted.outDir).isDir())
        problem = tr("Choose an existing destination folder.");
    else if (wanted.exporter.password.isEmpty())
        problem = tr("Re-enter your password to sign the export.");
    m_reason->setEnabled(wanted.scope.payloads == audit::PayloadMode::Raw);
    m_problem->setText(problem);
    m_export->setEnabled(problem.isEmpty() && !m_job->isRunning());
}

void AuditExportDialog::chooseDestination()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Destination folder"), m_destination->text());
    if (!folder.isEmpty())
        m_destination->setText(folder);
}

void AuditExportDialog::startExport()
{
    m_result->hide();
    m_progress->setValue(0);
    m_stage->setText(tr("Starting…"));
    m_job->start(request());
    m_password->clear();
    m_export->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
}

void AuditExportDialog::cancelOrClose()
{
    if (m_job->isRunning()) {
        m_stage->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    reject();
}

void AuditExportDialog::onProgress(int percent, const QString &stage)
{
    m_progress->setValue(percent);
    m_stage->setText(stage);
}

void AuditExportDialog::onSucceeded(const audit::ExportResult &result)
{
    m_packPath = result.packPath;
    m_progress->setValue(100);
    m_stage->setText(result.chainIntact
                         ? tr("Exported.")
                         : tr("Exported, but the chain is broken: the pack's verdict names the break."));
    m_path->setText(QDir::toNativeSeparators(result.packPath));
    m_fingerprint->setText(result.packFingerprint);
    m_keyFingerprint->setText(result.exportKeyFingerprint);
    m_result->show();
    m_cancel->setText(tr("Close"));
    updateState();
}

void AuditExportDialog::onFailed(const QString &message, bool cancelled)
{
    m_progress->setValue(0);
    m_stage->setText(cancelled ? tr("Cancelled; nothing was written.") : tr("Not exported: %1").arg(message));
    m_cancel->setText(tr("Close"));
    updateState();
}

void AuditExportDialog::openFolder()
{
    const QFileInfo pack(m_packPath);
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(pack.isDir() ? pack.absoluteFilePath() : pack.absolutePath()));
}

} // namespace custos
