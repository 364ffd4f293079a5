#include "core/policy/detectors/PhoneRegionPlan.h"

#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>
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
const std::map<std::string, PhoneMetadata> &regionMetadata()
{
    static const std::map<std::string, PhoneMetadata> metadata = [] {
        std::map<std::string, PhoneMetadata> byRegion;
        PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                       i18n::phonenumbers::metadata_size()))
            return byRegion;
        for (const PhoneMetadata &region : collection.metadata())
            byRegion.emplace(region.id(), region);
        return byRegion;
    }();
    return metadata;
}

std::vector<int> lengthsOf(const PhoneNumberDesc &desc)
{
    return {desc.possible_length().begin(), desc.possible_length().end()};
}

// The number types libphonenumber's GetNumberType tries, any of which makes a number valid.
std::vector<const PhoneNumberDesc *> typeDescriptions(const PhoneMetadata &m)
{
    return {&m.premium_rate(), &m.toll_free(),       &m.mobile(), &m.fixed_line(), &m.shared_cost(),
            &m.voip(),         &m.personal_number(), &m.pager(),  &m.uan(),        &m.voicemail()};
}

} // namespace

bool PhoneRegionPlan::load(Description *into, const std::string &pattern, const std::vector<int> &lengths)
{
    // No list means every length (libphonenumber then relies on the pattern alone).
    into->lengths = lengths.empty() ? ~0U : 0U;
    for (const int length : lengths)
        if (length > 0 && length < 32)
            into->lengths |= 1U << unsigned(length);
    RE2::Options options;
    options.set_log_errors(false);
    into->pattern = std::make_unique<RE2>(pattern, options);
    return into->pattern->ok();
}

bool PhoneRegionPlan::Description::matches(std::string_view nsn) const
{
    return nsn.size() < 32 && (lengths >> nsn.size()) & 1U &&
           RE2::FullMatch(absl::string_view(nsn.data(), nsn.size()), *pattern);
}

std::unique_ptr<const PhoneRegionPlan> PhoneRegionPlan::forRegion(const std::string &region)
{
    const auto &metadata = regionMetadata();
    const auto it = metadata.find(region);
    if (it == metadata.end() || !it->second.general_desc().has_national_number_pattern())
        return nullptr;
    std::unique_ptr<PhoneRegionPlan> plan(new PhoneRegionPlan);
    const PhoneNumberDesc &general = it->second.general_desc();
    Description generalDescription;
    if (!load(&generalDescription, general.national_number_pattern(), lengthsOf(general)))
        return nullptr; // a pattern RE2 cannot read: never skip the region on its account
    plan->m_validLengths = generalDescription.lengths;
    plan->m_pattern = std::move(generalDescription.pattern);
    for (const PhoneNumberDesc *type : typeDescriptions(it->second)) {
        if (!type->has_national_number_pattern())
            continue; // the plan has no such numbers
        Description description;
        if (!load(&description, type->national_number_pattern(), lengthsOf(*type)))
            return nullptr;
        plan->m_types.push_back(std::move(description));
    }
    return plan;
}

bool PhoneRegionPlan::mayBeValid(std::string_view nationalSignificantNumber) const
{
    return validLength(nationalSignificantNumber.size()) &&
           RE2::FullMatch(
               absl::string_view(nationalSignificantNumber.data(), nationalSignificantNumber.size()),
               *m_pattern);
}

bool PhoneRegionPlan::isValid(std::string_view nationalSignificantNumber) const
{
    return mayBeValid(nationalSignificantNumber) &&
           std::ranges::any_of(
               m_types, [&](const Description &type) { return type.matches(nationalSignificantNumber); });
}

} // namespace custos
