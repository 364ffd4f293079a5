#include "core/policy/detectors/Validators.h"

#include "core/policy/detectors/ValidatorsPrivate.h"

#include <QHash>

#include <algorithm>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>

namespace custos {

namespace {

using namespace ValidatorHelpers;

constexpr std::size_t kReject = 0;

std::size_t acceptIf(bool ok, std::string_view value)
{
    return ok ? value.size() : kReject;
}

// One network's issuer identification number range (ISO/IEC 7812 IIN, first 1 to 6 digits) and
// the card lengths it issues there.
struct IinRange
{
    int digits; // how many leading digits `from` and `to` cover
    int from;
    int to;
    int minLength;
    int maxLength;
};

// The ranges in use, from the networks' published IIN tables. Ranges may overlap between
// networks (co-badged cards); any match with a matching length is enough.
constexpr std::array<IinRange, 32> kIinRanges{{
    {1, 4, 4, 13, 19},           // Visa (13, 16 and 19 in use; Visa Electron included)
    {2, 51, 55, 16, 16},         // Mastercard
    {4, 2221, 2720, 16, 16},     // Mastercard 2-series
    {2, 34, 34, 15, 15},         // American Express
    {2, 37, 37, 15, 15},         // American Express
    {4, 6011, 6011, 16, 19},     // Discover
    {3, 644, 649, 16, 19},       // Discover
    {2, 65, 65, 16, 19},         // Discover, RuPay and Troy share 65
    {6, 622126, 622925, 16, 19}, // Discover / UnionPay co-branded
    // JCB publishes 3528-3589; no network is assigned 3500-3527, and test-card generators and
    // older issuer lists use the whole 35 block, so a Luhn-valid 35 number is a card.
    {2, 35, 35, 16, 19},         // JCB
    {4, 2131, 2131, 15, 15},     // JCB legacy
    {4, 1800, 1800, 15, 15},     // JCB legacy
    {3, 300, 305, 14, 19},       // Diners Club Carte Blanche / International
    {4, 3095, 3095, 14, 19},     // Diners Club International
    {2, 36, 36, 14, 19},         // Diners Club International
    {2, 38, 39, 14, 19},         // Diners Club International (14) and on the Discover network (16)
    {2, 62, 62, 16, 19},         // UnionPay
    {4, 8100, 8171, 16, 19},     // UnionPay
    {2, 50, 50, 12, 19},         // Maestro
    {2, 56, 58, 12, 19},         // Maestro
    {2, 63, 63, 12, 19},         // Maestro (6304, 639...), InterPayment 636, InstaPayment 637-639
    {2, 67, 67, 12, 19},         // Maestro (6759, 6761-6763), Maestro UK
    {4, 2200, 2204, 16, 19},     // Mir
    {2, 60, 60, 16, 16},         // RuPay
    {2, 81, 82, 16, 16},         // RuPay
    {3, 508, 508, 16, 16},       // RuPay
    {3, 353, 353, 16, 16},       // RuPay (JCB co-branded)
    {3, 356, 356, 16, 16},       // RuPay (JCB co-branded)
    {4, 9792, 9792, 16, 16},     // Troy
    {6, 506099, 506198, 16, 19}, // Verve
    {4, 5019, 5019, 16, 16},     // Dankort
    {1, 1, 1, 15, 15},           // UATP
}};

bool cardIssuerKnown(std::string_view d)
{
    const int n = int(d.size());
    return std::ranges::any_of(kIinRanges, [&](const IinRange &range) {
        const int prefix = leadingNumber(d, range.digits);
        return prefix >= range.from && prefix <= range.to && n >= range.minLength && n <= range.maxLength;
    });
}

std::size_t paymentCard(std::string_view value)
{
    if (!separatorsConsistent(value, " -."))
        return kReject;
    const std::string d = keepDigits(value);
    if (d.size() < 12 || d.size() > 19)
        return kReject;
    return acceptIf(cardIssuerKnown(d) && Validators::luhn(d), value);
}

// People write an IBAN in capitals or in lower case, not in a mix of both after the country.
bool oneLetterCase(std::string_view text)
{
    const bool lower = std::ranges::any_of(text, [](char c) { return c >= 'a' && c <= 'z'; });
    const bool upperCase = std::ranges::any_of(text, [](char c) { return c >= 'A' && c <= 'Z'; });
    return !(lower && upperCase);
}

std::size_t iban(std::string_view value)
{
    // Keep the bytes that carry characters, so a trimmed span maps back to the input.
    std::string compact;
    std::vector<std::size_t> endOf; // endOf[i] = input bytes consumed through compact[i]
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == ' ' || c == '-')
            continue;
        compact.push_back(upper(c));
        endOf.push_back(i + 1);
    }
    if (compact.size() < 4)
        return kReject;
    const int length = Validators::ibanLength(std::string_view(compact).substr(0, 2));
    if (length == 0 || compact.size() < std::size_t(length))
        return kReject;
    compact.resize(std::size_t(length));
    if (!Validators::ibanMod97(compact) ||
        !oneLetterCase(value.substr(2, endOf[std::size_t(length) - 1] - 2)))
        return kReject;
    return endOf[std::size_t(length) - 1];
}

