#pragma once

#include "ui/widgets/RecordTablePage.h"

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace custos {

class EvidenceStore;

// Upstream routes and their provider keys. Keys go into the encrypted store and are never shown
// again: the table only says whether one is set.
class RoutesSettingsPage : public RecordTablePage
{
    Q_OBJECT
public:
    explicit RoutesSettingsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent = nullptr);

    void setActor(const QString &actor, bool mayManage);
    void reload();
    bool saveRoute();
    bool removeSelectedRoute();
    int routeCount() const { return rowCount(); }

private:
    void fillFormFromSelection();

    std::shared_ptr<EvidenceStore> m_store;
    QString m_actor;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace custos
