#pragma once

#include <QStringList>

#include <cstddef>
#include <string_view>

namespace custos {

// Named validators for detector matches. Each takes the matched value as UTF-8 and returns how
// many leading bytes of it form a valid value: 0 rejects the match, value.size() accepts it
// whole, anything in between shortens the span (IBAN uses this to drop text after the
// country-specific length). Separators (spaces, dashes, dots) are tolerated where the format has
// them. All are pure functions, safe from any thread.
using ValidatorFn = std::size_t (*)(std::string_view value);

namespace Validators {

// libphonenumber's check over the spec's regions; DetectorSet runs it with DetectorSpec::regions,
// the registered function (for tools and tests) with the default regions.
inline constexpr const char *kPhoneNumber = "phone_number";

// The validator with this id, or nullptr when there is none.
ValidatorFn find(const QString &id);
QStringList ids();

// Convenience for tests and tools: does the validator accept the whole value?
bool accepts(const QString &id, std::string_view value);

// Building blocks, exposed for direct tests.
bool luhn(std::string_view digits);           // digits only
bool ibanMod97(std::string_view compactIban); // upper-case, no spaces
int ibanLength(std::string_view countryCode); // 0 when unknown
double shannonEntropy(std::string_view text); // bits per byte
// GitHub's token checksum: the last 6 characters are the CRC-32 of the 30 random characters
// before them, in base62 (0-9A-Za-z), zero-padded; token = prefix_ + random + checksum.
bool githubTokenChecksum(std::string_view token);

} // namespace Validators

} // namespace custos
