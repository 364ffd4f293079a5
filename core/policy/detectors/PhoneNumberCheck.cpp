#include "core/policy/detectors/PhoneNumberCheck.h"
#include "core/policy/detectors/ValidatorsPrivate.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>

namespace custos {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// How a candidate is written, before any numbering plan is consulted.
struct Shape
{
    std::string digits;
    std::vector<int> groups;    // digit counts of the groups between separators
    std::string separators;     // the separators between groups, in order
    bool international = false; // starts with + or 00
    bool parentheses = false;
    bool balanced = true;
};

Shape shapeOf(std::string_view candidate)
{
    Shape s;
    int depth = 0;
    bool inGroup = false;
    for (std::size_t i = 0; i < candidate.size(); ++i) {
        const char c = candidate[i];
        if (c >= '0' && c <= '9') {
            s.digits.push_back(c);
            if (!inGroup)
                s.groups.push_back(0);
            ++s.groups.back();
            inGroup = true;
            continue;
        }
        inGroup = false;
        if (c == '+') {
            s.international = s.international || s.digits.empty();
            continue;
        }
        if (c == '(' || c == ')') {
            s.parentheses = true;
            depth += c == '(' ? 1 : -1;
            s.balanced = s.balanced && depth >= 0 && depth <= 1;
        }
        if (!s.digits.empty() && (s.separators.empty() || s.separators.back() != c))
            s.separators.push_back(c);
    }
    s.balanced = s.balanced && depth == 0;
    if (!s.international && s.digits.starts_with("00"))
        s.international = true; // 00, the international call prefix of most of the world: 0044 ...
    return s;
}

int number(const std::string &digits, std::size_t from, std::size_t count)
{
    return std::stoi(digits.substr(from, count));
}

// 2024-11-03, 03.11.2024, 11/03/24, 2019-2023: dates and year ranges are not phone numbers.
bool looksLikeDate(const Shape &s)
{
    const auto &g = s.groups;
    const bool yearFirst = g.size() == 3 && g[0] == 4 && g[1] <= 2 && g[2] <= 2;
    const bool yearLast = g.size() == 3 && g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2);
    if (yearFirst || yearLast)
        return s.separators.find_first_of("-./") != std::string::npos;
    if (g.size() == 2 && g[0] == 4 && g[1] == 4) {
        // A year and a count ("in 2019 1500 people") or a year range.
        const int year = number(s.digits, 0, 4);
        return year >= 1900 && year <= 2100;
    }
    return false;
}

// 10.0.0.1, 10.0.0.0/24, 1.2.3.4.5 and 1.234.567: addresses, versions and thousands separators.
// Phone numbers written with dots ("415.555.0132", "06.12.34.56.78") never have a one-digit group
// after the first.
bool looksLikeDottedNumber(const Shape &s)
{
    if (s.separators.find('.') == std::string::npos || s.international)
        return false; // no address or version starts with + or 00: "+61.2.8586.1401"
    if (std::any_of(s.groups.begin() + 1, s.groups.end(), [](int n) { return n == 1; }))
        return true;
    if (s.separators != ".")
        return false;
    if (s.groups.size() == 4 && std::ranges::all_of(s.groups, [](int n) { return n <= 3; }))
        return true;
    return s.groups.front() <= 3 &&
           std::all_of(s.groups.begin() + 1, s.groups.end(), [](int n) { return n == 3; });
}

// 123-45-6789 is how a US social security number is written; no numbering plan groups 3-2-4.
bool looksLikeSsn(const Shape &s)
{
    return !s.international && s.groups == std::vector<int>{3, 2, 4} &&
           s.separators.find_first_not_of("- ") == std::string::npos;
}

// 123456, 987654 in an unbroken run: counted, not dialled (ids, test data, placeholders).
bool hasCountingRun(const std::string &digits)
{
    int up = 1;
    int down = 1;
    for (std::size_t i = 1; i < digits.size(); ++i) {
        up = digits[i] == digits[i - 1] + 1 ? up + 1 : 1;
        down = digits[i] == digits[i - 1] - 1 ? down + 1 : 1;
        if (up >= 6 || down >= 6)
            return true;
    }
    return false;
}

