#include "core/policy/detectors/PhoneNumberCheck.h"
#include "core/policy/detectors/Validators.h"
#include "core/policy/detectors/ValidatorsPrivate.h"

#include <algorithm>
#include <cctype>

// Validators for formats without a national check digit: phone numbers, network addresses,
// dates, tokens and credentials.

namespace custos::FormatValidators {

namespace {

using namespace ValidatorHelpers;

constexpr std::size_t kReject = 0;

std::size_t acceptIf(bool ok, std::string_view value)
{
    return ok ? value.size() : kReject;
}

} // namespace

std::size_t phone(std::string_view value)
{
    const std::string d = keepDigits(value);
    if (d.size() < 8 || d.size() > 15 || allSameDigit(d))
        return kReject;
    int open = 0;
    for (char c : value) {
        open += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (open < 0 || open > 1)
            return kReject;
    }
    return acceptIf(open == 0, value);
}

std::size_t ipv6(std::string_view whole)
{
    // The address without its zone index or prefix length.
    const std::string_view value = whole.substr(0, whole.find_first_of("%/"));
    int groups = 0;
    int compressions = 0;
    bool embeddedIpv4 = value.find('.') != std::string_view::npos;
    std::size_t i = 0;
    while (i < value.size()) {
        if (value.substr(i, 2) == "::") {
            ++compressions;
            i += 2;
            continue;
        }
        if (value[i] == '%' || value[i] == '/')
            break; // zone index or prefix length
        if (value[i] == ':') {
            ++i;
            continue;
        }
        const std::size_t next = value.find_first_of(":%/", i);
        const std::string_view group =
            value.substr(i, next == std::string_view::npos ? value.npos : next - i);
        if (group.find('.') == std::string_view::npos) {
            if (group.size() > 4)
                return kReject;
            ++groups;
        } else {
            groups += 2;
        }
        i += group.size();
    }
    if (compressions > 1)
        return kReject;
    const bool ok = compressions == 1 ? (groups <= 7 && (groups >= 1 || value == "::")) : groups == 8;
    return acceptIf(ok || (embeddedIpv4 && groups <= 8 && compressions <= 1), whole);
}

std::size_t calendarDate(std::string_view value)
{
    return acceptIf(parsesAsCalendarDate(value), value);
}

std::size_t jwt(std::string_view value)
{
    const std::size_t dot = value.find('.');
    if (dot == std::string_view::npos)
        return kReject;
    const std::string header = base64UrlDecode(value.substr(0, dot));
    const bool ok = header.starts_with('{') && (header.find("\"alg\"") != std::string::npos ||
                                                header.find("\"typ\"") != std::string::npos);
    return acceptIf(ok, value);
}

std::size_t highEntropy(std::string_view value)
{
    // Words joined by - or _ in one case (not_long_enough, MY_KEY_NAME) are names, not secrets.
    const bool lowerWords = value.find_first_not_of("abcdefghijklmnopqrstuvwxyz-_") == std::string_view::npos;
    const bool upperWords = value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ-_") == std::string_view::npos;
    if (value.size() < 8 || looksLikePlaceholder(value) || lowerWords || upperWords)
        return kReject;
    const double entropy = Validators::shannonEntropy(value);
    const bool hexOnly = value.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
    const double threshold = hexOnly ? 2.8 : (value.size() >= 20 ? 3.5 : 2.9);
    return acceptIf(entropy >= threshold && !isPlainWord(value), value);
}

std::size_t mixedCaseEntropy(std::string_view value)
{
    bool lower = false;
    bool up = false;
    for (char c : value) {
        lower = lower || (c >= 'a' && c <= 'z');
        up = up || (c >= 'A' && c <= 'Z');
    }
    return acceptIf(lower && up && Validators::shannonEntropy(value) >= 4.0, value);
}

// Length limits the pattern leaves open: local part up to 64 bytes, labels up to 63, no label
// starting or ending with a hyphen, 254 bytes in all.
std::size_t email(std::string_view value)
{
    const std::size_t at = value.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || value.size() > 254)
        return kReject;
    const std::string_view local = value.substr(0, at);
    if (local.starts_with('.') || local.ends_with('.') || local.find("..") != std::string_view::npos)
        return kReject;
    std::string_view domain = value.substr(at + 1);
    while (!domain.empty()) {
        const std::size_t dot = domain.find('.');
        const std::string_view label = domain.substr(0, dot);
        if (label.empty() || label.size() > 63 || label.starts_with('-') || label.ends_with('-'))
            return kReject;
        domain = dot == std::string_view::npos ? std::string_view() : domain.substr(dot + 1);
    }
    return value.size();
}

// 6 to 9 letters and digits, at least one a digit.
std::size_t passport(std::string_view value)
{
    return acceptIf(value.size() >= 6 && value.size() <= 9 && !keepDigits(value).empty(), value);
}

std::size_t hasDigit(std::string_view value)
{
    return acceptIf(!keepDigits(value).empty(), value);
}

