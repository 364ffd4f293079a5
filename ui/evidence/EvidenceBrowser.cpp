#include "ui/evidence/EvidenceBrowser.h"

#include "ui/evidence/AuditExportDialog.h"
#include "ui/evidence/EvidenceEventsPage.h"
#include "ui/evidence/IntegrityPage.h"
#include "ui/evidence/LegalHoldsPage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace custos {

EvidenceBrowser::EvidenceBrowser(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_export(new QPushButton(tr("Export audit pack…"), this))
    , m_tabs(new QTabWidget(this))
    , m_events(new EvidenceEventsPage(store, this))
    , m_integrity(new IntegrityPage(store, this))
    , m_holds(new LegalHoldsPage(store, this))
{
    setObjectName(QStringLiteral("evidence-browser"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_integrity, tr("Integrity"));
    m_tabs->addTab(m_holds, tr("Legal holds"));
    m_export->setObjectName(QStringLiteral("evidence-export-pack"));
    m_export->setToolTip(
        tr("A signed PDF and CSV pack of a period, which an auditor verifies without Custos"));
    m_export->hide();
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_tabs);
    connect(m_export, &QPushButton::clicked, this, &EvidenceBrowser::openExportDialog);
}

AuditExportDialog *EvidenceBrowser::openExportDialog()
{
    if (!m_users || m_actor.isEmpty())
        return nullptr;
    auto *dialog = new AuditExportDialog(m_store, m_users, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void EvidenceBrowser::setActor(const QString &actor, bool mayManageHolds, bool mayExport)
{
    m_actor = actor;
    m_holds->setActor(actor, mayManageHolds);
    m_export->setVisible(mayExport);
}

void EvidenceBrowser::showEvent(QShowEvent *event)
{
    // The first look at the section loads the newest page; later looks keep the user's filters.
    if (!m_loaded) {
        m_loaded = true;
        m_events->search();
        m_holds->reload();
    }
    QWidget::showEvent(event);
}

} // namespace custos