// Seven digits are a local number without its area code (only with a word such as "phone").
// E.164 allows 15 digits with the country code; a national number with its trunk prefix stays
// within 13. Dates, dotted numbers, SSN-shaped groups and repeated digits are not phone numbers.
bool refused(const Shape &s)
{
    const std::size_t maxDigits = s.international ? 17 : 13;
    return !s.balanced || s.digits.size() < 7 || s.digits.size() > maxDigits ||
           ValidatorHelpers::allSameDigit(s.digits) || looksLikeDate(s) || looksLikeDottedNumber(s) ||
           looksLikeSsn(s);
}

} // namespace

PhoneNumberCheck::PhoneNumberCheck(const QStringList &regions)
{
    for (const QString &name : regions.isEmpty() ? defaultRegions() : regions) {
        Region region;
        region.code = name.toUpper().toStdString();
        region.countryCode = util().GetCountryCodeForRegion(region.code);
        util().GetNddPrefixForRegion(region.code, true, &region.trunk);
        region.plan = PhoneRegionPlan::forRegion(region.code);
        m_regions.push_back(std::move(region));
    }
}

QStringList PhoneNumberCheck::defaultRegions()
{
    // The regions whose national formats are tried when a policy names none: North America,
    // Europe's largest numbering plans, and the biggest plans elsewhere. Order decides the E.164
    // form of a national number valid in several regions.
    return QStringLiteral("US CA GB DE FR ES IT NL BE CH AT SE NO DK FI PL PT IE CZ IN AU SG BR MX JP")
        .split(u' ');
}

QStringList PhoneNumberCheck::supportedRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList out;
    for (const std::string &region : regions)
        out.append(QString::fromStdString(region));
    return out;
}

bool PhoneNumberCheck::isSupportedRegion(const QString &region)
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    return regions.contains(region.toStdString());
}

PhoneNumberCheck::Result PhoneNumberCheck::check(std::string_view candidate) const
{
    Shape s = shapeOf(candidate);
    if (s.international) {
        const bool plus = candidate.find('+') != std::string_view::npos;
        if (!refused(s)) {
            Result result = checkInternational(plus ? s.digits : s.digits.substr(2));
            if (result.verdict != Verdict::Reject)
                return result;
            // Written with +CC but not a possible number there: still a phone number's shape,
            // so one next to a word such as "phone".
            if (plus)
                return needsContext(s.digits);
        }
        if (plus)
            return {};
        s.international = false; // 00 that names no country: maybe a national 0 ("000-12-3456")
    }
    if (refused(s))
        return {};
    if (s.groups.size() == 1)
        return checkUnbroken(s.digits);
    return checkGrouped(s.digits, s.groups.size(), s.parentheses);
}

// An unbroken run of digits is an id as often as a phone number. It stands alone only when it is
// valid with a national number's length (10 to 12 digits with the trunk prefix); otherwise it
// needs a word such as "phone" nearby, and a counted run (123456) never passes.
PhoneNumberCheck::Result PhoneNumberCheck::checkUnbroken(const std::string &digits) const
{
    if (hasCountingRun(digits))
        return {};
    if (digits.size() >= 10 && digits.size() <= 12) {
        Result valid = checkNational(digits);
        if (valid.verdict == Verdict::Valid)
            return valid;
    }
    return needsContext(digits);
}

// Digits in groups, as people write phone numbers. Valid in a default region: a phone number.
// Possible there (the plan's length, an unassigned range) and written unmistakably like one,
// with the area code in parentheses or a trunk 0 and three or more groups ("0688 872 49 99"):
// a phone number too, though not a validated one. Anything else needs a word nearby.
PhoneNumberCheck::Result PhoneNumberCheck::checkGrouped(const std::string &digits, std::size_t groups,
                                                        bool parentheses) const
{
    if (digits.size() >= 8) {
        Result result = checkNational(digits);
        if (result.verdict == Verdict::Valid)
            return result;
        const bool trunkZero = digits.front() == '0' && groups >= 3;
        if (result.verdict == Verdict::Plausible && (parentheses || trunkZero))
            return result;
    }
    return needsContext(digits);
}

