#include "ui/dashboard/DashboardPage.h"

#include "ui/session/ConsoleSession.h"

#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionService.h"
#include "core/publishing/PolicyVersions.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace custos {

DashboardPage::DashboardPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *title = new QLabel(tr("<h2>Dashboard</h2>"));
    auto *form = new QFormLayout;
    m_gateway = addValue(form, tr("Gateway"), QStringLiteral("dashboard-gateway"));
    m_policy = addValue(form, tr("Enforced policy"), QStringLiteral("dashboard-policy"));
    m_activity = addValue(form, tr("Last 24 hours"), QStringLiteral("dashboard-activity"));
    m_rules = addValue(form, tr("Rules fired most"), QStringLiteral("dashboard-rules"));
    m_exceptions = addValue(form, tr("Exception requests"), QStringLiteral("dashboard-exceptions"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addStretch();
    m_timer.setInterval(RefreshMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&session, &ConsoleSession::gatewayStateChanged, this, &DashboardPage::showGateway);
    connect(&session, &ConsoleSession::userChanged, this, &DashboardPage::refresh);
    showGateway(session.gatewayBaseUrl(), {});
    refresh();
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
    m_timer.start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
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
    for (const QLabel *label : {m_gateway, m_policy, m_activity, m_rules, m_exceptions})
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
