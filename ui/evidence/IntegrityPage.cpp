#include "ui/evidence/IntegrityPage.h"

#include "ui/evidence/ChainVerification.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

IntegrityPage::IntegrityPage(std::shared_ptr<const EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_verification(new ChainVerification(std::move(store), this))
{
    auto *explanation = new QLabel(
        tr("Every event is chained to the one before it by SHA-256, and signed checkpoints vouch for "
           "the chain's length. Verification recomputes every hash and checks every signature; it "
           "names the first damaged event if anything was modified, deleted, inserted, reordered, "
           "truncated or rolled back."),
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);

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
    m_result->setStyleSheet(report.ok() ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    Q_EMIT verified(report);
}

} // namespace custos
