#include "ui/dashboard/DashboardPage.h"

#include "ui/dashboard/ClassRateModel.h"
#include "ui/dashboard/DailyActivityModel.h"
#include "ui/dashboard/DecisionModel.h"
#include "ui/dashboard/DistinctValuesModel.h"
#include "ui/dashboard/ExceptionFunnelModel.h"
#include "ui/dashboard/OpenAlertModel.h"
#include "ui/dashboard/RecipientModel.h"
#include "ui/dashboard/RiskReportExportDialog.h"
#include "ui/dashboard/RiskSurfaceLoader.h"
#include "ui/dashboard/SurfaceBarChart.h"
#include "ui/dashboard/SurfaceChartCard.h"
#include "ui/dashboard/SurfaceChartGrid.h"
#include "ui/dashboard/SurfaceDayChart.h"
#include "ui/dashboard/TopSendersModel.h"
#include "ui/dashboard/WouldHaveModel.h"
#include "ui/session/ConsoleSession.h"

#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionService.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace custos {

DashboardPage::DashboardPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(new RiskSurfaceLoader(this))
{
    auto *title = new QLabel(tr("<h2>Dashboard</h2>"));
    auto *form = new QFormLayout;
    m_gateway = addValue(form, tr("Gateway"), QStringLiteral("dashboard-gateway"));
    m_policy = addValue(form, tr("Enforced policy"), QStringLiteral("dashboard-policy"));
    m_activity = addValue(form, tr("Last 24 hours"), QStringLiteral("dashboard-activity"));
    m_rules = addValue(form, tr("Rules fired most"), QStringLiteral("dashboard-rules"));
    m_exceptions = addValue(form, tr("Exception requests"), QStringLiteral("dashboard-exceptions"));
    m_emptySurface = new QLabel(tr("No interactions in this period. The charts fill once services send "
                                   "requests through the gateway."));
    m_emptySurface->setObjectName(QStringLiteral("dashboard-surface-empty"));
    m_emptySurface->setAlignment(Qt::AlignCenter);
    m_emptySurface->setWordWrap(true);
    m_grid = new SurfaceChartGrid;
    m_grid->setObjectName(QStringLiteral("dashboard-charts"));
    buildCharts();
    m_surfaceStack = new QStackedWidget;
    m_surfaceStack->addWidget(m_emptySurface);
    m_surfaceStack->addWidget(m_grid);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addLayout(form);
    contentLayout->addWidget(buildSurfaceControls());
    contentLayout->addWidget(m_surfaceStack, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboard-scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    m_timer.setInterval(RefreshMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
    m_surfaceTimer.setInterval(SurfaceRefreshMilliseconds);
    connect(&m_surfaceTimer, &QTimer::timeout, this, &DashboardPage::reloadSurface);
    connect(m_loader, &RiskSurfaceLoader::loaded, this, &DashboardPage::showSurface);
    connect(m_loader, &RiskSurfaceLoader::failed, this, &DashboardPage::showSurfaceProblem);
    connect(&session, &ConsoleSession::gatewayStateChanged, this, &DashboardPage::showGateway);
    connect(&session, &ConsoleSession::userChanged, this, &DashboardPage::refresh);
    connect(&session, &ConsoleSession::userChanged, this, &DashboardPage::reloadSurface);
    connect(&session, &ConsoleSession::userChanged, this, &DashboardPage::updateExport);
    updateExport();
    showGateway(session.gatewayBaseUrl(), {});
    refresh();
    reloadSurface();
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::buildSurfaceControls()
{
    auto *heading = new QLabel(tr("<h3>Risk surface</h3>"));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("dashboard-period"));
    m_period->setAccessibleName(tr("Period"));
    for (int days : {7, 30, 90})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->setCurrentIndex(1);
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    m_pseudonymise = new QCheckBox(tr("P&seudonymise users and services"));
    m_pseudonymise->setObjectName(QStringLiteral("dashboard-pseudonymise"));
    m_pseudonymise->setToolTip(tr("Show each user and service as a stable pseudonym instead of its name"));
    m_surfaceStatus = new QLabel;
    m_surfaceStatus->setObjectName(QStringLiteral("dashboard-surface-status"));
    m_surfaceStatus->setWordWrap(true);
    m_export = new QPushButton(tr("&Export…"));
    m_export->setObjectName(QStringLiteral("dashboard-export"));
    m_export->setToolTip(tr("Write the risk-surface report of this period as a PDF"));
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::openExport);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadSurface);
    connect(m_pseudonymise, &QCheckBox::toggled, this, &DashboardPage::reloadSurface);
    auto *controls = new QWidget;
    auto *row = new QHBoxLayout;
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addSpacing(fontMetrics().height());
    row->addWidget(m_pseudonymise);
    row->addStretch();
    row->addWidget(m_export);
    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addWidget(m_surfaceStatus);
    return controls;
}

