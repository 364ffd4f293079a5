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
// E.164 form. The verdicts, strongest first:
// - Valid: an assigned range of the plan (libphonenumber's validity test);
// - Plausible: a possible number (the plan's length, an unassigned range) written unmistakably
//   like a phone number: with +CC or 00CC, an area code in parentheses, or a trunk 0 and three
//   groups. Test data and made-up numbers look like this; so do numbers in plans not yet listed;
// - NeedsContext: seven to thirteen digits in a phone number's shape that no plan settles: a
//   hit only next to a word such as "phone" or "call";
// - Reject: dates, version numbers, IPv4-looking runs, SSN-shaped groups, counted runs.
//
// Immutable after construction; all methods are safe from many threads at once.
class PhoneNumberCheck
{
public:
    enum class Verdict { Reject, NeedsContext, Plausible, Valid };
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
    Result checkUnbroken(const std::string &digits) const;
    Result checkGrouped(const std::string &digits, std::size_t groups, bool parentheses) const;
    Result needsContext(const std::string &digits) const;
    // Valid in the first default region that has it, else Plausible in the first where it is
    // possible, else Reject.
    Result checkNational(const std::string &digits) const;
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
