#pragma once

#include "core/policy/WatchSettings.h"
#include "core/policy/YamlReader.h"

namespace custos {

// Reads the policy's `watch:` section into WatchSettings: unknown keys, values of the wrong type and
// impossible values (a window of no days, a step that could alert alone, a baseline longer than the
// look-back) are errors at their line and column; what is not written keeps its default.
class WatchSectionParser
{
public:
    WatchSectionParser(YamlReader &reader, WatchSettings &settings)
        : m_reader(reader)
        , m_settings(settings)
    {}

    void parse(const YAML::Node &node);

private:
    void riskLevels(const YAML::Node &node, const QString &path);
    void novelValues(const YAML::Node &node, const QString &path);
    void cusum(const YAML::Node &node, const QString &path);
    void budgets(const YAML::Node &node, const QString &path);
    void secrets(const YAML::Node &node, const QString &path);
    void days(const YAML::Node &map, const char *key, const QString &path, int &target, int maximum = 400);
    // A number above `minimum` (or at least it, when inclusive); false when absent or refused.
    bool positive(const YAML::Node &map, const char *key, const QString &path, double &target,
                  double minimum = 0.0, bool inclusive = false);

    YamlReader &m_reader;
    WatchSettings &m_settings;
};

} // namespace custos
