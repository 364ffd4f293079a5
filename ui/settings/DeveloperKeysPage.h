#pragma once

#include "ui/widgets/RecordTablePage.h"

#include <memory>

class QLineEdit;
class QPushButton;

namespace custos {

class EvidenceStore;

// Custos keys for developers: issue one for a user and service (shown once, with a copy
// button), list them by prefix, revoke.
class DeveloperKeysPage : public RecordTablePage
{
    Q_OBJECT
public:
    explicit DeveloperKeysPage(std::shared_ptr<EvidenceStore> store, QWidget *parent = nullptr);

    void setActor(const QString &actor, bool mayManage);
    void reload();
    // The plaintext key, also left in the read-only field for copying; empty on refusal.
    QString issueKey();
    bool revokeSelectedKey();
    int keyCount() const { return rowCount(); }

private:
    std::shared_ptr<EvidenceStore> m_store;
    QString m_actor;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_issued = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace custos
