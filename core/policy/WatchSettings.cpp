#include "core/policy/WatchSettings.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos {

QJsonObject WatchSettings::toJson() const
{
    QJsonObject budgetMap;
    for (auto it = budgets.cbegin(); it != budgets.cend(); ++it)
        budgetMap.insert(it.key(), it.value());
    const QJsonObject cusum{
        {u"ratio"_s, ratio}, {u"shift"_s, shift}, {u"threshold"_s, threshold}, {u"max_step"_s, maxStep}};
    const QJsonObject novel{{u"lookback_days"_s, lookbackDays},
                            {u"baseline_days"_s, baselineDays},
                            {u"peer_weight_days"_s, peerWeightDays},
                            {u"warmup_days"_s, warmupDays},
                            {u"cusum"_s, cusum}};
    QJsonObject json{
        {u"novel_values"_s, novel},
        {u"budgets"_s, QJsonObject{{u"window_days"_s, budgetDays}, {u"distinct"_s, budgetMap}}},
        {u"secrets"_s, QJsonObject{{u"window_days"_s, secretDays}, {u"distinct"_s, secretBudget}}}};
    // The risk-level keys came later: written only when they differ from their defaults, so a
    // version with a watch: section published before them keeps its hash.
    const WatchSettings defaults;
    if (enforce != defaults.enforce)
        json.insert(u"enforce"_s, enforceName(enforce));
    if (riskLevelDays != defaults.riskLevelDays)
        json.insert(u"risk_level_days"_s, riskLevelDays);
    if (!riskLevelApprovers.isEmpty())
        json.insert(u"risk_level_approvers"_s, QJsonArray::fromStringList(riskLevelApprovers));
    return json;
}

QString WatchSettings::enforceName(Enforce enforce)
{
    return enforce == Enforce::RequireException ? u"require_exception"_s : u"monitor"_s;
}

} // namespace custos
