#include "core/policy/detectors/BuiltinDetectorsPrivate.h"

// The PII, PCI, PHI and CONFIDENTIAL half of the built-in pack. Patterns are RE2 syntax; a
// `(?P<value>...)` group marks the reported span when the pattern also matches guard characters
// around it (RE2 has no look-around). Validators carry the check digits, so the patterns stay
// permissive about separators.

namespace custos::BuiltinDetectors {

namespace {

// An IPv4 address, without boundaries.
#define CUSTOS_IPV4 R"((?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))"
#define CUSTOS_HEX4 "[0-9a-f]{1,4}"

std::vector<DetectorSpec> contactAndNetwork()
{
    return {
        Builder(
            "email", "PII", "E-mail address",
            R"re((?:^|[^\pL\pN._%+\-])(?P<value>[\pL\pN][\pL\pN._%+\-]*@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9\-]+))\b)re")
            .validator("email")
            .confidence(0.95)
            .maxLength(254),
        // Candidates only: a run of digits with the separators people type around phone numbers.
        // libphonenumber decides (PhoneNumberCheck); the boundary keeps amounts, ids and times out.
        Builder(
            "phone_number", "PII",
            "Phone number, international (+CC, 00CC) or national in the policy's phone regions "
            "(libphonenumber)",
            R"re((?:^|[^\w+\-./@#$€£¥%&=])(?P<value>(?:\(\+\d{1,4}\) ?|\+ ?|00)?(?:\(\d{1,5}\)|\d)[\d\- .()/]{5,24}\d)\b)re")
            .validator("phone_number")
            .context(
                words({"phone",   "tel",      "call",      "mobile",    "cell",      "fax",      "whatsapp",
                       "sms",     "text me",  "my number", "contact",   "reach",     "dial",     "ring",
                       "hotline", "landline", "telefon",   "téléphone", "teléfono",  "telefono", "telefone",
                       "celular", "handy",    "portable",  "móvil",     "cellulare", "numero",   "número",
                       "nummer",  "puhelin",  "tlf",       "телефон",   "тел",       "моб"}),
                false, 32)
            .confidence(0.65)
            .maxLength(40),
        Builder("ipv4", "PII", "IPv4 address, optionally with a CIDR prefix",
                R"re((?:^|[^\w.])(?P<value>)re" CUSTOS_IPV4 R"re((?:/(?:3[0-2]|[12]?\d))?)\b)re")
            .confidence(0.85)
            .maxLength(18),
        Builder(
            "ipv6", "PII", "IPv6 address, full, compressed, IPv4-embedded, with zone or prefix",
            R"re((?i)(?:^|[^\w:.%])(?P<value>(?:(?:)re" CUSTOS_HEX4 R"re(:){6})re" CUSTOS_IPV4
            R"re(|(?:)re" CUSTOS_HEX4 R"re((?::)re" CUSTOS_HEX4 R"re(){0,5})?::(?:)re" CUSTOS_HEX4
            R"re(:){0,5})re" CUSTOS_IPV4 R"re(|(?:)re" CUSTOS_HEX4 R"re(:){7})re" CUSTOS_HEX4
            R"re(|(?:)re" CUSTOS_HEX4 R"re((?::)re" CUSTOS_HEX4 R"re(){0,6})?::(?:)re" CUSTOS_HEX4
            R"re((?::)re" CUSTOS_HEX4
            R"re(){0,6})?)(?:%[0-9a-z]+)?(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?)(?:$|[^\w:.]|\.(?:$|[^\w])))re")
            .validator("ipv6")
            .confidence(0.85)
            .maxLength(64),
        Builder(
            "mac_address", "PII", "MAC address, colon, dash or Cisco dot notation",
            R"re((?i)(?:^|[^\w:\-.])(?P<value>[0-9a-f]{2}(?::[0-9a-f]{2}){5}|[0-9a-f]{2}(?:-[0-9a-f]{2}){5}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})(?:$|[^\w:\-.]|\.(?:$|[^\w])))re")
            .validator("mac")
            .confidence(0.85)
            .maxLength(17),
    };
}

std::vector<DetectorSpec> financial()
{
    return {
        Builder(
            "credit_card", "PCI", "Payment card number (Luhn and issuer ranges), plain or in groups",
            R"re((?:^|[^\w\-.])(?P<value>\d{12,19}|\d{4}(?:[ \-.]{1,2}\d{4}){3}[ \-.]{1,2}\d{1,3}|\d{4}(?:[ \-.]{1,2}\d{4}){2}[ \-.]{1,2}\d{1,7}|\d{4}[ \-.]{1,2}\d{6}[ \-.]{1,2}\d{4,5})\b)re")
            .validator("payment_card")
            .context(words({"card", "credit", "debit", "visa", "mastercard", "amex", "cc", "pan", "jcb",
                            "discover", "diners", "unionpay", "maestro", "rupay", "mir", "troy"}),
                     false)
            .confidence(0.9)
            .maxLength(23),
        Builder("card_security_code", "PCI", "Card security code (CVV/CVC), with context",
                R"re(\b(?P<value>\d{3,4})\b)re")
            .context(words({"cvv", "cvc", "cvv2", "cvc2", "security code", "card verification"}), true, 16)
            .confidence(0.7)
            .maxLength(4),
        Builder("iban", "PCI", "International bank account number (mod 97 and per-country length)",
                R"re((?i)\b(?P<value>[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){11,30})\b)re")
            .validator("iban")
            .confidence(0.95)
            .maxLength(42),
        Builder("aba_routing", "PCI", "US ABA routing transit number (3-7-1 check digit)",
                R"re(\b(?P<value>\d{9}|\d{4}-\d{4}-\d)\b)re")
            .validator("aba_routing")
            .context(words({"routing", "aba", "rtn", "bank", "transit"}), false)
            .confidence(0.72)
            .bareDigitsConfidence(0.5) // nine bare digits next to "phone" are a phone number
            .maxLength(11),
    };
}

std::vector<DetectorSpec> nationalIds()
{
    return {
        Builder("us_ssn", "PII", "US social security number, excluding never-issued ranges",
                R"re(\b(?P<value>\d{3}[ \-.]?\d{2}[ \-.]?\d{4})\b)re")
            .validator("us_ssn")
            .context(words({"ssn", "social security", "social sec"}), false)
            .confidence(0.7)
            .bareDigitsConfidence(0.5)
            .maxLength(11),
        Builder("us_itin", "PII", "US individual taxpayer identification number",
                R"re(\b(?P<value>9\d{2}[ \-.]?(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])[ \-.]?\d{4})\b)re")
            .validator("us_itin")
            .confidence(0.75)
            .maxLength(11),
        Builder("uk_nino", "PII", "UK national insurance number",
                R"re((?i)\b(?P<value>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b)re")
            .validator("uk_nino")
            .confidence(0.85)
            .maxLength(13),
        Builder("de_id_document", "PII",
                "German identity card or passport number (serial with 7-3-1 check digit)",
                R"re((?i)\b(?P<value>[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7,8}\d)\b)re")
            .validator("de_id_document")
            .context(words({"personalausweis", "ausweis", "reisepass", "pass-nr", "passnummer", "passport"}),
                     false)
            .confidence(0.65)
            .maxLength(10),
        Builder("de_tax_id", "PII", "German tax identification number (Steuer-IdNr, ISO 7064 check digit)",
                R"re(\b(?P<value>[1-9]\d{10}|[1-9]\d (?:\d{3} ){2}\d{3})\b)re")
            .validator("de_tax_id")
            .context(words({"steuer", "idnr", "steuer-id", "steueridentifikationsnummer", "tax id"}), false)
            .confidence(0.55)
            .maxLength(14),
        Builder(
            "fr_nir", "PII", "French social security number (NIR) with its key",
            R"re((?i)\b(?P<value>[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2})\b)re")
            .validator("fr_nir")
            .confidence(0.85)
            .maxLength(21),
        Builder("es_dni", "PII", "Spanish DNI/NIF (8 digits and check letter)",
                R"re((?i)\b(?P<value>\d{7,8}[ \-]?[A-Z])\b)re")
            .validator("es_dni")
            .confidence(0.8)
            .maxLength(10),
        Builder("es_nie", "PII", "Spanish foreigner id (NIE: X/Y/Z, 7 digits, check letter)",
                R"re((?i)\b(?P<value>[XYZ][ \-]?\d{7}[ \-]?[A-Z])\b)re")
            .validator("es_nie")
            .confidence(0.85)
            .maxLength(11),
        Builder(
            "it_fiscal_code", "PII", "Italian codice fiscale with its check character",
            R"re((?i)\b(?P<value>[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])\b)re")
            .validator("it_fiscal_code")
            .confidence(0.9)
            .maxLength(16),
        Builder("nl_bsn", "PII", "Dutch citizen service number (BSN, 11-proof), with context",
                R"re(\b(?P<value>\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ \-]\d{3}[ \-]\d{3})\b)re")
            .validator("nl_bsn")
            .context(words({"bsn", "burgerservicenummer", "sofinummer", "citizen service number"}), true)
            .confidence(0.8)
            .maxLength(11),
        Builder("passport_number", "PII", "Passport number, only next to the word passport",
                R"re((?i)\b(?P<value>[A-Z]{0,3}\d[A-Z0-9]{4,8})\b)re")
            .validator("passport")
            .context(words({"passport", "reisepass", "passeport", "pasaporte", "passaporto", "paspoort",
                            "travel document", "pass-nr", "passnummer"}),
                     true, 32)
            .confidence(0.6)
            .maxLength(9),
        Builder(
            "date_of_birth", "PII", "Date of birth, only next to words such as born or DOB",
            R"re((?i)\b(?P<value>\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}|\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2})\b)re")
            .validator("date")
            .context(words({"born", "birth", "dob", "d.o.b", "birthday", "geboren", "geburtsdatum", "né",
                            "née", "naissance", "nacimiento", "nascita", "geboortedatum"}),
                     true)
            .confidence(0.8)
            .maxLength(20),
    };
}

std::vector<DetectorSpec> healthAndConfidential()
{
    DetectorSpec marker =
        Builder("confidential_marker", "CONFIDENTIAL",
                "Document classification markings such as CONFIDENTIAL or INTERNAL ONLY", "");
    marker.kind = DetectorSpec::Keywords;
    marker.keywords = words({"confidential", "strictly confidential", "internal only", "internal use only",
                             "do not distribute", "not for distribution", "proprietary and confidential",
                             "streng vertraulich", "vertraulich", "confidentiel", "riservato"});
    marker.confidence = 0.7;
    marker.maxMatchLength = 32;
    return {
        Builder("uk_nhs", "PHI", "UK NHS number (mod 11 check digit)",
                R"re(\b(?P<value>\d{3}[ \-]?\d{3}[ \-]?\d{4})\b)re")
            .validator("uk_nhs")
            .context(words({"nhs", "patient", "health"}), false)
            .confidence(0.55)
            .maxLength(12),
        Builder(
            "us_mbi", "PHI", "US Medicare beneficiary identifier",
            R"re((?i)\b(?P<value>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})\b)re")
            .validator("us_mbi")
            .confidence(0.75)
            .maxLength(13),
        Builder("us_dea_number", "PHI", "US DEA registration number (check digit)",
                R"re((?i)\b(?P<value>[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7})\b)re")
            .validator("us_dea")
            .confidence(0.7)
            .maxLength(9),
        Builder("medical_record_number", "PHI", "Medical record number, only next to MRN or similar",
                R"re((?i)\b(?P<value>[A-Z]{0,3}\d{6,10})\b)re")
            .context(words({"mrn", "medical record", "patient id", "chart number", "patient number"}), true,
                     24)
            .confidence(0.6)
            .maxLength(13),
        marker,
    };
}

} // namespace

std::vector<DetectorSpec> piiDetectors()
{
    std::vector<DetectorSpec> specs = contactAndNetwork();
    for (auto group : {financial(), nationalIds(), healthAndConfidential()})
        for (DetectorSpec &spec : group)
            specs.push_back(std::move(spec));
    return specs;
}

} // namespace custos::BuiltinDetectors
