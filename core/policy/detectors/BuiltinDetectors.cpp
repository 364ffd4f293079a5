#include "core/policy/detectors/BuiltinDetectors.h"

#include "core/policy/detectors/BuiltinDetectorsPrivate.h"
#include "core/policy/detectors/Validators.h"

namespace custos {

const std::vector<DetectorSpec> &BuiltinDetectors::all()
{
    static const std::vector<DetectorSpec> pack = [] {
        std::vector<DetectorSpec> specs = piiDetectors();
        for (DetectorSpec &spec : secretDetectors())
            specs.push_back(std::move(spec));
        for (DetectorSpec &spec : vendorDetectors())
            specs.push_back(std::move(spec));
        return specs;
    }();
    return pack;
}

const DetectorSpec *BuiltinDetectors::find(const QString &id)
{
    for (const DetectorSpec &spec : all())
        if (spec.id == id)
            return &spec;
    return nullptr;
}

QStringList BuiltinDetectors::validatorIds()
{
    return Validators::ids();
}

} // namespace custos
