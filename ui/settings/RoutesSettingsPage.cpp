#include "ui/settings/RoutesSettingsPage.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/RouteValidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos {

RoutesSettingsPage::RoutesSettingsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("routes-table"));
    m_table->setHorizontalHeaderLabels({tr("Route"), tr("Kind"), tr("Base URL"), tr("Provider key")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("route-name"));
    m_name->setPlaceholderText(tr("e.g. upstream (the name policies use)"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("route-kind"));
    m_kind->addItems(RouteValidation::kinds());
    m_kind->setToolTip(tr("openai covers any OpenAI-compatible server: OpenAI, Azure OpenAI, vLLM, Ollama, "
                          "llama.cpp"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("route-base-url"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("route-api-key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Provider key (stored encrypted; leave empty to keep the current one)"));
    m_save = new QPushButton(tr("Save route"), this);
    m_save->setObjectName(QStringLiteral("route-save"));
    m_remove = new QPushButton(tr("Remove selected"), this);
    m_remove->setObjectName(QStringLiteral("route-remove"));
    m_message = new StatusLabel(QStringLiteral("routes-message"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Base URL"), m_baseUrl);
    form->addRow(tr("Provider key"), m_apiKey);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &RoutesSettingsPage::saveRoute);
    connect(m_remove, &QPushButton::clicked, this, &RoutesSettingsPage::removeSelectedRoute);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoutesSettingsPage::fillFormFromSelection);
    setActor({}, false);
}

void RoutesSettingsPage::setActor(const QString &actor, bool mayManage)
{
    m_actor = actor;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_apiKey)})
        widget->setEnabled(mayManage && !m_store->isReadOnly());
}

void RoutesSettingsPage::reload()
{
    auto routes = m_store->routes();
    if (!routes) {
        m_message->showProblem(tr("The routes could not be read: %1").arg(routes.error().toString()));
        return;
    }
    m_table->setRowCount(0);
    for (const Route &route : std::as_const(*routes)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{route.name, route.kind, route.baseUrl,
                                route.apiKey.isEmpty() ? tr("not set") : tr("set (hidden)")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void RoutesSettingsPage::fillFormFromSelection()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_name->setText(m_table->item(row, 0)->text());
    m_kind->setCurrentText(m_table->item(row, 1)->text());
    m_baseUrl->setText(m_table->item(row, 2)->text());
    m_apiKey->clear();
}

bool RoutesSettingsPage::saveRoute()
{
    const QString name = m_name->text().trimmed();
    if (auto valid = RouteValidation::check(Route{name, m_kind->currentText(), m_baseUrl->text(), {}});
        !valid) {
        m_message->showProblem(tr("The route was not saved: %1").arg(valid.error().message));
        return false;
    }
    QString apiKey = m_apiKey->text();
    if (apiKey.isEmpty()) {
        // Editing a route keeps its key unless a new one is typed.
        if (auto routes = m_store->routes()) {
            for (const Route &existing : std::as_const(*routes))
                if (existing.name == name)
                    apiKey = existing.apiKey;
        }
    }
    const Route route{name, m_kind->currentText(), RouteValidation::normalizedBaseUrl(m_baseUrl->text()),
                      apiKey};
    if (auto saved = m_store->putRoute(route, m_actor); !saved) {
        m_message->showProblem(tr("The route was not saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_apiKey->clear();
    if (apiKey.isEmpty())
        m_message->showProblem(
            tr("Route %1 saved without a provider key; requests to it go unauthenticated.").arg(name));
    else
        m_message->showInfo(tr("Route %1 saved. The gateway uses it from the next request.").arg(name));
    reload();
    return true;
}

bool RoutesSettingsPage::removeSelectedRoute()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const QString name = m_table->item(row, 0)->text();
    if (auto removed = m_store->removeRoute(name, m_actor); !removed) {
        m_message->showProblem(tr("Route %1 was not removed: %2").arg(name, removed.error().toString()));
        return false;
    }
    m_message->showInfo(tr("Route %1 removed.").arg(name));
    reload();
    return true;
}

int RoutesSettingsPage::routeCount() const
{
    return m_table->rowCount();
}

QString RoutesSettingsPage::message() const
{
    return m_message->text();
}

} // namespace custos
