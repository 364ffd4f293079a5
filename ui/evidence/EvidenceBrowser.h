#pragma once

#include <QWidget>

#include <memory>

class QPushButton;
class QTabWidget;

namespace custos {

class AuditExportDialog;
class EvidenceEventsPage;
class EvidenceStore;
class IntegrityPage;
class LegalHoldsPage;
class UserDirectory;

// The evidence section: events (search, filter, paging, detail), integrity (chain verification
// with progress and cancel) and legal holds.
class EvidenceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceBrowser(std::shared_ptr<EvidenceStore> store, QWidget *parent = nullptr);

    // The signed-in user; holds need ManageLegalHolds, audit packs ExportEvidence.
    void setActor(const QString &actor, bool mayManageHolds, bool mayExport = false);
    // Who may sign an export: the exporter re-enters their password against this directory.
    void setUserDirectory(std::shared_ptr<const UserDirectory> users) { m_users = std::move(users); }
    QPushButton *exportButton() const { return m_export; }
    // Opens "Export audit pack…" (non-modal; the dialog deletes itself when closed).
    AuditExportDialog *openExportDialog();

    EvidenceEventsPage *eventsPage() const { return m_events; }
    IntegrityPage *integrityPage() const { return m_integrity; }
    LegalHoldsPage *holdsPage() const { return m_holds; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<const UserDirectory> m_users;
    QString m_actor;
    QPushButton *m_export = nullptr;
    QTabWidget *m_tabs = nullptr;
    EvidenceEventsPage *m_events = nullptr;
    IntegrityPage *m_integrity = nullptr;
    LegalHoldsPage *m_holds = nullptr;
    bool m_loaded = false;
};

} // namespace custos
