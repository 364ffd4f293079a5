#include "core/audit/AuditDataset.h"

#include <array>

namespace custos::audit {

namespace {
constexpr std::array<QStringView, 3> kPayloadModeNames{u"digests", u"redacted", u"raw"};
}

QString payloadModeName(PayloadMode mode)
{
    return kPayloadModeNames[static_cast<size_t>(mode)].toString();
}

std::optional<PayloadMode> payloadModeFromName(QStringView name)
{
    for (size_t i = 0; i < kPayloadModeNames.size(); ++i)
        if (name == kPayloadModeNames[i])
            return static_cast<PayloadMode>(i);
    return std::nullopt;
}

} // namespace custos::audit