std::size_t phoneE164(std::string_view value)
{
    if (phone(value) == kReject)
        return kReject;
    return acceptIf(plausibleInternationalNumber(keepDigits(value)), value);
}

std::size_t macAddress(std::string_view value)
{
    const std::string hex = keepAlnumUpper(value);
    const bool allZero = hex.find_first_not_of('0') == std::string::npos;
    const bool broadcast = hex.find_first_not_of('F') == std::string::npos;
    return acceptIf(!allZero && !broadcast, value);
}

std::size_t usMbi(std::string_view value)
{
    const auto dashes = std::ranges::count(value, '-');
    return acceptIf(dashes == 0 || dashes == 2, value);
}

std::size_t notPlaceholder(std::string_view value)
{
    return acceptIf(!looksLikeTokenPlaceholder(value), value);
}

std::size_t openAiKey(std::string_view value)
{
    return acceptIf(!value.starts_with("sk-ant-") && !looksLikeTokenPlaceholder(value) &&
                        !keepDigits(value).empty(),
                    value);
}

// A private key block needs real key material between its armour lines; a header alone (a key
// cut off) still counts.
std::size_t pemBody(std::string_view value)
{
    const std::size_t headerEnd = value.find("-----", 5);
    const std::size_t footer = value.find("-----END");
    if (headerEnd == std::string_view::npos || footer == std::string_view::npos)
        return value.size();
    int keyChars = 0;
    for (char c : value.substr(headerEnd + 5, footer - headerEnd - 5))
        keyChars += (alnumValue(c) >= 0 || c == '+' || c == '/' || c == '=') ? 1 : 0;
    return acceptIf(keyChars >= 32, value);
}

// user:password@host where the password is not a template or example.
std::size_t urlPassword(std::string_view value)
{
    const std::size_t scheme = value.find("://");
    const std::size_t at = value.rfind('@');
    if (scheme == std::string_view::npos || at == std::string_view::npos)
        return kReject;
    const std::string_view userInfo = value.substr(scheme + 3, at - scheme - 3);
    const std::size_t colon = userInfo.find(':');
    if (colon == std::string_view::npos)
        return kReject;
    const std::string_view password = userInfo.substr(colon + 1);
    return acceptIf(!password.empty() && !looksLikePlaceholder(password) && password != "pass", value);
}

std::size_t phoneNumber(std::string_view value)
{
    static const PhoneNumberCheck check;
    return acceptIf(check.check(value).verdict != PhoneNumberCheck::Verdict::Reject, value);
}

// A GitHub token with a checksum that does not match is still a leaked-looking token (GitHub
// may change the scheme, test data rarely computes it): the checksum grades, placeholders reject.
std::size_t githubChecksum(std::string_view value)
{
    return acceptIf(!looksLikeTokenPlaceholder(value), value);
}

// A random credential, not a word, path or hash: letters and digits mixed, enough entropy, and
// not a 40/64-hex digest (commit ids and checksums sit next to vendor names all the time). It
// needs a run of 8 mixing letters and digits (a UUID's groups have one): model names such as
// "gpt-4o-mini-2024-07-18" are words and numbers, and prompts name vendors next to them.
std::size_t vendorSecretValue(std::string_view value)
{
    const std::string digits = keepDigits(value);
    const bool hexOnly = value.find_first_not_of("0123456789abcdef") == std::string_view::npos;
    if (digits.empty() || digits.size() == value.size() || looksLikeTokenPlaceholder(value) ||
        looksLikePlaceholder(value) || longestMixedRun(value) < 8)
        return kReject;
    if (hexOnly && (value.size() == 40 || value.size() == 64))
        return kReject;
    const bool path = value.find('/') != std::string_view::npos;
    const double entropy = Validators::shannonEntropy(value);
    const double needed = hexOnly ? 3.0 : path ? 4.5 : 3.2;
    return acceptIf(entropy >= needed, value);
}

// A value near a word such as "token" or "secret" with no assignment to tie them: random like a
// vendor's key, at least 16 characters with letters and digits, and not a UUID (request,
// idempotency and object ids are UUIDs next to the word "key" as often as credentials are).
std::size_t credentialWordValue(std::string_view value)
{
    if (value.size() < 16 || longestMixedRun(value) < 16 || isUuid(value))
        return kReject;
    return vendorSecretValue(value);
}

// Password=...; in an ADO.NET / ODBC / JDBC connection string: the value after the key.
std::size_t connectionPassword(std::string_view value)
{
    // curl's -u gives user:password; a connection string's value is the password alone.
    const std::size_t colon = value.find(':');
    const std::string_view password = colon == std::string_view::npos ? value : value.substr(colon + 1);
    return acceptIf(password.size() >= 3 && !looksLikePlaceholder(password) &&
                        !looksLikeTokenPlaceholder(password),
                    value);
}

} // namespace custos::FormatValidators
