#include "core/policy/PolicyDetectors.h"

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/Validators.h"

namespace custos::PolicyDetectors {
namespace {

DetectorSpec customSpec(const CustomDetector &detector)
{
    DetectorSpec spec;
    spec.id = detector.id;
    spec.dataClass = detector.dataClass;
    spec.description = detector.description;
    spec.kind = detector.keywords.isEmpty() ? DetectorSpec::Pattern : DetectorSpec::Keywords;
    spec.pattern = detector.pattern;
    spec.keywords = detector.keywords;
    spec.validator = detector.validator;
    spec.contextWords = detector.context;
    spec.contextRequired = detector.contextRequired;
    spec.confidence = detector.confidence;
    return spec;
}

} // namespace

QHash<QString, QString> builtinClasses()
{
    QHash<QString, QString> classes;
    for (const DetectorSpec &spec : BuiltinDetectors::all())
        classes.insert(spec.id, spec.dataClass);
    return classes;
}

QStringList validatorNames()
{
    return BuiltinDetectors::validatorIds();
}

std::vector<DetectorSpec> effectiveSpecs(const PolicyDocument &document)
{
    std::vector<DetectorSpec> specs;
    for (const DetectorSpec &builtin : BuiltinDetectors::all()) {
        if (document.detectors.disabled.contains(builtin.id))
            continue;
        DetectorSpec spec = builtin;
        if (const auto change = document.detectors.overrides.constFind(spec.id);
            change != document.detectors.overrides.cend()) {
            if (!change->dataClass.isEmpty())
                spec.dataClass = change->dataClass;
            if (!change->context.isEmpty())
                spec.contextWords = change->context;
            if (change->confidence)
                spec.confidence = *change->confidence;
        }
        specs.push_back(std::move(spec));
    }
    for (const CustomDetector &detector : document.detectors.custom)
        specs.push_back(customSpec(detector));
    for (DetectorSpec &spec : specs)
        if (spec.validator == QLatin1String(Validators::kPhoneNumber))
            spec.regions = document.detectors.phoneRegions;
    return specs;
}

} // namespace custos::PolicyDetectors
