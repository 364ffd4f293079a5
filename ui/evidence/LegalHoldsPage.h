#pragma once

#include "ui/widgets/RecordTablePage.h"

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace custos {

class EvidenceStore;

// Legal holds: events of a service, a user or a case that retention and erasure must keep.
// Placing and releasing are ledger events in the signed-in user's name.
class LegalHoldsPage : public RecordTablePage
{
    Q_OBJECT
public:
    explicit LegalHoldsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent = nullptr);

    // Who places and releases holds; without ManageLegalHolds the page is read-only.
    void setActor(const QString &actor, bool mayManageHolds);
    void reload();
    bool placeHold();
    bool releaseSelectedHold();
    int holdCount() const { return rowCount(); }

private:
    void updateButtons();

    std::shared_ptr<EvidenceStore> m_store;
    QString m_actor;
    bool m_mayManage = false;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_release = nullptr;
};

} // namespace custos
