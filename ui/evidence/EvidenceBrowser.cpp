#include "ui/evidence/EvidenceBrowser.h"

#include "ui/evidence/EvidenceEventsPage.h"
#include "ui/evidence/IntegrityPage.h"
#include "ui/evidence/LegalHoldsPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace custos {

EvidenceBrowser::EvidenceBrowser(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_events(new EvidenceEventsPage(store, this))
    , m_integrity(new IntegrityPage(store, this))
    , m_holds(new LegalHoldsPage(store, this))
{
    setObjectName(QStringLiteral("evidence-browser"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_integrity, tr("Integrity"));
    m_tabs->addTab(m_holds, tr("Legal holds"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void EvidenceBrowser::setActor(const QString &actor, bool mayManageHolds)
{
    m_holds->setActor(actor, mayManageHolds);
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
