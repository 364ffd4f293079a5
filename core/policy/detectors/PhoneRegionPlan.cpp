#include "core/policy/detectors/PhoneRegionPlan.h"

#include <phonenumbers/phonemetadata.pb.h>

#include <map>

// libphonenumber's compiled-in metadata (the serialized PhoneMetadataCollection its
// PhoneNumberUtil parses at start-up). The library exports these two functions but installs no
// header for them (metadata.h stays in its source tree), so they are declared here.
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace custos {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

// Parsed once per process: a few hundred regions, a few hundred kilobytes.
const std::map<std::string, PhoneNumberDesc> &generalDescriptions()
{
    static const std::map<std::string, PhoneNumberDesc> descriptions = [] {
        std::map<std::string, PhoneNumberDesc> byRegion;
        PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                       i18n::phonenumbers::metadata_size()))
            return byRegion;
        for (const PhoneMetadata &region : collection.metadata())
            byRegion.emplace(region.id(), region.general_desc());
        return byRegion;
    }();
    return descriptions;
}

} // namespace

std::unique_ptr<const PhoneRegionPlan> PhoneRegionPlan::forRegion(const std::string &region)
{
    const auto &descriptions = generalDescriptions();
    const auto it = descriptions.find(region);
    if (it == descriptions.end() || !it->second.has_national_number_pattern())
        return nullptr;
    std::unique_ptr<PhoneRegionPlan> plan(new PhoneRegionPlan);
    const PhoneNumberDesc &desc = it->second;
    // No list means every length (libphonenumber then relies on the pattern alone).
    if (desc.possible_length_size() == 0)
        plan->m_validLengths = ~0U;
    for (const int length : desc.possible_length())
        if (length > 0 && length < 32)
            plan->m_validLengths |= 1U << unsigned(length);
    RE2::Options options;
    options.set_log_errors(false);
    plan->m_pattern = std::make_unique<RE2>(desc.national_number_pattern(), options);
    if (!plan->m_pattern->ok())
        return nullptr; // a pattern RE2 cannot read: never skip the region on its account
    return plan;
}

bool PhoneRegionPlan::mayBeValid(std::string_view nationalSignificantNumber) const
{
    return validLength(nationalSignificantNumber.size()) &&
           RE2::FullMatch(
               absl::string_view(nationalSignificantNumber.data(), nationalSignificantNumber.size()),
               *m_pattern);
}

} // namespace custos
