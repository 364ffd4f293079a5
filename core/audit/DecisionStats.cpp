#include "core/audit/DecisionStats.h"

#include "core/policy/PolicyTypes.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

constexpr Action kEveryAction[] = {Action::Allow,   Action::Monitor,          Action::Redact,
                                   Action::Reroute, Action::RequireException, Action::Block};

bool isEnforced(const QString &decision)
{
    const auto action = actionFromName(decision);
    return action && *action != Action::Allow && *action != Action::Monitor;
}

} // namespace

void DecisionStats::add(const InteractionRow &row)
{
    ++m_total;
    ++m_byAction[row.decision];
    ++m_byVersionAndAction[{row.policyHash, row.decision}];
    ++m_byVersion[row.policyHash];
    for (const QString &rule : row.rules)
        ++m_byRule[rule];
    ++m_perDay[row.time.toUTC().date()][row.decision];
    if (isEnforced(row.decision))
        m_enforced.add(row);
}

qint64 DecisionStats::decisionsUnder(const QString &policyHash) const
{
    const auto it = m_byVersion.find(policyHash);
    return it == m_byVersion.end() ? 0 : it->second;
}

void DecisionStats::fill(AuditReport &report) const
{
    // Every action, zeros included, so the summary reads the same for every pack.
    for (const Action action : kEveryAction) {
        const auto it = m_byAction.find(actionName(action));
        report.byAction.append(CountRow{actionName(action), it == m_byAction.end() ? 0 : it->second});
    }
    for (const auto &[key, count] : m_byVersionAndAction) {
        const QString version = key.first.isEmpty() ? u"(no version)"_s : key.first.left(12);
        report.byActionAndVersion.append(CountRow{key.second + u" @ "_s + version, count});
    }
    QList<CountRow> rules;
    for (const auto &[rule, count] : m_byRule)
        rules.append(CountRow{rule, count});
    std::stable_sort(rules.begin(), rules.end(),
                     [](const CountRow &a, const CountRow &b) { return a.count > b.count; });
    report.byRule = rules;
    for (const auto &[day, counts] : m_perDay)
        report.perDay.append(DayCounts{day, counts});
    report.enforced = m_enforced.rows();
    report.enforcedTotal = m_enforced.total();
    report.enforcedSampled = m_enforced.sampled();
}

} // namespace custos::audit
