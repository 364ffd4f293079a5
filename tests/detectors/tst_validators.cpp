// The named validators on their own: check digits, ranges and entropy, accepted and rejected.

#include "tests/support/CustosTest.h"

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/Validators.h"

#include <QTest>

namespace tst_validators {

using namespace custos;

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("validator");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted");
        const auto row = [](const char *validator, const char *value, bool accepted) {
            QTest::addRow("%s %s", validator, value)
                << QString::fromLatin1(validator) << QByteArray(value) << accepted;
        };
        row("payment_card", "4111111111111111", true);
        row("payment_card", "4111 1111 1111 1111", true);
        row("payment_card", "378282246310005", true);
        row("payment_card", "5555555555554444", true);
        row("payment_card", "2221000000000009", true);
        row("payment_card", "6011000400000000", true);
        row("payment_card", "4111111111111112", false);    // Luhn
        row("payment_card", "9111111111111111", false);    // no issuer
        row("payment_card", "4111 1111-1111 1111", false); // mixed separators
        row("payment_card", "37828224631000", false);      // Amex is 15 digits
        row("iban", "DE89370400440532013000", true);
        row("iban", "DE89 3704 0044 0532 0130 00", true);
        row("iban", "GB82WEST12345698765432", true);
        row("iban", "AL47-2121-1009-0000-0002-3569-8741", true);
        row("iban", "DE89370400440532013001", false); // checksum
        row("iban", "DE8937040044053201300", false);  // length
        row("iban", "QQ89370400440532013000", false); // country
        row("us_ssn", "536-22-8765", true);
        row("us_ssn", "536228765", true);
        row("us_ssn", "078.05.1123", true);
        row("us_ssn", "666-22-8765", false);
        row("us_ssn", "000-22-8765", false);
        row("us_ssn", "912-22-8765", false);
        row("us_ssn", "536-00-8765", false);
        row("us_ssn", "536-22-0000", false);
        row("us_ssn", "078-05-1120", false); // the Woolworth card
        row("us_ssn", "536-22.8765", false);
        row("us_itin", "911-70-1234", true);
        row("us_itin", "911-89-1234", false);
        row("uk_nino", "AB123456C", true);
        row("uk_nino", "BG123456C", false);
        row("uk_nhs", "9434765919", true);
        row("uk_nhs", "943 476 5919", true);
        row("uk_nhs", "9434765918", false);
        row("de_id_document", "T220001293", true);
        row("de_id_document", "C01234565", true);
        row("de_id_document", "T220001294", false);
        row("de_tax_id", "86095742719", true);
        row("de_tax_id", "86095742718", false);
        row("de_tax_id", "11112345678", false);
        row("fr_nir", "185057800608491", true);
        row("fr_nir", "1 85 05 78 006 084 91", true);
        row("fr_nir", "185057800608492", false);
        row("es_dni", "12345678Z", true);
        row("es_dni", "1111111-G", true);
        row("es_dni", "12345678A", false);
        row("es_nie", "X1234567L", true);
        row("es_nie", "X1234567M", false);
        row("it_fiscal_code", "RSSMRA85T10A562S", true);
        row("it_fiscal_code", "RSSMRA85T10A562T", false);
        row("nl_bsn", "111222333", true);
        row("nl_bsn", "111222334", false);
        row("nl_bsn", "000000000", false);
        row("aba_routing", "021000021", true);
        row("aba_routing", "421042111", false);
        // Every network's IIN range and length (ISO/IEC 7812), Luhn-complete.
        row("payment_card", "3530111333300000", true);    // JCB
        row("payment_card", "213112345678904", true);     // JCB, legacy 15 digits
        row("payment_card", "180012345678905", true);     // JCB, legacy 15 digits
        row("payment_card", "2221000000000009", true);    // Mastercard 2-series
        row("payment_card", "6200000000000005", true);    // UnionPay
        row("payment_card", "2200000000000004", true);    // Mir
        row("payment_card", "6000000000000007", true);    // RuPay
        row("payment_card", "9792000000000003", true);    // Troy
        row("payment_card", "36000000000008", true);      // Diners, 14 digits
        row("payment_card", "6759000000000000005", true); // Maestro, 19 digits
        row("payment_card", "4111.1111.1111.1111", true);
        row("payment_card", "7000000000000005", false); // no network issues 7
        row("payment_card", "3530111333300001", false); // Luhn
        row("iban", "de89 3704 0044 0532 0130 00", true);
        row("iban", "DE89-3704-0044-0532-0130-00", true);
        row("iban", "de89 3704 0044 0532 0130 0O", false);
        row("iban", "LV80 bANK 0000 4351 9500 1", false); // one case, not a mix
        row("phone_number", "+46 (0)8 928 571 38", true);
        row("phone_number", "699 956 915", true);
        row("phone_number", "0688 872 49 99", true);
        row("phone_number", "536-22-8765", false); // an SSN's grouping
        row("phone_number", "2024-11-03", false);  // a date
        row("phone_number", "12345678903", false); // counted, not dialled
        row("us_dea", "AB1234563", true);
        row("us_dea", "AB1234564", false);
        row("phone", "(415) 555-0132", true);
        row("phone", "555-0132", false);
        row("phone", "(415)) 555-0132", false);
        row("phone_e164", "+44 20 7946 0958", true);
        row("phone_e164", "+1 415 555 0132", true);
        row("phone_e164", "+91 4155 550132", false);
        row("phone_e164", "+1 015 555 0132", false);
        row("ipv6", "2001:db8::1", true);
        row("ipv6", "::", true);
        row("ipv6", "1:2:3:4:5:6:7:8", true);
        row("ipv6", "::ffff:192.0.2.1", true);
        row("ipv6", "fe80::1%eth0", true);
        row("ipv6", "1:2:3:4:5:6:7", false);
        row("mac", "00:1A:2B:3C:4D:5E", true);
        row("mac", "FF:FF:FF:FF:FF:FF", false);
        row("mac", "00-00-00-00-00-00", false);
        row("date", "12/03/1985", true);
        row("date", "1985-03-12", true);
        row("date", "March 5th, 1990", true);
        row("date", "29.02.2000", true);
        row("date", "29.02.1900", false);
        row("date", "31/04/1985", false);
        row("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", true);
        row("jwt", "eyAAAA.eyBBBB.sig", false);
        row("entropy", "9f8Kq2LmZx7Vb3Nw", true);
        row("entropy", "changeme", false);
        row("entropy", "getTokenFromEnvironment", false);
        row("entropy", "${DB_PASSWORD}", false);
        row("entropy", "aaaaaaaaaaaaaaaa", false);
        row("mixed_case_entropy", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", true);
        row("mixed_case_entropy", "da39a3ee5e6b4b0d3255bfef95601890afd80709", false);
        row("not_placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", false);
        row("not_placeholder", "AKIAIOSFODNN7EXAMPLE", false);
        row("not_placeholder", "AKIALALEMEL33243OLIB", true);
        row("openai_key", "sk-ant-api03-abcdef", false);
        row("openai_key", "sk-proj-abc123def456ghi789jkl", true);
        row("pem_body", "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----", false);
        row("pem_body", "-----BEGIN PRIVATE KEY-----", true);
        row("url_password", "postgres://app:s3cr3tP4ss@db", true);
        row("url_password", "postgres://app:${PASS}@db", false);
        row("url_password", "postgres://app@db", false);
        row("has_digit", "A1B2C3", true);
        row("has_digit", "ABCDEF", false);
        row("us_mbi", "1EG4-TE5-MK73", true);
        row("us_mbi", "1EG4-TE5MK73", false);
    }

