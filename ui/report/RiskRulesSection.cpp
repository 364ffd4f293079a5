#include "ui/report/RiskRulesSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskRulesSection::RiskRulesSection(PageFlow &flow, const audit::RiskReportFacts &facts)
    : m_flow(flow)
    , m_blocks(flow)
    , m_facts(facts)
{}

void RiskRulesSection::write()
{
    m_blocks.heading(6, QStringLiteral("Rules"));
    if (m_facts.rules.isEmpty()) {
        m_blocks.note(
            m_facts.scope.policyHash.isEmpty()
                ? QStringLiteral("No policy is published and no rule fired in the period.")
                : QStringLiteral("The active policy has no rules and no rule fired in the period."));
        return;
    }
    writeTable();
    writeDead();
    writeReady();
}

void RiskRulesSection::writeTable()
{
    TableWriter table(m_flow, {{QStringLiteral("Rule"), 2.4, true},
                               {QStringLiteral("Mode"), 1.2},
                               {QStringLiteral("Action"), 1.3},
                               {QStringLiteral("Fired"), 0, false, true, QStringLiteral("0000000")},
                               {QStringLiteral("Would have"), 0, false, true, QStringLiteral("0000000")},
                               {QStringLiteral("Unvalidated"), 0, false, true, QStringLiteral("000000")},
                               {QStringLiteral("Exceptions"), 0, false, true, QStringLiteral("00000")}});
    for (const audit::RuleActivity &rule : m_facts.rules) {
        const RowTone tone = rule.ready ? RowTone::Good : rule.dead ? RowTone::Bad : RowTone::Plain;
        table.addRow({rule.rule, rule.mode, rule.action, QString::number(rule.fired),
                      QString::number(rule.wouldHave), QString::number(rule.unvalidated),
                      QString::number(rule.exceptionsRequested)},
                     tone);
    }
    table.finish();
    m_blocks.note(
        QStringLiteral("Fired: interactions of the period the rule fired on. Would have: of them, those "
                       "where it was monitor-only with a stronger action than monitor. Unvalidated: "
                       "would-have firings without a validated hit of the rule's own detectors."));
}

void RiskRulesSection::writeDead()
{
    m_blocks.subheading(QStringLiteral("Dead rules"));
    QStringList dead;
    for (const audit::RuleActivity &rule : m_facts.rules)
        if (rule.dead)
            dead.append(rule.rule);
    if (dead.isEmpty()) {
        m_blocks.note(
            QStringLiteral("None: every rule of the active policy fired at least once in the period."));
        return;
    }
    m_blocks.note(QStringLiteral("%1 rules of the active policy fired on nothing in the period: check their "
                                 "conditions and scope, or retire them.")
                      .arg(dead.size()));
    TableWriter table(m_flow, {{QStringLiteral("Dead rule"), 1, true}});
    for (const QString &rule : std::as_const(dead))
        table.addRow({rule}, RowTone::Bad);
    table.finish();
}

void RiskRulesSection::writeReady()
{
    m_blocks.subheading(QStringLiteral("Ready to move from monitor to enforce"));
    m_blocks.note(m_facts.readyCriterion);
    QStringList ready;
    for (const audit::RuleActivity &rule : m_facts.rules)
        if (rule.ready)
            ready.append(rule.rule);
    if (ready.isEmpty()) {
        m_blocks.note(QStringLiteral("No rule meets the criterion in this period."));
        return;
    }
    TableWriter table(m_flow,
                      {{QStringLiteral("Ready rule"), 2, true}, {QStringLiteral("Would enforce"), 1}});
    for (const audit::RuleActivity &rule : m_facts.rules)
        if (rule.ready)
            table.addRow({rule.rule, rule.action}, RowTone::Good);
    table.finish();
}

} // namespace custos::report
