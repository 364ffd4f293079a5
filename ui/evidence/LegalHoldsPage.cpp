#include "ui/evidence/LegalHoldsPage.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace custos {
namespace {

// The scope as the console says it; the ledger and custosctl keep holdScopeName's id.
QString holdScopeLabel(HoldScope scope)
{
    switch (scope) {
    case HoldScope::Case:
        return LegalHoldsPage::tr("case");
    case HoldScope::Service:
        return LegalHoldsPage::tr("service");
    case HoldScope::User:
        return LegalHoldsPage::tr("user");
    }
    return holdScopeName(scope);
}

} // namespace

LegalHoldsPage::LegalHoldsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : RecordTablePage(QStringLiteral("holds-table"),
                      {tr("Id"), tr("Scope"), tr("Covers"), tr("Reason"), tr("Placed by"), tr("Status")},
                      QStringLiteral("holds-message"), parent)
    , m_store(std::move(store))
{
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("holds-scope"));
    for (HoldScope scope : {HoldScope::Case, HoldScope::Service, HoldScope::User})
        m_scope->addItem(holdScopeLabel(scope), int(scope));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("holds-value"));
    m_value->setPlaceholderText(tr("The case id, service or user the hold covers"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("holds-reason"));
    m_reason->setPlaceholderText(tr("Why, e.g. the matter or request it serves"));
    table()->setAccessibleName(tr("Legal holds"));
    setEmptyText(tr("No legal holds. Place one below to keep the events it covers past their retention."));
    m_place = addButton(tr("Place hold"), QStringLiteral("holds-place"));
    m_release = addButton(tr("Release selected"), QStringLiteral("holds-release"));
    form()->addRow(tr("Scope"), m_scope);
    form()->addRow(tr("Covers"), m_value);
    form()->addRow(tr("Reason"), m_reason);

    connect(m_place, &QPushButton::clicked, this, &LegalHoldsPage::placeHold);
    connect(m_release, &QPushButton::clicked, this, &LegalHoldsPage::releaseSelectedHold);
    connect(table(), &QTableWidget::itemSelectionChanged, this, &LegalHoldsPage::updateButtons);
    updateButtons();
}

void LegalHoldsPage::setActor(const QString &actor, bool mayManageHolds)
{
    m_actor = actor;
    m_mayManage = mayManageHolds;
    updateButtons();
}

void LegalHoldsPage::updateButtons()
{
    m_place->setEnabled(m_mayManage && !m_store->isReadOnly());
    const int row = table()->currentRow();
    const QTableWidgetItem *status = row < 0 ? nullptr : table()->item(row, 5);
    m_release->setEnabled(m_place->isEnabled() && status && status->data(Qt::UserRole).toBool());
}

void LegalHoldsPage::reload()
{
    auto holds = m_store->holds(true);
    if (!holds) {
        status()->showProblem(tr("The holds could not be read: %1").arg(holds.error().toString()));
        return;
    }
    QList<QStringList> rows;
    for (const LegalHold &hold : std::as_const(*holds))
        rows.append({QString::number(hold.id), holdScopeLabel(hold.scope), hold.value, hold.reason,
                     hold.actor,
                     hold.active() ? tr("active since %1").arg(hold.created.toLocalTime().toString())
                                   : tr("released by %1").arg(hold.releasedBy)});
    setRows(rows);
    // The id and whether the hold may still be released travel with the row, not its text.
    for (int row = 0; row < rows.size(); ++row) {
        table()->item(row, 0)->setData(Qt::UserRole, (*holds)[row].id);
        table()->item(row, 5)->setData(Qt::UserRole, (*holds)[row].active());
    }
    updateButtons();
}

bool LegalHoldsPage::placeHold()
{
    if (m_value->text().trimmed().isEmpty() || m_reason->text().trimmed().isEmpty()) {
        status()->showProblem(tr("Say what the hold covers and why."));
        return false;
    }
    auto placed = m_store->placeHold(HoldScope(m_scope->currentData().toInt()), m_value->text().trimmed(),
                                     m_reason->text().trimmed(), m_actor);
    if (!placed) {
        status()->showProblem(tr("The hold was not placed: %1").arg(placed.error().toString()));
        return false;
    }
    status()->showInfo(tr("Hold %1 placed; retention and erasure now keep these events.").arg(*placed));
    m_value->clear();
    m_reason->clear();
    reload();
    return true;
}

bool LegalHoldsPage::releaseSelectedHold()
{
    const int row = selectedRowOr(tr("Select the hold to release."));
    if (row < 0)
        return false;
    const qint64 id = table()->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (auto released = m_store->releaseHold(id, m_actor); !released) {
        status()->showProblem(tr("Hold %1 was not released: %2").arg(id).arg(released.error().toString()));
        return false;
    }
    status()->showInfo(tr("Hold %1 released.").arg(id));
    reload();
    return true;
}

} // namespace custos
