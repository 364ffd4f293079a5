#pragma once

#include "core/policy/detectors/DetectorSpec.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace custos::BuiltinDetectors {

// Context word lists, written as plain literals in the pack.
inline QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

// A short way to write one built-in spec.
struct Builder
{
    DetectorSpec spec;

    Builder(const char *id, const char *dataClass, const char *description, const char *pattern)
    {
        spec.id = QString::fromLatin1(id);
        spec.dataClass = QString::fromLatin1(dataClass);
        spec.description = QString::fromUtf8(description);
        spec.pattern = QString::fromUtf8(pattern);
    }
    Builder &validator(const char *id)
    {
        spec.validator = QString::fromLatin1(id);
        return *this;
    }
    Builder &confidence(double value)
    {
        spec.confidence = value;
        return *this;
    }
    Builder &bareDigitsConfidence(double value)
    {
        spec.bareDigitsConfidence = value;
        return *this;
    }
    Builder &maxLength(int codePoints)
    {
        spec.maxMatchLength = codePoints;
        return *this;
    }
    Builder &context(QStringList words, bool required, int window = 40)
    {
        spec.contextWords = std::move(words);
        spec.contextRequired = required;
        spec.contextWindow = window;
        return *this;
    }
    operator DetectorSpec() const { return spec; }
};

std::vector<DetectorSpec> piiDetectors();
std::vector<DetectorSpec> secretDetectors();
std::vector<DetectorSpec> vendorDetectors();

} // namespace custos::BuiltinDetectors
