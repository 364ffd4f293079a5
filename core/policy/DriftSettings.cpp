#include "core/policy/DriftSettings.h"

using namespace Qt::StringLiterals;

namespace custos {

QJsonObject DriftSettings::toJson() const
{
    return QJsonObject{{u"alpha"_s, alpha},
                       {u"baseline_weeks"_s, baselineWeeks},
                       {u"minimum_interactions"_s, minInteractions},
                       {u"minimum_events"_s, minEvents},
                       {u"dead_rule_days"_s, deadRuleDays}};
}

} // namespace custos
