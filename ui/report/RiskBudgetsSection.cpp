#include "ui/report/RiskBudgetsSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

RiskBudgetsSection::RiskBudgetsSection(PageFlow &flow, const audit::RiskReportFacts &facts)
    : m_flow(flow)
    , m_blocks(flow)
    , m_facts(facts)
{}

void RiskBudgetsSection::write()
{
    m_blocks.heading(10, QStringLiteral("Recommended budgets"));
    m_blocks.note(QStringLiteral(
        "For each value class: every user with an interaction in the period, and for each the most distinct "
        "values of the class in any window of the budget's length ending in the period (users who sent none "
        "count as 0). p99 is the nearest-rank 99th percentile over those users; the recommended budget is "
        "p99 + 1, "
        "because the budget watcher alerts when a user reaches the budget."));
    if (m_facts.budgets.isEmpty()) {
        m_blocks.note(QStringLiteral("No value class to recommend a budget for."));
        return;
    }
    const QString count = QStringLiteral("000000");
    TableWriter table(m_flow, {{QStringLiteral("Value class"), 2, true},
                               {QStringLiteral("Window (days)"), 0, false, true, QStringLiteral("0000")},
                               {QStringLiteral("Users"), 0, false, true, count},
                               {QStringLiteral("p99"), 0, false, true, count},
                               {QStringLiteral("Max"), 0, false, true, count},
                               {QStringLiteral("Recommended"), 0, false, true, count},
                               {QStringLiteral("Current"), 0, false, true, count}});
    for (const audit::BudgetRecommendation &row : m_facts.budgets)
        table.addRow({row.valueClass, QString::number(row.windowDays), QString::number(row.users),
                      QString::number(row.p99), QString::number(row.maxObserved),
                      QString::number(row.recommended),
                      row.current > 0 ? QString::number(row.current) : QStringLiteral("none")},
                     row.current > 0 && row.current < row.recommended ? RowTone::Bad : RowTone::Plain);
    table.finish();
}

} // namespace custos::report
