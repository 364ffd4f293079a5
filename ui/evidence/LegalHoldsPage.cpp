#include "ui/evidence/LegalHoldsPage.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos {

LegalHoldsPage::LegalHoldsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("holds-table"));
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Scope"), tr("Covers"), tr("Reason"), tr("Placed by"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("holds-scope"));
    for (HoldScope scope : {HoldScope::Case, HoldScope::Service, HoldScope::User})
        m_scope->addItem(holdScopeName(scope), int(scope));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("holds-value"));
    m_value->setPlaceholderText(tr("The case id, service or user the hold covers"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("holds-reason"));
    m_reason->setPlaceholderText(tr("Why, e.g. the matter or request it serves"));
    m_place = new QPushButton(tr("Place hold"), this);
    m_place->setObjectName(QStringLiteral("holds-place"));
    m_release = new QPushButton(tr("Release selected"), this);
    m_release->setObjectName(QStringLiteral("holds-release"));
    m_message = new StatusLabel(QStringLiteral("holds-message"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Scope"), m_scope);
    form->addRow(tr("Covers"), m_value);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_place);
    buttons->addWidget(m_release);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_place, &QPushButton::clicked, this, &LegalHoldsPage::placeHold);
    connect(m_release, &QPushButton::clicked, this, &LegalHoldsPage::releaseSelectedHold);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LegalHoldsPage::updateButtons);
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
    const int row = m_table->currentRow();
    m_release->setEnabled(m_place->isEnabled() && row >= 0 &&
                          m_table->item(row, 5)->data(Qt::UserRole).toBool());
}

void LegalHoldsPage::reload()
{
    auto holds = m_store->holds(true);
    if (!holds) {
        m_message->showProblem(tr("The holds could not be read: %1").arg(holds.error().toString()));
        return;
    }
    m_table->setRowCount(0);
    for (const LegalHold &hold : std::as_const(*holds)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{QString::number(hold.id),
                                holdScopeName(hold.scope),
                                hold.value,
                                hold.reason,
                                hold.actor,
                                hold.active()
                                    ? tr("active since %1").arg(hold.created.toLocalTime().toString())
                                    : tr("released by %1").arg(hold.releasedBy)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, 0)->setData(Qt::UserRole, hold.id);
        m_table->item(row, 5)->setData(Qt::UserRole, hold.active());
    }
    updateButtons();
    m_table->resizeColumnsToContents();
}

bool LegalHoldsPage::placeHold()
{
    if (m_value->text().trimmed().isEmpty() || m_reason->text().trimmed().isEmpty()) {
        m_message->showProblem(tr("Say what the hold covers and why."));
        return false;
    }
    auto placed = m_store->placeHold(HoldScope(m_scope->currentData().toInt()), m_value->text().trimmed(),
                                     m_reason->text().trimmed(), m_actor);
    if (!placed) {
        m_message->showProblem(tr("The hold was not placed: %1").arg(placed.error().toString()));
        return false;
    }
    m_message->showInfo(tr("Hold %1 placed; retention and erasure now keep these events.").arg(*placed));
    m_value->clear();
    m_reason->clear();
    reload();
    return true;
}

bool LegalHoldsPage::releaseSelectedHold()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (auto released = m_store->releaseHold(id, m_actor); !released) {
        m_message->showProblem(tr("Hold %1 was not released: %2").arg(id).arg(released.error().toString()));
        return false;
    }
    m_message->showInfo(tr("Hold %1 released.").arg(id));
    reload();
    return true;
}

int LegalHoldsPage::holdCount() const
{
    return m_table->rowCount();
}

QString LegalHoldsPage::message() const
{
    return m_message->text();
}

} // namespace custos
