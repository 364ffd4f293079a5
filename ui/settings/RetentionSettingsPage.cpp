#include "ui/settings/RetentionSettingsPage.h"

#include "ui/widgets/EmptyStateLabel.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"
#include "core/publishing/PolicyRetention.h"
#include "core/publishing/PolicyVersions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos {
namespace {

QString daysText(int days)
{
    return days == 0 ? RetentionSettingsPage::tr("forever")
                     : RetentionSettingsPage::tr("%n day(s)", nullptr, days);
}

} // namespace

RetentionSettingsPage::RetentionSettingsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("retention-table"));
    m_table->setHorizontalHeaderLabels({tr("Applies to"), tr("Kept for")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Retention rules"));
    EmptyStateLabel::attach(m_table, tr("No retention rules: every event is kept. Add a retention section to "
                                        "the policy and publish it to drop old events."));
    m_apply = new QPushButton(tr("Apply retention now"), this);
    m_apply->setObjectName(QStringLiteral("retention-apply"));
    m_message = new StatusLabel(QStringLiteral("retention-message"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_apply, &QPushButton::clicked, this, &RetentionSettingsPage::applyRetentionNow);
    setActor({}, false);
}

void RetentionSettingsPage::setActor(const QString &actor, bool mayApply)
{
    m_actor = actor;
    m_apply->setEnabled(mayApply && !m_store->isReadOnly());
}

void RetentionSettingsPage::reload()
{
    m_table->setRowCount(0);
    auto policy = PolicyVersions(*m_store, nullptr).active();
    if (!policy || !*policy) {
        m_message->showProblem(
            policy ? tr("No policy version is published, so nothing states a retention period.")
                   : tr("The policy could not be read: %1").arg(policy.error().toString()));
        return;
    }
    auto parsed = PolicyVersions(*m_store, nullptr).policy((*policy)->hash);
    if (!parsed) {
        m_message->showProblem(parsed.error().toString());
        return;
    }
    const RetentionSettings &retention = parsed->document().retention;
    const auto addRow = [this](const QString &scope, int days) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(scope));
        m_table->setItem(row, 1, new QTableWidgetItem(daysText(days)));
    };
    addRow(tr("Every event (default)"), retention.defaultDays);
    for (auto it = retention.services.cbegin(); it != retention.services.cend(); ++it)
        addRow(tr("Service %1").arg(it.key()), it.value());
    for (auto it = retention.classes.cbegin(); it != retention.classes.cend(); ++it)
        addRow(tr("Data class %1").arg(it.key()), it.value());
    m_message->showInfo(tr("From policy version %1.").arg((*policy)->hash.left(12)));
    m_table->resizeColumnsToContents();
}

bool RetentionSettingsPage::applyRetentionNow()
{
    auto parsed = PolicyVersions(*m_store, nullptr).active();
    if (!parsed || !*parsed) {
        m_message->showProblem(tr("No policy version is published, so there is no retention to apply."));
        return false;
    }
    auto policy = PolicyVersions(*m_store, nullptr).policy((*parsed)->hash);
    if (!policy) {
        m_message->showProblem(policy.error().toString());
        return false;
    }
    auto report = m_store->purge(retentionRulesOf(policy->document().retention),
                                 QDateTime::currentDateTimeUtc(), m_actor);
    if (!report) {
        m_message->showProblem(tr("Retention was not applied: %1").arg(report.error().toString()));
        return false;
    }
    m_message->showInfo(tr("%n payload(s) past their period were dropped (digests kept); ", nullptr,
                           int(report->tombstoned)) +
                        tr("%n kept by legal holds.", nullptr, int(report->keptByHold)));
    return true;
}

QString RetentionSettingsPage::message() const
{
    return m_message->text();
}

} // namespace custos