// Written in a phone number's shape but not settled by a numbering plan: a hit only next to a
// word such as "phone" or "call". Its E.164 form is a guess in the first default region.
PhoneNumberCheck::Result PhoneNumberCheck::needsContext(const std::string &digits) const
{
    Result result;
    result.verdict = Verdict::NeedsContext;
    const Region &first = m_regions.front();
    std::string national = digits;
    if (!first.trunk.empty() && national.starts_with(first.trunk))
        national.erase(0, first.trunk.size());
    result.e164 = "+" + std::to_string(first.countryCode) + national;
    return result;
}

// +CC NNN...: E.164 country codes are prefix-free, so the first 1 to 3 digits that name a
// country are its code; what follows is the national number, maybe with its trunk prefix written
// in parentheses (+44 (0)20 ...), which is dropped.
PhoneNumberCheck::Result PhoneNumberCheck::checkInternational(const std::string &digits) const
{
    for (std::size_t codeLength = 1; codeLength <= 3 && codeLength < digits.size(); ++codeLength) {
        const int code = std::stoi(digits.substr(0, codeLength));
        std::string region;
        util().GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ")
            continue;
        // After +CC only a trunk 0 is ever written, as "+44 (0)20 ...": Russia's 8 or North
        // America's 1 there are the number's own digits.
        std::string trunk;
        util().GetNddPrefixForRegion(region, true, &trunk);
        if (trunk != "0")
            trunk.clear();
        return checkInRegion(digits.substr(codeLength), region, code, trunk, true, true, nullptr);
    }
    return {};
}

// A national number is checked against each region's metadata directly (country code, trunk
// prefix stripped, national significant number) instead of through Parse: Parse runs a dozen
// regular expressions per call, and an invalid candidate would pay it once per region.
PhoneNumberCheck::Result PhoneNumberCheck::checkNational(const std::string &digits) const
{
    Result possible;
    for (const Region &region : m_regions) {
        Result result = checkInRegion(digits, region.code, region.countryCode, region.trunk, false,
                                      possible.verdict == Verdict::Reject, region.plan.get());
        if (result.verdict == Verdict::Valid)
            return result;
        if (result.verdict == Verdict::Plausible && possible.verdict == Verdict::Reject)
            possible = std::move(result);
    }
    return possible;
}

// The number as libphonenumber stores it (country code, national significant number, Italian
// leading zeros), checked against the region's metadata: the possible lengths first (a table
// look-up), the number-type patterns only for a plausible length.
PhoneNumberCheck::Result PhoneNumberCheck::checkInRegion(std::string national, const std::string &region,
                                                         int countryCode, const std::string &trunk,
                                                         bool international, bool acceptPossible,
                                                         const PhoneRegionPlan *plan) const
{
    if (!trunk.empty() && national.starts_with(trunk))
        national.erase(0, trunk.size());
    // "+49 (0) 0493 ...": the trunk written twice, once in parentheses and once in the area code.
    if (international && trunk == "0")
        national.erase(0, std::min(national.find_first_not_of('0'), national.size()));
    if (national.empty() || national.size() > 17)
        return {};
    // Most digit runs in prose fail the plan's length or general pattern in most regions: they
    // are settled here, without libphonenumber.
    const bool mayBeValid = !plan || plan->mayBeValid(national);
    if (!mayBeValid && !acceptPossible)
        return {};
    PhoneNumber number;
    number.set_country_code(countryCode);
    number.set_national_number(std::stoull(national));
    const std::size_t zeros = national.find_first_not_of('0');
    if (zeros > 0 && zeros != std::string::npos) {
        // Only plans without a trunk prefix (Italy, ...) keep a 0 inside the national number.
        if (!trunk.empty())
            return {};
        number.set_italian_leading_zero(true);
        number.set_number_of_leading_zeros(int(zeros));
    }
    // A length the plan allows only for local dialling (without the area code) is not enough.
    if (util().IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return {};
    Result result;
    // With the region's plan, validity is decided on its precompiled patterns.
    const bool valid = mayBeValid && (international ? util().IsValidNumber(number)
                                      : plan        ? plan->isValid(national)
                                                    : util().IsValidNumberForRegion(number, region));
    if (valid)
        result.verdict = Verdict::Valid;
    else if (acceptPossible)
        result.verdict = Verdict::Plausible;
    else
        return {};
    util().Format(number, PhoneNumberUtil::E164, &result.e164);
    return result;
}

} // namespace custos