std::size_t usSsn(std::string_view value)
{
    if (!separatorsConsistent(value, " -."))
        return kReject;
    const std::string d = keepDigits(value);
    if (d.size() != 9)
        return kReject;
    const int area = leadingNumber(d, 3);
    const int group = leadingNumber(d.substr(3), 2);
    const int serial = leadingNumber(d.substr(5), 4);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
        return kReject;
    // Numbers published in advertising and documentation, never issued to a person.
    if (d == "078051120" || d == "219099999" || d == "123456789")
        return kReject;
    return acceptIf(!allSameDigit(d), value);
}

std::size_t usItin(std::string_view value)
{
    if (!separatorsConsistent(value, " -."))
        return kReject;
    const std::string d = keepDigits(value);
    if (d.size() != 9 || d.front() != '9')
        return kReject;
    const int group = leadingNumber(d.substr(3), 2);
    const bool groupOk = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) ||
                         (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
    return acceptIf(groupOk, value);
}

std::size_t ukNino(std::string_view value)
{
    const std::string c = keepAlnumUpper(value);
    if (c.size() != 9)
        return kReject;
    static constexpr std::array<std::string_view, 7> kNeverIssued{"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"};
    for (std::string_view bad : kNeverIssued)
        if (c.starts_with(bad))
            return kReject;
    return value.size();
}

std::size_t ukNhs(std::string_view value)
{
    if (!separatorsConsistent(value, " -"))
        return kReject;
    const std::string d = keepDigits(value);
    if (d.size() != 10 || allSameDigit(d))
        return kReject;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digit(d[std::size_t(i)]) * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return acceptIf(check != 10 && check == digit(d[9]), value);
}

// German identity card and passport numbers: an 8 or 9 character serial and a 7-3-1 weighted
// check digit.
std::size_t deIdDocument(std::string_view value)
{
    const std::string c = keepAlnumUpper(value);
    if ((c.size() != 9 && c.size() != 10) || !isDigit(c.back()))
        return kReject;
    static constexpr std::array<int, 3> kWeights{7, 3, 1};
    int sum = 0;
    bool hasDigit = false;
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        const int v = alnumValue(c[i]);
        if (v < 0)
            return kReject;
        hasDigit = hasDigit || isDigit(c[i]);
        sum += v * kWeights[i % 3];
    }
    return acceptIf(hasDigit && sum % 10 == digit(c.back()), value);
}

// In the first ten digits of a tax id exactly one digit repeats (twice or three times).
bool taxIdDigitsSpread(std::string_view digits)
{
    std::array<int, 10> counts{};
    for (char c : digits)
        ++counts[std::size_t(digit(c))];
    int repeated = 0;
    for (int count : counts) {
        if (count > 3)
            return false;
        repeated += count >= 2 ? 1 : 0;
    }
    return repeated == 1;
}

