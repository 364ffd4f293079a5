#include "core/policy/detectors/BuiltinDetectorsPrivate.h"
#include "core/policy/detectors/VendorTokenTable.h"

// The long tail of vendor credentials: one detector per documented token format, and one
// keyword-anchored detector for the vendors whose keys are plain random strings (a UUID, 32 hex
// characters) that only the vendor's name next to them identifies.

namespace custos::BuiltinDetectors {

namespace {

// A token starts after a character that cannot be part of it and ends before one.
std::string boundedToken(const char *body)
{
    return std::string(R"((?:^|[^A-Za-z0-9_])(?P<value>)") + body + R"()(?:$|[^A-Za-z0-9_\-]))";
}

DetectorSpec vendorKeywordSecret()
{
    QStringList names;
    for (const char *name : VendorTokenTable::vendorNames())
        names.append(QString::fromLatin1(name));
    return Builder(
               "vendor_keyword_secret", "SECRET",
               "High-entropy value next to a vendor's name (keys without a documented prefix)",
               R"re((?:^|[^A-Za-z0-9_\-+/=.])(?P<value>[A-Za-z0-9][A-Za-z0-9_\-+/=]{14,126}[A-Za-z0-9=])(?:$|[^A-Za-z0-9_\-+/=.]))re")
        .validator("vendor_secret_value")
        .context(std::move(names), true, 40)
        .confidence(0.6) // below every prefixed token, so a known format names the hit
        .maxLength(128);
}

// The vendors no list names: a random value within 40 characters of a word that says credential,
// with no assignment needed ("a aeroworkflow secret XYZ", "[DEBUG] token XYZ used"). Below every
// other secret detector, so a known format or an assignment names the hit.
DetectorSpec credentialWordSecret()
{
    return Builder(
               "credential_word_secret", "SECRET",
               "High-entropy value next to a word such as token, secret, api key or password",
               R"re((?:^|[^A-Za-z0-9_\-+/=.])(?P<value>[A-Za-z0-9][A-Za-z0-9_\-+/=]{14,126}[A-Za-z0-9=])(?:$|[^A-Za-z0-9_\-+/=.]))re")
        .validator("credential_word_value")
        .context(words({"token",      "secret",      "api key",       "apikey",      "api_key",
                        "api-key",    "password",    "passwd",        "credential",  "access key",
                        "access_key", "private key", "authorization", "auth token",  "auth_token",
                        "authtoken",  "bearer",      "client secret", "signing key", "webhook key"}),
                 true, 40)
        .confidence(0.4) // 0.55 with its context word: below an assignment (0.6) and a vendor (0.75)
        .maxLength(128);
}

} // namespace

std::vector<DetectorSpec> vendorDetectors()
{
    std::vector<DetectorSpec> specs;
    for (const VendorToken &token : VendorTokenTable::tokens()) {
        DetectorSpec spec = Builder(token.id, "SECRET", token.description, "")
                                .validator(token.placeholderCheck ? "not_placeholder" : "")
                                .confidence(0.9)
                                .maxLength(token.maxLength);
        spec.pattern = QString::fromStdString(boundedToken(token.body));
        specs.push_back(std::move(spec));
    }
    specs.push_back(vendorKeywordSecret());
    specs.push_back(credentialWordSecret());
    return specs;
}

} // namespace custos::BuiltinDetectors