    void accepts()
    {
        QFETCH(QString, validator);
        QFETCH(QByteArray, value);
        QFETCH(bool, accepted);
        QVERIFY2(Validators::find(validator), qPrintable(validator));
        QCOMPARE(
            Validators::accepts(validator, std::string_view(value.constData(), std::size_t(value.size()))),
            accepted);
    }

    // IBAN shortens a match that runs on past the country's length.
    void ibanTrimsTrailingText()
    {
        const std::string_view value = "DE89 3704 0044 0532 0130 00 AB";
        QCOMPARE(Validators::find(QStringLiteral("iban"))(value), std::size_t(27));
    }

    void buildingBlocks()
    {
        QVERIFY(Validators::luhn("79927398713"));
        QVERIFY(!Validators::luhn("79927398710"));
        QVERIFY(!Validators::luhn("7992a398713"));
        QVERIFY(Validators::ibanMod97("GB82WEST12345698765432"));
        QCOMPARE(Validators::ibanLength("NO"), 15);
        QCOMPARE(Validators::ibanLength("ZZ"), 0);
        QCOMPARE(Validators::shannonEntropy(""), 0.0);
        QCOMPARE(Validators::shannonEntropy("aaaa"), 0.0);
        QCOMPARE(Validators::shannonEntropy("abcd"), 2.0);
    }

    // GitHub's token checksum: CRC-32 of the 30 random characters, base62, in the last six.
    void githubTokenChecksum()
    {
        QVERIFY(Validators::githubTokenChecksum("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"));
        QVERIFY(Validators::githubTokenChecksum("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"));
        QVERIFY(!Validators::githubTokenChecksum("ghp_CustosTestTokenCustosTestToken0Q7Ynu"));
        QVERIFY(!Validators::githubTokenChecksum("ghp_CustosTestTokenCustosTestToken0Q7Yn"));
    }

    void unknownValidator()
    {
        QVERIFY(!Validators::find(QStringLiteral("no_such_validator")));
        QVERIFY(!Validators::accepts(QStringLiteral("no_such_validator"), "x"));
        QCOMPARE(BuiltinDetectors::validatorIds(), Validators::ids());
    }
};

} // namespace tst_validators

CUSTOS_GUILESS_TEST_MAIN(tst_validators::TestValidators)
#include "tst_validators.moc"
