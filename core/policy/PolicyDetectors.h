#pragma once

#include "core/policy/PolicyDocument.h"
#include "core/policy/detectors/DetectorSpec.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace custos {

// The detectors a policy runs: the built-in pack minus what it disables, with its overrides
// applied, plus its own custom detectors.
namespace PolicyDetectors {

QHash<QString, QString> builtinClasses(); // built-in detector id -> data class
QStringList validatorNames();
std::vector<DetectorSpec> effectiveSpecs(const PolicyDocument &document);

} // namespace PolicyDetectors

} // namespace custos
