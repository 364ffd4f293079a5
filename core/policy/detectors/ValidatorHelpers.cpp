#include "core/policy/detectors/Validators.h"
#include "core/policy/detectors/ValidatorsPrivate.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace custos {

namespace ValidatorHelpers {

int alnumValue(char c)
{
    if (isDigit(c))
        return digit(c);
    const char u = upper(c);
    if (u >= 'A' && u <= 'Z')
        return u - 'A' + 10;
    return -1;
}

std::string keepDigits(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (isDigit(c))
            out.push_back(c);
    return out;
}

std::string keepAlnumUpper(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (alnumValue(c) >= 0)
            out.push_back(upper(c));
    return out;
}

bool allSameDigit(std::string_view digits)
{
    return !digits.empty() && std::ranges::all_of(digits, [&](char c) { return c == digits.front(); });
}

int leadingNumber(std::string_view digits, int count)
{
    if (count <= 0 || digits.size() < std::size_t(count))
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = digits[std::size_t(i)];
        if (!isDigit(c))
            return -1;
        value = value * 10 + digit(c);
    }
    return value;
}

bool separatorsConsistent(std::string_view text, std::string_view separators)
{
    char seen = 0;
    for (char c : text) {
        if (separators.find(c) == std::string_view::npos)
            continue;
        if (seen != 0 && seen != c)
            return false;
        seen = c;
    }
    return true;
}

namespace {

bool validDay(int year, int month, int day)
{
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && !leap)
        return day <= 28;
    return day <= kDays[std::size_t(month - 1)];
}

int monthFromName(std::string_view word)
{
    static constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    std::string prefix;
    for (char c : word.substr(0, 3))
        prefix.push_back(char(c | 0x20));
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == prefix)
            return int(i) + 1;
    return 0;
}

} // namespace

bool parsesAsCalendarDate(std::string_view text)
{
    // Split into numbers and words; the order of the numbers decides the format.
    std::array<int, 3> numbers{};
    std::array<int, 3> widths{};
    int count = 0;
    int namedMonth = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (isDigit(text[i])) {
            std::size_t j = i;
            while (j < text.size() && isDigit(text[j]))
                ++j;
            if (count == 3)
                return false;
            std::from_chars(text.data() + i, text.data() + j, numbers[std::size_t(count)]);
            widths[std::size_t(count++)] = int(j - i);
            i = j;
        } else if (alnumValue(text[i]) >= 10) {
            std::size_t j = i;
            while (j < text.size() && alnumValue(text[j]) >= 10)
                ++j;
            namedMonth = namedMonth ? namedMonth : monthFromName(text.substr(i, j - i));
            i = j;
        } else {
            ++i;
        }
    }
    if (namedMonth != 0) {
        if (count != 2)
            return false;
        const int year = widths[0] == 4 ? numbers[0] : numbers[1];
        const int day = widths[0] == 4 ? numbers[1] : numbers[0];
        return validDay(year, namedMonth, day);
    }
    if (count != 3)
        return false;
    if (widths[0] == 4)
        return validDay(numbers[0], numbers[1], numbers[2]);
    // Day-first or month-first: accept when either reading is a real date.
    return validDay(numbers[2], numbers[1], numbers[0]) || validDay(numbers[2], numbers[0], numbers[1]);
}

std::string base64UrlDecode(std::string_view text)
{
    const QByteArray decoded = QByteArray::fromBase64(QByteArray(text.data(), qsizetype(text.size())),
                                                      QByteArray::Base64UrlEncoding);
    return decoded.toStdString();
}

bool looksLikePlaceholder(std::string_view value)
{
    // Templates and variables: ${VAR}, {{ var }}, <token>, $VAR, %(name)s.
    if (value.starts_with("${") || value.starts_with("{{") || value.starts_with('<') ||
        value.starts_with('$') || value.starts_with('%'))
        return true;
    std::string lower;
    for (char c : value)
        lower.push_back(char((c >= 'A' && c <= 'Z') ? c | 0x20 : c));
    static constexpr std::array<std::string_view, 9> kContains{
        "xxxx", "****", "....", "changeme", "example", "placeholder", "your_", "your-", "redacted"};
    for (std::string_view p : kContains)
        if (lower.find(p) != std::string::npos)
            return true;
    static constexpr std::array<std::string_view, 8> kWhole{"password", "secret", "dummy", "none",
                                                            "null",     "true",   "false", "pass"};
    if (std::ranges::find(kWhole, lower) != kWhole.end())
        return true;
    const char first = lower.front();
    return std::ranges::all_of(lower, [&](char c) { return c == first; });
}

bool looksLikeTokenPlaceholder(std::string_view value)
{
    std::string lower;
    for (char c : value)
        lower.push_back(char((c >= 'A' && c <= 'Z') ? c | 0x20 : c));
    if (lower.find("xxxx") != std::string::npos || lower.find("example") != std::string::npos ||
        lower.find("****") != std::string::npos)
        return true;
    // A run of the alphabet (abcdefgh) is typed, not generated; counting digits occur in ids.
    int ascending = 1;
    for (std::size_t i = 1; i < value.size(); ++i) {
        ascending = (alnumValue(value[i]) >= 10 && value[i] == value[i - 1] + 1) ? ascending + 1 : 1;
        if (ascending >= 8)
            return true;
    }
    // A long run of one letter (AIzaaaaaaa...); digit runs occur in real ids.
    int run = 1;
    for (std::size_t i = 1; i < value.size(); ++i) {
        run = (value[i] == value[i - 1] && alnumValue(value[i]) >= 10) ? run + 1 : 1;
        if (run >= 8)
            return true;
    }
    return false;
}

