#pragma once

#include <QWidget>

#include <memory>

class QPushButton;
class QTableWidget;

namespace custos {

class EvidenceStore;
class StatusLabel;

// How long the ledger keeps payloads, as the active policy says, and a button to apply it now.
// Purging drops payloads but keeps their digests, so the chain still verifies; legal holds win.
class RetentionSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionSettingsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent = nullptr);

    void setActor(const QString &actor, bool mayApply);
    void reload();
    bool applyRetentionNow();
    QString message() const;

private:
    std::shared_ptr<EvidenceStore> m_store;
    QString m_actor;
    QTableWidget *m_table = nullptr;
    QPushButton *m_apply = nullptr;
    StatusLabel *m_message = nullptr;
};

} // namespace custos