// German tax id (Steuerliche Identifikationsnummer): 11 digits, ISO 7064 MOD 11,10.
std::size_t deTaxId(std::string_view value)
{
    const std::string d = keepDigits(value);
    if (d.size() != 11 || d.front() == '0' || !taxIdDigitsSpread(d.substr(0, 10)))
        return kReject;
    int product = 10;
    for (std::size_t i = 0; i < 10; ++i) {
        int sum = (digit(d[i]) + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10)
        check = 0;
    return acceptIf(check == digit(d[10]), value);
}

// French NIR (numéro de sécurité sociale): 13 characters and a 2-digit key, 97 - (n mod 97);
// Corsican departments 2A and 2B count as 19 and 18 before the division.
std::size_t frNir(std::string_view value)
{
    std::string c = keepAlnumUpper(value);
    if (c.size() != 15)
        return kReject;
    long long adjust = 0;
    if (c.substr(5, 2) == "2A") {
        c.replace(5, 2, "19");
        adjust = 1000000;
    } else if (c.substr(5, 2) == "2B") {
        c.replace(5, 2, "18");
        adjust = 2000000;
    }
    if (keepDigits(c).size() != 15)
        return kReject;
    const long long number = std::stoll(c.substr(0, 13)) - adjust;
    const int key = std::stoi(c.substr(13, 2));
    return acceptIf(key == 97 - int(number % 97), value);
}

constexpr std::string_view kDniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

std::size_t esDni(std::string_view value)
{
    const std::string c = keepAlnumUpper(value);
    if (c.size() < 8 || c.size() > 9 || keepDigits(c).size() != c.size() - 1)
        return kReject;
    const long number = std::stol(c.substr(0, c.size() - 1));
    return acceptIf(kDniLetters[std::size_t(number % 23)] == c.back(), value);
}

std::size_t esNie(std::string_view value)
{
    std::string c = keepAlnumUpper(value);
    if (c.size() != 9)
        return kReject;
    const auto prefix = std::string_view("XYZ").find(c[0]);
    if (prefix == std::string_view::npos || keepDigits(c.substr(1, 7)).size() != 7)
        return kReject;
    c[0] = char('0' + prefix);
    const long number = std::stol(c.substr(0, 8));
    return acceptIf(kDniLetters[std::size_t(number % 23)] == c[8], value);
}

// Italian codice fiscale: 15 characters and a check letter from the odd/even position tables.
std::size_t itFiscalCode(std::string_view value)
{
    const std::string c = keepAlnumUpper(value);
    if (c.size() != 16)
        return kReject;
    static constexpr std::array<int, 26> kOdd{1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                              20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (std::size_t i = 0; i < 15; ++i) {
        const char ch = c[i];
        const int index = isDigit(ch) ? digit(ch) : ch - 'A';
        if (index < 0 || index > 25)
            return kReject;
        sum += (i % 2 == 0) ? kOdd[std::size_t(index)] : index;
    }
    return acceptIf(c[15] == char('A' + sum % 26), value);
}

// Dutch BSN: 9 digits passing the "elfproef" (weights 9..2 and -1).
std::size_t nlBsn(std::string_view value)
{
    const std::string d = keepDigits(value);
    if (d.size() != 9 || allSameDigit(d))
        return kReject;
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i)
        sum += digit(d[i]) * int(9 - i);
    sum -= digit(d[8]);
    return acceptIf(sum % 11 == 0, value);
}

// ABA routing transit number: weights 3, 7, 1.
std::size_t abaRouting(std::string_view value)
{
    const std::string d = keepDigits(value);
    if (d.size() != 9 || allSameDigit(d))
        return kReject;
    static constexpr std::array<int, 3> kWeights{3, 7, 1};
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i)
        sum += digit(d[i]) * kWeights[i % 3];
    const int prefix = leadingNumber(d, 2);
    const bool prefixOk =
        prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80;
    return acceptIf(prefixOk && sum % 10 == 0, value);
}

// US DEA registration number: two letters, seven digits, the last a weighted check digit.
std::size_t usDea(std::string_view value)
{
    const std::string c = keepAlnumUpper(value);
    if (c.size() != 9 || keepDigits(c.substr(2)).size() != 7)
        return kReject;
    const auto d = [&](std::size_t i) { return digit(c[i]); };
    const int sum = d(2) + d(4) + d(6) + 2 * (d(3) + d(5) + d(7));
    return acceptIf(sum % 10 == d(8), value);
}

using namespace FormatValidators;