template <typename Model> Model *DashboardPage::addModel(Model *model)
{
    model->setParent(this);
    m_models.append(model);
    return model;
}

void DashboardPage::buildCharts()
{
    const QString nothing = tr("Nothing in this period.");
    const auto card = [&](const QString &name, const QString &title, QWidget *content,
                          QAbstractItemModel *model, const QString &empty) {
        content->setObjectName(name);
        m_grid->addCard(new SurfaceChartCard(title, empty, content, model));
    };
    using Columns = SurfaceBarChart::Columns;
    auto *days = addModel(new DailyActivityModel);
    days->setObjectName(QStringLiteral("dashboard-days-model"));
    card(QStringLiteral("dashboard-chart-interactions"), tr("Interactions per day"),
         new SurfaceDayChart(days, SurfaceDayChart::Lines::Interactions), days, nothing);
    card(QStringLiteral("dashboard-chart-daily-rates"), tr("Hits per 1,000 interactions, by day"),
         new SurfaceDayChart(days, SurfaceDayChart::Lines::ClassRates), days, nothing);
    auto *rates = addModel(new ClassRateModel);
    card(QStringLiteral("dashboard-chart-class-rates"), tr("Hits per 1,000 interactions, by data class"),
         new SurfaceBarChart(rates, 1, Columns::One), rates, tr("No detector hits in this period."));
    auto *values = addModel(new DistinctValuesModel);
    card(QStringLiteral("dashboard-chart-distinct-values"), tr("Distinct values sent, by value class"),
         new SurfaceBarChart(values, 1, Columns::One), values, tr("No fingerprinted values in this period."));
    auto *users = addModel(new TopSendersModel(TopSendersModel::Senders::Users));
    card(QStringLiteral("dashboard-chart-top-users"), tr("Top users by distinct values"),
         new SurfaceBarChart(users, 1, Columns::One), users, tr("No user sent a fingerprinted value."));
    auto *services = addModel(new TopSendersModel(TopSendersModel::Senders::Services));
    card(QStringLiteral("dashboard-chart-top-services"), tr("Top services by distinct values"),
         new SurfaceBarChart(services, 1, Columns::One), services,
         tr("No service sent a fingerprinted value."));
    auto *recipients = addModel(new RecipientModel);
    card(QStringLiteral("dashboard-chart-recipients"), tr("Data classes passed on, by provider and model"),
         new SurfaceBarChart(recipients, 1, Columns::FromFirstToLast), recipients,
         tr("No provider received a detected data class."));
    auto *decisions = addModel(new DecisionModel);
    card(QStringLiteral("dashboard-chart-decisions"), tr("Decisions"),
         new SurfaceBarChart(decisions, 1, Columns::One), decisions, nothing);
    auto *wouldHave = addModel(new WouldHaveModel);
    card(QStringLiteral("dashboard-chart-would-have"), tr("What monitor-mode rules would have done"),
         new SurfaceBarChart(wouldHave, 1, Columns::One), wouldHave,
         tr("No monitor-mode rule fired in this period."));
    auto *funnel = addModel(new ExceptionFunnelModel);
    card(QStringLiteral("dashboard-chart-exceptions"), tr("Exception requests"),
         new SurfaceBarChart(funnel, 1, Columns::One), funnel, nothing);
    auto *alerts = addModel(new OpenAlertModel);
    auto *alertTable = new QTableView;
    alertTable->setModel(alerts);
    alertTable->verticalHeader()->hide();
    alertTable->horizontalHeader()->setStretchLastSection(true);
    alertTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    alertTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    card(QStringLiteral("dashboard-open-alerts"), tr("Open alerts"), alertTable, alerts,
         tr("No open alerts."));
}

void DashboardPage::reloadSurface()
{
    const int days = m_period->currentData().toInt();
    auto period = SurfacePeriod::lastDays(days);
    if (!period) {
        showSurfaceProblem(period.error().toString());
        return;
    }
    m_surfaceStatus->setText(tr("Loading the last %n day(s)…", nullptr, days));
    m_loader->load(m_session.store(), RiskSurfaceOptions{*period, m_pseudonymise->isChecked(), 10});
}

// The report writer checks the role (auditor, risk officer, admin) and the password itself; the
// button only needs someone signed in to name as the exporter.
void DashboardPage::updateExport()
{
    m_export->setEnabled(m_session.user().has_value());
}

