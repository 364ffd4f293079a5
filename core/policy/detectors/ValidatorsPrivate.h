#pragma once

#include <string>
#include <string_view>

namespace custos::ValidatorHelpers {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline int digit(char c)
{
    return c - '0';
}
inline char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}
// 0-9 for digits, 10-35 for letters (either case), -1 otherwise.
int alnumValue(char c);

std::string keepDigits(std::string_view text);
std::string keepAlnumUpper(std::string_view text);
bool allSameDigit(std::string_view digits);
// The number formed by the first `count` characters, which must be digits; -1 otherwise.
int leadingNumber(std::string_view digits, int count);
// At most one kind of separator from `separators` is used throughout.
bool separatorsConsistent(std::string_view text, std::string_view separators);

bool parsesAsCalendarDate(std::string_view text);
std::string base64UrlDecode(std::string_view text);
// Template and example values that are not secrets: ${VAR}, <token>, xxxx, changeme, ...
bool looksLikePlaceholder(std::string_view value);
// Example tokens: runs of x or X, EXAMPLE, long runs of one character.
bool looksLikeTokenPlaceholder(std::string_view value);
// The digits (country code first) of an international number are a plausible number.
bool plausibleInternationalNumber(std::string_view digits);
// Only letters of one case, or a camelCase identifier: a word, not a secret.
bool isPlainWord(std::string_view value);
// The longest run between - _ . that mixes letters and digits: long in a key, short or absent in
// a model or file name ("claude-3-5-sonnet-20241022").
std::size_t longestMixedRun(std::string_view value);
bool isUuid(std::string_view value); // 8-4-4-4-12 hexadecimal digits

} // namespace custos::ValidatorHelpers

// The format validators (FormatValidators.cpp), registered by Validators.cpp.
namespace custos::FormatValidators {

std::size_t phone(std::string_view value);
std::size_t ipv6(std::string_view value);
std::size_t calendarDate(std::string_view value);
std::size_t jwt(std::string_view value);
std::size_t highEntropy(std::string_view value);
std::size_t mixedCaseEntropy(std::string_view value);
std::size_t email(std::string_view value);
std::size_t passport(std::string_view value);
std::size_t hasDigit(std::string_view value);
std::size_t phoneE164(std::string_view value);
std::size_t macAddress(std::string_view value);
std::size_t usMbi(std::string_view value);
std::size_t notPlaceholder(std::string_view value);
std::size_t openAiKey(std::string_view value);
std::size_t pemBody(std::string_view value);
std::size_t urlPassword(std::string_view value);
std::size_t phoneNumber(std::string_view value); // libphonenumber, default regions
std::size_t githubChecksum(std::string_view value);
std::size_t vendorSecretValue(std::string_view value);
std::size_t credentialWordValue(std::string_view value);
std::size_t connectionPassword(std::string_view value);

} // namespace custos::FormatValidators
