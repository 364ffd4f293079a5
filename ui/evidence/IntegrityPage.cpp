#include "ui/evidence/IntegrityPage.h"

#include "ui/evidence/ChainVerification.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos {

IntegrityPage::IntegrityPage(std::shared_ptr<const EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_verification(new ChainVerification(std::move(store), this))
{
    auto *explanation = new QLabel(
        tr("Every event is chained to the one before it by SHA-256 over all its fields, and signed "
           "checkpoints, also kept in a witness file outside the store, vouch for the chain's length. "
           "Verification recomputes every hash, checks every signature against the store and the "
           "witness, that every dropped payload has its retention event, every query-table row against "
           "the chain, and every page of the file. It names the first damage, then every finding (the "
           "event's seq, or the page and the table or index it belongs to)."),
        this);
    explanation->setWordWrap(true);
    m_verify = new QPushButton(tr("Verify the chain"), this);
    m_verify->setObjectName(QStringLiteral("integrity-verify"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("integrity-cancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("integrity-progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("integrity-result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("integrity-findings"));
    m_findings->setAccessibleName(tr("Integrity findings"));
    m_findings->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_findings, 1);
    layout->addStretch(0);

    connect(m_verify, &QPushButton::clicked, this, &IntegrityPage::startVerification);
    connect(m_cancel, &QPushButton::clicked, this, &IntegrityPage::cancelVerification);
    connect(m_verification, &ChainVerification::progress, this, &IntegrityPage::onProgress);
    connect(m_verification, &ChainVerification::finished, this, &IntegrityPage::onFinished);
}

void IntegrityPage::startVerification()
{
    m_verify->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0); // busy until the first progress report gives a total
    m_result->setText(tr("Verifying…"));
    m_findings->clear();
    m_findings->setVisible(false);
    m_verification->start();
}

void IntegrityPage::cancelVerification()
{
    m_verification->cancel();
}

QString IntegrityPage::resultText() const
{
    return m_result->text();
}

void IntegrityPage::onProgress(qint64 checked, qint64 total)
{
    // QProgressBar counts in int; scale large ledgers down to permille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(checked * 1000 / total) : 0);
}

void IntegrityPage::onFinished(const VerifyReport &report)
{
    m_verify->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(report.ok() ? 1000 : m_progress->value());
    m_result->setText(report.summary());
    m_findings->clear();
    for (const VerifyFinding &finding : report.findings) {
        const QString where = finding.page > 0
                                  ? tr("page %1").arg(finding.page)
                                  : (finding.seq > 0 ? tr("seq %1").arg(finding.seq) : QString());
        const QString label =
            where.isEmpty() ? damageName(finding.damage) : damageName(finding.damage) + u", "_s + where;
        m_findings->addItem(label + u": "_s + finding.detail);
    }
    m_findings->setVisible(!report.findings.isEmpty());
    m_result->setStyleSheet(report.ok() ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    Q_EMIT verified(report);
}

} // namespace custos
