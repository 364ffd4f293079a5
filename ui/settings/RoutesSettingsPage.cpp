#include "ui/settings/RoutesSettingsPage.h"

#include "ui/widgets/StatusLabel.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/RouteValidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace custos {

RoutesSettingsPage::RoutesSettingsPage(std::shared_ptr<EvidenceStore> store, QWidget *parent)
    : RecordTablePage(QStringLiteral("routes-table"),
                      {tr("Route"), tr("Kind"), tr("Base URL"), tr("Provider key")},
                      QStringLiteral("routes-message"), parent)
    , m_store(std::move(store))
{
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
    table()->setAccessibleName(tr("Routes"));
    setEmptyText(tr("No routes yet. Enter a name, kind and base URL below and press Save route; the gateway "
                    "forwards allowed requests to it."));
    m_save = addButton(tr("Save route"), QStringLiteral("route-save"));
    m_remove = addButton(tr("Remove selected"), QStringLiteral("route-remove"));
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Base URL"), m_baseUrl);
    form()->addRow(tr("Provider key"), m_apiKey);

    connect(m_save, &QPushButton::clicked, this, &RoutesSettingsPage::saveRoute);
    connect(m_remove, &QPushButton::clicked, this, &RoutesSettingsPage::removeSelectedRoute);
    connect(table(), &QTableWidget::itemSelectionChanged, this, &RoutesSettingsPage::fillFormFromSelection);
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
        status()->showProblem(tr("The routes could not be read: %1").arg(routes.error().toString()));
        return;
    }
    QList<QStringList> rows;
    for (const Route &route : std::as_const(*routes))
        rows.append({route.name, route.kind, route.baseUrl,
                     route.apiKey.isEmpty() ? tr("not set") : tr("set (hidden)")});
    setRows(rows);
}

void RoutesSettingsPage::fillFormFromSelection()
{
    if (selectedText().isEmpty())
        return;
    m_name->setText(selectedText(0));
    m_kind->setCurrentText(selectedText(1));
    m_baseUrl->setText(selectedText(2));
    m_apiKey->clear();
}

bool RoutesSettingsPage::saveRoute()
{
    const QString name = m_name->text().trimmed();
    if (auto valid = RouteValidation::check(Route{name, m_kind->currentText(), m_baseUrl->text(), {}});
        !valid) {
        status()->showProblem(tr("The route was not saved: %1").arg(valid.error().message));
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
        status()->showProblem(tr("The route was not saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_apiKey->clear();
    if (apiKey.isEmpty())
        status()->showProblem(
            tr("Route %1 saved without a provider key; requests to it go unauthenticated.").arg(name));
    else
        status()->showInfo(tr("Route %1 saved. The gateway uses it from the next request.").arg(name));
    reload();
    return true;
}

bool RoutesSettingsPage::removeSelectedRoute()
{
    if (selectedRowOr(tr("Select the route to remove.")) < 0)
        return false;
    const QString name = selectedText();
    if (auto removed = m_store->removeRoute(name, m_actor); !removed) {
        status()->showProblem(tr("Route %1 was not removed: %2").arg(name, removed.error().toString()));
        return false;
    }
    status()->showInfo(tr("Route %1 removed.").arg(name));
    reload();
    return true;
}

} // namespace custos
