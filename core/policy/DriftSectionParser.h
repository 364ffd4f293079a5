#pragma once

#include "core/policy/DriftSettings.h"
#include "core/policy/YamlReader.h"

namespace custos {

// Reads `watch: drift:` into DriftSettings: unknown keys, values of the wrong type and impossible
// values (alpha outside (0, 0.5], a baseline of no weeks, a dead-rule window of no days) are errors
// at their line and column; what is not written keeps its default.
class DriftSectionParser
{
public:
    DriftSectionParser(YamlReader &reader, DriftSettings &settings)
        : m_reader(reader)
        , m_settings(settings)
    {}

    void parse(const YAML::Node &node, const QString &path);

private:
    void bounded(const YAML::Node &map, const char *key, const QString &path, int &target, int minimum,
                 int maximum);

    YamlReader &m_reader;
    DriftSettings &m_settings;
};

} // namespace custos
