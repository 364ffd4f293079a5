#pragma once

#include "core/policy/PolicyDocument.h"
#include "core/policy/YamlReader.h"

#include <QByteArray>

namespace custos {

// Turns policy YAML into a PolicyDocument, reporting malformed YAML, wrong types and unknown keys.
// Meaning (detectors that exist, routes that resolve, ...) is checked by PolicyValidator.
class PolicyParser
{
public:
    static constexpr qint64 MaxPolicyBytes = 5 * 1024 * 1024;

    struct Outcome
    {
        PolicyDocument document;
        PolicyErrors errors;
        bool loaded = false; // the YAML itself was well-formed and held a mapping
    };

    static Outcome parse(const QByteArray &yaml, const QString &fileName);
};

} // namespace custos
