#include "ui/report/RiskWhoWhereSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskWhoWhereSection::RiskWhoWhereSection(PageFlow &flow, const RiskReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

void RiskWhoWhereSection::write()
{
    m_blocks.heading(4, QStringLiteral("Who and where"));
    if (m_report.surface.pseudonymised)
        m_blocks.note(QStringLiteral("Users and services are pseudonymised."));
    writeSenders(QStringLiteral("Top users by distinct values"), m_report.surface.topUsers,
                 QStringLiteral("User"));
    writeSenders(QStringLiteral("Top services by distinct values"), m_report.surface.topServices,
                 QStringLiteral("Service"));
    writeRecipients();
}

void RiskWhoWhereSection::writeSenders(const QString &title, const QList<SurfaceSender> &senders,
                                       const QString &who)
{
    m_blocks.subheading(title);
    if (senders.isEmpty()) {
        m_blocks.note(QStringLiteral("Nobody sent a validated value in the period."));
        return;
    }
    TableWriter table(m_flow, {{who, 1.6},
                               {QStringLiteral("Distinct values"), 0, false, true, QStringLiteral("0000000")},
                               {QStringLiteral("Interactions"), 0, false, true, QStringLiteral("0000000")},
                               {QStringLiteral("By class"), 2.6}});
    for (const SurfaceSender &sender : senders) {
        QStringList classes;
        for (auto it = sender.distinctByClass.cbegin(); it != sender.distinctByClass.cend(); ++it)
            classes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        table.addRow({sender.name, QString::number(sender.distinctValues),
                      QString::number(sender.interactions), classes.join(QStringLiteral(", "))});
    }
    table.finish();
}

void RiskWhoWhereSection::writeRecipients()
{
    m_blocks.subheading(QStringLiteral("Providers and models that received sensitive data"));
    if (m_report.surface.recipients.isEmpty()) {
        m_blocks.note(QStringLiteral("No request with a detector hit was passed on to a provider."));
        return;
    }
    TableWriter table(m_flow, {{QStringLiteral("Provider"), 1.3},
                               {QStringLiteral("Model"), 1.8},
                               {QStringLiteral("Data class"), 1.3, true},
                               {QStringLiteral("Interactions"), 0, false, true, QStringLiteral("0000000")},
                               {QStringLiteral("Redacted"), 0, false, true, QStringLiteral("0000000")}});
    for (const SurfaceRecipient &row : m_report.surface.recipients)
        table.addRow({row.provider, row.model, row.dataClass, QString::number(row.interactions),
                      QString::number(row.redacted)});
    table.finish();
}

} // namespace custos::report
