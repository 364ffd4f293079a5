#include "core/policy/WatchSectionParser.h"

#include "core/policy/DriftSectionParser.h"

using namespace Qt::StringLiterals;

namespace custos {

void WatchSectionParser::parse(const YAML::Node &node)
{
    const QString path = u"watch"_s;
    if (!m_reader.checkMap(node, path, u"watch"_s,
                           {"novel_values", "budgets", "secrets", "drift", "enforce", "risk_level_days",
                            "risk_level_approvers"}))
        return;
    riskLevels(node, path);
    if (const auto value = node["novel_values"]; value && !value.IsNull())
        novelValues(value, path + u".novel_values"_s);
    if (const auto value = node["budgets"]; value && !value.IsNull())
        budgets(value, path + u".budgets"_s);
    if (const auto value = node["secrets"]; value && !value.IsNull())
        secrets(value, path + u".secrets"_s);
    if (const auto value = node["drift"]; value && !value.IsNull())
        DriftSectionParser(m_reader, m_settings.drift).parse(value, path + u".drift"_s);
}

void WatchSectionParser::riskLevels(const YAML::Node &node, const QString &path)
{
    using Enforce = WatchSettings::Enforce;
    if (const auto value = node["enforce"]) {
        const auto enforce = m_reader.choice<Enforce>(value, path + u".enforce"_s, u"enforce"_s,
                                                      u"monitor, require_exception"_s,
                                                      [](const QString &text) -> std::optional<Enforce> {
                                                          if (text == u"monitor")
                                                              return Enforce::Monitor;
                                                          if (text == u"require_exception")
                                                              return Enforce::RequireException;
                                                          return std::nullopt;
                                                      });
        if (enforce)
            m_settings.enforce = *enforce;
    }
    days(node, "risk_level_days", path, m_settings.riskLevelDays, 365);
    if (const auto value = node["risk_level_approvers"])
        m_settings.riskLevelApprovers =
            m_reader.stringList(value, path + u".risk_level_approvers"_s, u"risk_level_approvers"_s);
    // Without approvers an enforced risk level could never be lifted for a single request.
    if (m_settings.enforce == Enforce::RequireException && m_settings.riskLevelApprovers.isEmpty())
        m_reader.error(node["enforce"],
                       u"enforce: require_exception needs risk_level_approvers (user names or group:NAME): "
                       "someone must be able to grant the exception a risk level asks for"_s);
}

void WatchSectionParser::novelValues(const YAML::Node &node, const QString &path)
{
    if (!m_reader.checkMap(node, path, u"novel_values"_s,
                           {"lookback_days", "baseline_days", "peer_weight_days", "warmup_days", "cusum"}))
        return;
    days(node, "lookback_days", path, m_settings.lookbackDays);
    days(node, "baseline_days", path, m_settings.baselineDays);
    days(node, "warmup_days", path, m_settings.warmupDays);
    if (const auto value = node["peer_weight_days"]) {
        if (const auto weight =
                m_reader.number(value, path + u".peer_weight_days"_s, u"peer_weight_days"_s)) {
            if (*weight < 0)
                m_reader.error(value, u"peer_weight_days must be 0 or more, not %1"_s.arg(*weight));
            else
                m_settings.peerWeightDays = *weight;
        }
    }
    if (m_settings.baselineDays > m_settings.lookbackDays)
        m_reader.error(node["baseline_days"] ? node["baseline_days"] : node,
                       u"baseline_days (%1) cannot be longer than lookback_days (%2): the baseline counts "
                       "novel values, which need the look-back"_s.arg(m_settings.baselineDays)
                           .arg(m_settings.lookbackDays));
    if (m_settings.warmupDays > m_settings.baselineDays)
        m_reader.error(
            node["warmup_days"] ? node["warmup_days"] : node,
            u"warmup_days (%1) cannot be longer than baseline_days (%2)"_s.arg(m_settings.warmupDays)
                .arg(m_settings.baselineDays));
    if (const auto value = node["cusum"]; value && !value.IsNull())
        cusum(value, path + u".cusum"_s);
}

void WatchSectionParser::cusum(const YAML::Node &node, const QString &path)
{
    if (!m_reader.checkMap(node, path, u"cusum"_s, {"ratio", "shift", "threshold", "max_step"}))
        return;
    positive(node, "ratio", path, m_settings.ratio, 1.0, true);
    if (const auto value = node["shift"]) {
        if (const auto shift = m_reader.number(value, path + u".shift"_s, u"shift"_s)) {
            if (*shift < 0)
                m_reader.error(value, u"shift must be 0 or more, not %1"_s.arg(*shift));
            else
                m_settings.shift = *shift;
        }
    }
    positive(node, "threshold", path, m_settings.threshold);
    positive(node, "max_step", path, m_settings.maxStep);
    if (m_settings.ratio == 1.0 && m_settings.shift == 0.0)
        m_reader.error(node, u"cusum needs ratio above 1 or shift above 0: it must look for a higher rate"_s);
    if (m_settings.maxStep >= m_settings.threshold)
        m_reader.error(node["max_step"] ? node["max_step"] : node,
                       u"max_step (%1) must be below threshold (%2), or one day could alert on its own"_s
                           .arg(m_settings.maxStep)
                           .arg(m_settings.threshold));
}

void WatchSectionParser::budgets(const YAML::Node &node, const QString &path)
{
    if (!m_reader.checkMap(node, path, u"budgets"_s, {"window_days", "distinct"}))
        return;
    days(node, "window_days", path, m_settings.budgetDays, m_settings.lookbackDays);
    const YAML::Node distinct = node["distinct"];
    if (!distinct || distinct.IsNull() || !m_reader.isMap(distinct, path + u".distinct"_s, u"distinct"_s))
        return;
    m_settings.budgets.clear();
    for (auto it = distinct.begin(); it != distinct.end(); ++it) {
        const QString key = YamlReader::keyOf(it->first);
        if (const auto count = m_reader.integer(it->second, path + u".distinct."_s + key, u"a budget"_s, 1))
            m_settings.budgets.insert(key, int(std::min<qint64>(*count, 1'000'000)));
    }
}

void WatchSectionParser::secrets(const YAML::Node &node, const QString &path)
{
    if (!m_reader.checkMap(node, path, u"secrets"_s, {"window_days", "distinct"}))
        return;
    days(node, "window_days", path, m_settings.secretDays, m_settings.lookbackDays);
    if (const auto value = node["distinct"])
        if (const auto count = m_reader.integer(value, path + u".distinct"_s, u"distinct"_s, 1))
            m_settings.secretBudget = int(std::min<qint64>(*count, 1'000'000));
}

void WatchSectionParser::days(const YAML::Node &map, const char *key, const QString &path, int &target,
                              int maximum)
{
    const YAML::Node value = map[key];
    if (!value)
        return;
    const QString name = QString::fromLatin1(key);
    const auto count = m_reader.integer(value, path + u'.' + name, name, 1);
    if (!count)
        return;
    if (*count > maximum) {
        m_reader.error(value, u"%1 must be at most %2 days, not %3"_s.arg(name).arg(maximum).arg(*count));
        return;
    }
    target = int(*count);
}

bool WatchSectionParser::positive(const YAML::Node &map, const char *key, const QString &path, double &target,
                                  double minimum, bool inclusive)
{
    const YAML::Node value = map[key];
    if (!value)
        return false;
    const QString name = QString::fromLatin1(key);
    const auto number = m_reader.number(value, path + u'.' + name, name);
    if (!number)
        return false;
    if (inclusive ? *number < minimum : *number <= minimum) {
        m_reader.error(value, u"%1 must be %2 %3, not %4"_s.arg(name, inclusive ? u"at least"_s : u"above"_s)
                                  .arg(minimum)
                                  .arg(*number));
        return false;
    }
    target = *number;
    return true;
}

} // namespace custos
