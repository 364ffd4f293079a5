#pragma once

#include "core/policy/detectors/DetectorSpec.h"

#include <QStringList>

#include <vector>

namespace custos {

// The built-in detector pack: PII, PCI, PHI, SECRET and CONFIDENTIAL detectors, RE2 only.
// The list is built once (thread-safe static) and never changes at run time.
namespace BuiltinDetectors {

const std::vector<DetectorSpec> &all();

// The built-in spec with this id, or nullptr.
const DetectorSpec *find(const QString &id);

// The ids of the named validators a detector spec may use (the same as Validators::ids()).
QStringList validatorIds();

} // namespace BuiltinDetectors

} // namespace custos
