#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace custos {

class DraftReplay;
class EvidenceStore;
class PolicyEngine;
class ReplayChangeModel;

// Replays the draft against the last N days of evidence and lists the decisions it would change.
// Runs in short steps on the UI thread, with progress and cancel, so the console stays usable.
class ReplayPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayPage(QWidget *parent = nullptr);
    ~ReplayPage() override;

    void setStore(std::shared_ptr<EvidenceStore> store);
    void setDraft(std::shared_ptr<const PolicyEngine> draft);
    void setDays(int days);

    void start();
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    ReplayChangeModel *changes() const { return m_changes; }
    QString summary() const;

Q_SIGNALS:
    void finished();
    void interactionActivated(qint64 seq);

private:
    void step();
    void stop(const QString &summary);

    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<const PolicyEngine> m_draft;
    std::unique_ptr<DraftReplay> m_replay;
    ReplayChangeModel *m_changes = nullptr;
    QSpinBox *m_days = nullptr;
    QPushButton *m_run = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTimer m_timer;
};

} // namespace custos
