#include "ui/dashboard/RiskReportExportDialog.h"

#include "ui/report/RiskReportExporter.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace custos {

RiskReportExportDialog::RiskReportExportDialog(std::shared_ptr<EvidenceStore> store,
                                               std::shared_ptr<const UserDirectory> users, QString exporter,
                                               int days, bool pseudonymise, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_users(std::move(users))
    , m_exporter(std::move(exporter))
    , m_days(days)
{
    setObjectName(QStringLiteral("riskReportExportDialog"));
    setWindowTitle(tr("Export the risk-surface report"));
    auto *intro = new QLabel(tr("The risk-surface report of the last %n day(s) as a PDF. The export is "
                                "recorded in the ledger with your name.",
                                nullptr, days));
    intro->setWordWrap(true);
    m_destination = new QLineEdit(QDir::home().filePath(QStringLiteral("risk-surface-%1d.pdf").arg(days)));
    m_destination->setObjectName(QStringLiteral("report-destination"));
    m_destination->setAccessibleName(tr("Report file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("report-browse"));
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("report-password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password"));
    m_pseudonymise = new QCheckBox(tr("P&seudonymise users and services"));
    m_pseudonymise->setObjectName(QStringLiteral("report-pseudonymise"));
    m_pseudonymise->setChecked(pseudonymise);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), destinationRow);
    form->addRow(tr("Exported by:"), new QLabel(m_exporter.toHtmlEscaped()));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_pseudonymise);
    m_outcome = new QLabel;
    m_outcome->setObjectName(QStringLiteral("report-outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("report-export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &RiskReportExportDialog::chooseDestination);
    connect(m_export, &QPushButton::clicked, this, &RiskReportExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_destination, &QLineEdit::textChanged, this, &RiskReportExportDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &RiskReportExportDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this,
            &RiskReportExportDialog::showOutcome);
    updateState();
}

RiskReportExportDialog::~RiskReportExportDialog()
{
    m_watcher.waitForFinished();
}

void RiskReportExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

void RiskReportExportDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString RiskReportExportDialog::outcome() const
{
    return m_outcome->text();
}

void RiskReportExportDialog::chooseDestination()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the risk-surface report"),
                                                      m_destination->text(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_destination->setText(path);
}

void RiskReportExportDialog::updateState()
{
    m_export->setEnabled(!isExporting() && !m_destination->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty());
}

void RiskReportExportDialog::startExport()
{
    if (isExporting())
        return;
    report::RiskReportRequest request;
    request.days = m_days;
    request.pseudonymise = m_pseudonymise->isChecked();
    request.exporter = Credentials::withPassword(m_exporter, m_password->text());
    const QString path = m_destination->text().trimmed();
    m_password->clear(); // asked again for every export
    m_outcome->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_watcher.setFuture(QtConcurrent::run([store = m_store, users = m_users, request,
                                           path]() -> std::pair<bool, QString> {
        report::RiskReportExporter exporter(*store, users);
        const auto written = exporter.write(request, path);
        if (!written)
            return {false, tr("No report was written: %1").arg(written.error().error.toString())};
        return {true, tr("Written: %1 (%n interaction(s)), SHA-256 %2", nullptr, int(written->interactions))
                          .arg(QDir::toNativeSeparators(written->path), written->sha256)};
    }));
    updateState();
}

void RiskReportExportDialog::showOutcome()
{
    const auto [written, text] = m_watcher.result();
    m_outcome->setText(text);
    updateState();
    Q_EMIT finished(written);
}

} // namespace custos
