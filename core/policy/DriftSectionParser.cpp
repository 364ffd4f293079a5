#include "core/policy/DriftSectionParser.h"

using namespace Qt::StringLiterals;

namespace custos {

void DriftSectionParser::parse(const YAML::Node &node, const QString &path)
{
    if (!m_reader.checkMap(
            node, path, u"drift"_s,
            {"alpha", "baseline_weeks", "minimum_interactions", "minimum_events", "dead_rule_days"}))
        return;
    if (const auto value = node["alpha"]) {
        if (const auto alpha = m_reader.number(value, path + u".alpha"_s, u"alpha"_s)) {
            // Above 0.5 a "significant" week is as likely as not under unchanged traffic.
            if (*alpha <= 0.0 || *alpha > 0.5)
                m_reader.error(value, u"alpha must be above 0 and at most 0.5, not %1"_s.arg(*alpha));
            else
                m_settings.alpha = *alpha;
        }
    }
    bounded(node, "baseline_weeks", path, m_settings.baselineWeeks, 1, 52);
    bounded(node, "minimum_interactions", path, m_settings.minInteractions, 1, 1'000'000);
    bounded(node, "minimum_events", path, m_settings.minEvents, 1, 1'000'000);
    bounded(node, "dead_rule_days", path, m_settings.deadRuleDays, 1, 400);
}

void DriftSectionParser::bounded(const YAML::Node &map, const char *key, const QString &path, int &target,
                                 int minimum, int maximum)
{
    const YAML::Node value = map[key];
    if (!value)
        return;
    const QString name = QString::fromLatin1(key);
    const auto number = m_reader.integer(value, path + u'.' + name, name, minimum);
    if (!number)
        return;
    if (*number > maximum) {
        m_reader.error(value, u"%1 must be at most %2, not %3"_s.arg(name).arg(maximum).arg(*number));
        return;
    }
    target = int(*number);
}

} // namespace custos