namespace {

// National number lengths for the most common country codes; other codes only get the E.164
// bounds. Each entry: country code, shortest and longest national number, allowed first digits.
struct NumberingPlan
{
    std::string_view code;
    int minLength;
    int maxLength;
    std::string_view firstDigits;
};

constexpr NumberingPlan kPlans[] = {
    {"1", 10, 10, "23456789"},  {"7", 10, 10, "3489"},       {"20", 9, 10, "123456789"},
    {"27", 9, 9, "123456789"},  {"30", 10, 10, "2689"},      {"31", 9, 9, "123456789"},
    {"32", 8, 9, "123456789"},  {"33", 9, 9, "123456789"},   {"34", 9, 9, "6789"},
    {"36", 8, 9, "123456789"},  {"39", 6, 11, "0123456789"}, {"41", 9, 9, "123456789"},
    {"43", 4, 13, "123456789"}, {"44", 9, 10, "1235789"},    {"45", 8, 8, "123456789"},
    {"46", 7, 9, "123456789"},  {"47", 8, 8, "2345789"},     {"48", 9, 9, "123456789"},
    {"49", 6, 13, "123456789"}, {"52", 10, 10, "123456789"}, {"55", 10, 11, "123456789"},
    {"61", 9, 9, "23478"},      {"62", 8, 12, "123456789"},  {"63", 8, 10, "23456789"},
    {"64", 8, 10, "234789"},    {"65", 8, 8, "3689"},        {"81", 9, 10, "123456789"},
    {"82", 8, 10, "123456789"}, {"86", 9, 11, "123456789"},  {"90", 10, 10, "2345"},
    {"91", 10, 10, "6789"},     {"92", 9, 10, "123456789"},  {"351", 9, 9, "29"},
    {"353", 7, 9, "124567189"}, {"358", 5, 12, "123456789"}, {"972", 8, 9, "234589"},
};

// Country codes that are one or two digits long; all others have three.
bool isShortCountryCode(std::string_view code)
{
    static constexpr std::string_view kShort[] = {
        "1",  "7",  "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
        "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"};
    return std::ranges::find(kShort, code) != std::end(kShort);
}

} // namespace

bool plausibleInternationalNumber(std::string_view digits)
{
    if (digits.size() < 8 || digits.size() > 15)
        return false;
    std::size_t codeLength = 3;
    if (isShortCountryCode(digits.substr(0, 1)))
        codeLength = 1;
    else if (isShortCountryCode(digits.substr(0, 2)))
        codeLength = 2;
    const std::string_view code = digits.substr(0, codeLength);
    const std::string_view national = digits.substr(codeLength);
    for (const NumberingPlan &plan : kPlans) {
        if (plan.code != code)
            continue;
        return int(national.size()) >= plan.minLength && int(national.size()) <= plan.maxLength &&
               plan.firstDigits.find(national.front()) != std::string_view::npos;
    }
    return national.size() >= 6;
}

bool isPlainWord(std::string_view value)
{
    bool hasDigitOrSymbol = false;
    for (char c : value)
        if (alnumValue(c) < 10)
            hasDigitOrSymbol = true;
    if (hasDigitOrSymbol)
        return false;
    // All letters: a word or a camelCase identifier has few capitals, a random string about half.
    int capitals = 0;
    for (char c : value)
        capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
    return capitals == int(value.size()) || capitals * 4 <= int(value.size());
}

std::size_t longestMixedRun(std::string_view value)
{
    std::size_t longest = 0;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find_first_of("-_.", start);
        if (end == std::string_view::npos)
            end = value.size();
        const std::string_view run = value.substr(start, end - start);
        const bool letters =
            std::ranges::any_of(run, [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        const bool digits =
            std::ranges::any_of(run, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (letters && digits)
            longest = std::max(longest, run.size());
        start = end + 1;
    }
    return longest;
}

bool isUuid(std::string_view value)
{
    if (value.size() != 36)
        return false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? value[i] != '-' : !std::isxdigit(static_cast<unsigned char>(value[i])))
            return false;
    }
    return true;
}

} // namespace ValidatorHelpers

int Validators::ibanLength(std::string_view countryCode)
{
    // The SWIFT IBAN registry, plus the countries that publish IBANs without joining it.
    static constexpr std::pair<std::string_view, int> kLengths[] = {
        {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AO", 25}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
        {"BF", 28}, {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BJ", 28}, {"BR", 29}, {"BY", 28}, {"CF", 27},
        {"CG", 27}, {"CH", 21}, {"CI", 28}, {"CM", 27}, {"CR", 22}, {"CV", 25}, {"CY", 28}, {"CZ", 24},
        {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"DZ", 26}, {"EE", 20}, {"EG", 29}, {"ES", 24},
        {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GA", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23},
        {"GL", 18}, {"GQ", 27}, {"GR", 27}, {"GT", 28}, {"GW", 25}, {"HN", 28}, {"HR", 21}, {"HU", 28},
        {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IR", 26}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KM", 27},
        {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21},
        {"LY", 25}, {"MA", 28}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MG", 27}, {"MK", 19}, {"ML", 28},
        {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"MZ", 25}, {"NE", 28}, {"NI", 28}, {"NL", 18},
        {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24},
        {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24},
        {"SM", 27}, {"SN", 28}, {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TD", 27}, {"TG", 28}, {"TL", 23},
        {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
    };
    for (const auto &[code, length] : kLengths)
        if (code == countryCode)
            return length;
    return 0;
}

} // namespace custos
