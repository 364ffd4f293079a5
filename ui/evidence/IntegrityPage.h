#pragma once

#include "core/evidence/VerifyReport.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace custos {

class ChainVerification;
class EvidenceStore;

// Verifies the whole store (chain, checkpoints and witness, tombstones, query tables, pages), with
// progress and cancel, and lists every finding.
class IntegrityPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrityPage(std::shared_ptr<const EvidenceStore> store, QWidget *parent = nullptr);

    void startVerification();
    void cancelVerification();
    QString resultText() const;

Q_SIGNALS:
    void verified(const custos::VerifyReport &report);

private:
    void onProgress(qint64 checked, qint64 total);
    void onFinished(const VerifyReport &report);

    ChainVerification *m_verification = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QListWidget *m_findings = nullptr; // every finding of the last verification, one per line
};

} // namespace custos
