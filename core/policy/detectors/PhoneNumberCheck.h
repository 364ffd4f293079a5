#pragma once

#include "core/policy/detectors/PhoneRegionPlan.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

// Decides on a phone-number candidate that the RE2 prefilter found, with Google's libphonenumber
// (ITU-T E.164 numbering plans per region). Only candidates reach it, so its cost (a parse per
// region tried) is paid for digit runs that look like phone numbers, never for prose.
//
// A candidate written internationally (+CC or 00CC) is parsed once. A national one is tried
// against the default regions in order; the first region it is valid for wins and decides the
// E.164 form. A number that is only *possible* (a plausible length, not an assigned range) is
// accepted when it is written like a phone number: an area code in parentheses, a trunk 0 or
// an international prefix. Dates, version numbers and IPv4-looking runs are refused.
//
// Immutable after construction; all methods are safe from many threads at once.
class PhoneNumberCheck
{
public:
    enum class Verdict { Reject, Possible, Valid };
    struct Result
    {
        Verdict verdict = Verdict::Reject;
        std::string e164; // +CCNNN..., empty on Reject
    };

    // regions: ISO 3166-1 alpha-2 codes libphonenumber knows (see supportedRegions()); an empty
    // list means defaultRegions().
    explicit PhoneNumberCheck(const QStringList &regions = {});

    Result check(std::string_view candidate) const;

    static QStringList defaultRegions();
    static bool isSupportedRegion(const QString &region);
    static QStringList supportedRegions();

private:
    Result checkInternational(const std::string &digits) const;
    Result checkNational(const std::string &digits, bool phoneShaped) const;
    // international: any region of the country code may own the number (+1 is US and CA).
    // plan, when given, rules out numbers that cannot be valid in the region before libphonenumber
    // is asked.
    Result checkInRegion(std::string national, const std::string &region, int countryCode,
                         const std::string &trunk, bool international, bool acceptPossible,
                         const PhoneRegionPlan *plan) const;

    // Looked up once: a candidate is tried against every region, and these are map look-ups.
    struct Region
    {
        std::string code; // ISO 3166-1 alpha-2
        int countryCode = 0;
        std::string trunk; // national (trunk) prefix, e.g. "0"; empty for Italy and others
        std::shared_ptr<const PhoneRegionPlan> plan; // nullptr: no metadata to rule numbers out
    };
    std::vector<Region> m_regions;
};

} // namespace custos