void DashboardPage::openExport()
{
    if (!m_session.user())
        return;
    auto *dialog = new RiskReportExportDialog(m_session.store(), m_session.users()->sharedDirectory(),
                                              m_session.user()->name, m_period->currentData().toInt(),
                                              m_pseudonymise->isChecked(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool DashboardPage::isSurfaceLoading() const
{
    return m_loader->isLoading();
}

void DashboardPage::showSurface(const RiskSurface &surface)
{
    m_surface = surface;
    for (SurfaceTableModel *model : std::as_const(m_models))
        model->setSurface(surface);
    m_surfaceStack->setCurrentWidget(surface.hasTraffic() ? static_cast<QWidget *>(m_grid) : m_emptySurface);
    const QLocale locale;
    m_surfaceStatus->setText(
        tr("%1 to %2: %n interaction(s), %3 open alert(s)", nullptr, int(surface.interactions))
            .arg(locale.toString(surface.period.firstDay(), QLocale::ShortFormat),
                 locale.toString(surface.period.lastDay(), QLocale::ShortFormat))
            .arg(surface.openAlerts.size()));
    Q_EMIT surfaceShown();
}

void DashboardPage::showSurfaceProblem(const QString &message)
{
    m_surfaceStatus->setText(tr("The risk surface cannot be read: %1").arg(message));
    Q_EMIT surfaceShown();
}

QLabel *DashboardPage::addValue(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel;
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()), value);
    return value;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    reloadSurface();
    m_timer.start();
    m_surfaceTimer.start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    m_surfaceTimer.stop();
    QWidget::hideEvent(event);
}

void DashboardPage::refresh()
{
    showPolicy();
    showActivity();
    showExceptions();
}

QString DashboardPage::text() const
{
    QStringList lines;
    for (const QLabel *label : {m_gateway, m_policy, m_activity, m_rules, m_exceptions, m_surfaceStatus})
        lines.append(label->text());
    return lines.join(u'\n');
}

void DashboardPage::showGateway(const QString &baseUrl, const QString &problem)
{
    m_gateway->setText(!problem.isEmpty()  ? tr("not listening: %1").arg(problem)
                       : baseUrl.isEmpty() ? tr("stopped")
                                           : tr("listening on %1").arg(baseUrl));
}

void DashboardPage::showPolicy()
{
    auto active = PolicyVersions(*m_session.store(), nullptr).active();
    if (!active) {
        m_policy->setText(tr("cannot be read: %1").arg(active.error().toString()));
        return;
    }
    if (!*active) {
        m_policy->setText(tr("none published: the gateway refuses every request"));
        return;
    }
    const PublishedVersion &version = **active;
    m_policy->setText(tr("%1 (%2), version %3, published by %4 on %5: “%6”")
                          .arg(version.title, version.policyId, version.hash.left(12), version.author,
                               version.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               version.comment));
}

void DashboardPage::showActivity()
{
    auto summary = m_session.store()->summarize(QDateTime::currentDateTimeUtc().addDays(-1));
    if (!summary) {
        m_activity->setText(tr("cannot be read: %1").arg(summary.error().toString()));
        m_rules->clear();
        return;
    }
    QStringList decisions;
    for (auto it = summary->decisions.cbegin(); it != summary->decisions.cend(); ++it)
        decisions.append(tr("%1 %2").arg(it.value()).arg(it.key()));
    m_activity->setText(summary->interactions == 0
                            ? tr("no interactions")
                            : tr("%n interaction(s): %1", nullptr, int(summary->interactions))
                                  .arg(decisions.join(QStringLiteral(", "))));
    QStringList rules;
    for (const auto &[rule, count] : summary->topRules)
        rules.append(tr("%1 (%2)").arg(rule).arg(count));
    m_rules->setText(rules.isEmpty() ? tr("none") : rules.join(QStringLiteral(", ")));
}

void DashboardPage::showExceptions()
{
    auto service = m_session.exceptions();
    if (!service) {
        m_exceptions->setText(tr("cannot be read: %1").arg(service.error().toString()));
        return;
    }
    int pending = 0;
    int awaitingMe = 0;
    for (const ExceptionRecord &record : (*service)->list()) {
        if (record.status != ExceptionStatus::Pending)
            continue;
        ++pending;
        if (m_session.user() && m_session.awaits(record, *m_session.user()))
            ++awaitingMe;
    }
    m_exceptions->setText(tr("%1 pending, %2 waiting for you").arg(pending).arg(awaitingMe));
}

} // namespace custos