const QHash<QString, ValidatorFn> &registry()
{
    static const QHash<QString, ValidatorFn> validators{
        {QStringLiteral("payment_card"), paymentCard},
        {QStringLiteral("iban"), iban},
        {QStringLiteral("us_ssn"), usSsn},
        {QStringLiteral("us_itin"), usItin},
        {QStringLiteral("uk_nino"), ukNino},
        {QStringLiteral("uk_nhs"), ukNhs},
        {QStringLiteral("de_id_document"), deIdDocument},
        {QStringLiteral("de_tax_id"), deTaxId},
        {QStringLiteral("fr_nir"), frNir},
        {QStringLiteral("es_dni"), esDni},
        {QStringLiteral("es_nie"), esNie},
        {QStringLiteral("it_fiscal_code"), itFiscalCode},
        {QStringLiteral("nl_bsn"), nlBsn},
        {QStringLiteral("aba_routing"), abaRouting},
        {QStringLiteral("us_dea"), usDea},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("ipv6"), ipv6},
        {QStringLiteral("date"), calendarDate},
        {QStringLiteral("jwt"), jwt},
        {QStringLiteral("entropy"), highEntropy},
        {QStringLiteral("mixed_case_entropy"), mixedCaseEntropy},
        {QStringLiteral("has_digit"), hasDigit},
        {QStringLiteral("email"), email},
        {QStringLiteral("passport"), passport},
        {QStringLiteral("phone_e164"), phoneE164},
        {QStringLiteral("mac"), macAddress},
        {QStringLiteral("us_mbi"), usMbi},
        {QStringLiteral("not_placeholder"), notPlaceholder},
        {QStringLiteral("openai_key"), openAiKey},
        {QStringLiteral("pem_body"), pemBody},
        {QStringLiteral("url_password"), urlPassword},
        {QStringLiteral("phone_number"), phoneNumber},
        {QStringLiteral("github_checksum"), githubChecksum},
        {QStringLiteral("vendor_secret_value"), vendorSecretValue},
        {QStringLiteral("credential_word_value"), credentialWordValue},
        {QStringLiteral("connection_password"), connectionPassword},
    };
    return validators;
}

} // namespace

ValidatorFn Validators::find(const QString &id)
{
    return registry().value(id, nullptr);
}

QStringList Validators::ids()
{
    QStringList list = registry().keys();
    list.sort();
    return list;
}

bool Validators::accepts(const QString &id, std::string_view value)
{
    const ValidatorFn fn = find(id);
    return fn && !value.empty() && fn(value) == value.size();
}

bool Validators::luhn(std::string_view digits)
{
    if (digits.empty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (!isDigit(*it))
            return false;
        int v = digit(*it);
        if (doubleIt) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool Validators::ibanMod97(std::string_view compactIban)
{
    if (compactIban.size() < 5)
        return false;
    // Move the first four characters to the end, letters become 10..35, then mod 97 piecewise.
    int remainder = 0;
    const auto feed = [&](char c) {
        const int v = alnumValue(c);
        if (v < 0)
            return false;
        remainder = v < 10 ? (remainder * 10 + v) % 97 : (remainder * 100 + v) % 97;
        return true;
    };
    for (char c : compactIban.substr(4))
        if (!feed(c))
            return false;
    for (char c : compactIban.substr(0, 4))
        if (!feed(c))
            return false;
    return remainder == 1;
}

bool Validators::githubTokenChecksum(std::string_view token)
{
    const std::size_t underscore = token.rfind('_');
    if (underscore == std::string_view::npos || token.size() - underscore - 1 != 36)
        return false;
    const std::string_view random = token.substr(underscore + 1, 30);
    const std::string_view checksum = token.substr(underscore + 31);
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char c : random) {
        crc ^= c;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xFFFFFFFFu;
    static constexpr std::string_view kBase62 =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    std::string encoded(6, '0');
    for (std::size_t i = 6; i-- > 0 && crc > 0; crc /= 62)
        encoded[i] = kBase62[crc % 62];
    return crc == 0 && encoded == checksum;
}

double Validators::shannonEntropy(std::string_view text)
{
    if (text.empty())
        return 0.0;
    std::array<int, 256> counts{};
    for (unsigned char c : text)
        ++counts[c];
    double entropy = 0.0;
    const double n = double(text.size());
    for (int count : counts) {
        if (count == 0)
            continue;
        const double p = count / n;
        entropy -= p * std::log2(p);
    }
    return entropy;
}

} // namespace custos
