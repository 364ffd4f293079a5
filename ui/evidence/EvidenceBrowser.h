#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace custos {

class EvidenceEventsPage;
class EvidenceStore;
class IntegrityPage;
class LegalHoldsPage;

// The evidence section: events (search, filter, paging, detail), integrity (chain verification
// with progress and cancel) and legal holds.
class EvidenceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceBrowser(std::shared_ptr<EvidenceStore> store, QWidget *parent = nullptr);

    // The signed-in user; holds need ManageLegalHolds.
    void setActor(const QString &actor, bool mayManageHolds);

    EvidenceEventsPage *eventsPage() const { return m_events; }
    IntegrityPage *integrityPage() const { return m_integrity; }
    LegalHoldsPage *holdsPage() const { return m_holds; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs = nullptr;
    EvidenceEventsPage *m_events = nullptr;
    IntegrityPage *m_integrity = nullptr;
    LegalHoldsPage *m_holds = nullptr;
    bool m_loaded = false;
};

} // namespace custos
