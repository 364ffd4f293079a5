#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

// What one region's numbering plan allows, read from libphonenumber's compiled-in metadata: the
// lengths of its national significant numbers and the pattern every assigned number matches (the
// plan's "general description"). libphonenumber itself demands both before it tries the number
// types, so a national number failing them cannot be valid in the region, and PhoneNumberCheck
// skips the region without calling into libphonenumber (whose checks run a dozen regular
// expressions behind a mutex). The pattern is compiled once, with the policy.
//
// Immutable; safe from many threads at once.
class PhoneRegionPlan
{
public:
    // nullptr when libphonenumber has no metadata for the region (then nothing is skipped).
    static std::unique_ptr<const PhoneRegionPlan> forRegion(const std::string &region);

    // Could a national significant number of this many digits be valid in the plan? A number
    // that is not possible here is not valid either.
    bool validLength(std::size_t digits) const { return digits < 32 && (m_validLengths >> digits) & 1U; }

    // Both necessary conditions of validity: the length and the general pattern (a full match).
    bool mayBeValid(std::string_view nationalSignificantNumber) const;

    // libphonenumber's validity test for a region (IsValidNumberForRegion): the general
    // description and at least one number type (fixed line, mobile, toll free, ...) match, each
    // by its lengths and its pattern, here with the patterns compiled once instead of looked up
    // per call.
    bool isValid(std::string_view nationalSignificantNumber) const;

private:
    PhoneRegionPlan() = default;

    struct Description
    {
        std::uint32_t lengths = 0; // bit n: n digits; ~0 when the metadata lists none
        std::unique_ptr<RE2> pattern;
        bool matches(std::string_view nsn) const;
    };
    static bool load(Description *into, const std::string &pattern, const std::vector<int> &lengths);

    std::uint32_t m_validLengths = 0; // bit n: n digits
    std::unique_ptr<RE2> m_pattern;
    std::vector<Description> m_types;
};

} // namespace custos
