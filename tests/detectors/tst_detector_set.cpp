// DetectorSet: compile errors, keyword and pattern detectors, code-point offsets, context words,
// overlap resolution, bad input and concurrency.

#include "tests/support/CustosTest.h"

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/DetectorSet.h"

#include <QTest>

#include <thread>

namespace tst_detector_set {

using namespace custos;

namespace {

DetectorSpec pattern(const char *id, const char *re)
{
    DetectorSpec spec;
    spec.id = QString::fromLatin1(id);
    spec.dataClass = QStringLiteral("PII");
    spec.pattern = QString::fromUtf8(re);
    return spec;
}

std::shared_ptr<const DetectorSet> compileOrFail(std::vector<DetectorSpec> specs)
{
    auto compiled = DetectorSet::compile(std::move(specs));
    if (!compiled)
        qFatal("compile failed: %s", qPrintable(compiled.error().toString()));
    return *compiled;
}

std::shared_ptr<const DetectorSet> builtin()
{
    static const auto set = compileOrFail(BuiltinDetectors::all());
    return set;
}

QString describe(const std::vector<DetectorHit> &hits)
{
    QStringList parts;
    for (const DetectorHit &h : hits)
        parts << QStringLiteral("%1[%2,%3)'%4'").arg(h.detectorId).arg(h.start).arg(h.end).arg(h.text);
    return parts.join(u' ');
}

} // namespace

class TestDetectorSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compileErrors_data()
    {
        QTest::addColumn<QString>("patternText");
        QTest::addColumn<QString>("validator");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unbalanced") << QStringLiteral("(abc") << QString() << QStringLiteral("missing )");
        QTest::newRow("backreference")
            << QStringLiteral("(a)\\1") << QString() << QStringLiteral("invalid escape sequence");
        QTest::newRow("lookahead") << QStringLiteral("a(?=b)") << QString()
                                   << QStringLiteral("invalid perl operator");
        QTest::newRow("repeat too large")
            << QStringLiteral("a{2000}") << QString() << QStringLiteral("invalid repetition size");
        QTest::newRow("unknown validator")
            << QStringLiteral("abc") << QStringLiteral("nope") << QStringLiteral("unknown validator 'nope'");
    }

    void compileErrors()
    {
        QFETCH(QString, patternText);
        QFETCH(QString, validator);
        QFETCH(QString, expected);
        DetectorSpec spec = pattern("custom_thing", "x");
        spec.pattern = patternText;
        spec.validator = validator;
        const auto compiled = DetectorSet::compile({spec});
        QVERIFY(!compiled);
        QVERIFY2(compiled.error().message.contains(QStringLiteral("custom_thing")),
                 qPrintable(compiled.error().message));
        QVERIFY2(compiled.error().message.contains(expected), qPrintable(compiled.error().message));
    }

    void shapeErrors()
    {
        QVERIFY(!DetectorSet::compile({pattern("a", "x"), pattern("a", "y")}));
        QVERIFY(!DetectorSet::compile({pattern("", "x")}));
        DetectorSpec keywords = pattern("kw", "");
        keywords.kind = DetectorSpec::Keywords;
        QVERIFY(!DetectorSet::compile({keywords}));
        DetectorSpec context = pattern("ctx", "x");
        context.contextRequired = true;
        QVERIFY(!DetectorSet::compile({context}));
        QVERIFY(DetectorSet::compile({}).has_value());
        QVERIFY(compileOrFail({})->scan(u"anything").empty());
    }

    void keywordDetector()
    {
        DetectorSpec spec = pattern("project_names", "");
        spec.kind = DetectorSpec::Keywords;
        spec.keywords = {QStringLiteral("Project Nightjar"), QStringLiteral("c++"), QStringLiteral("Ærø")};
        const auto set = compileOrFail({spec});
        const auto hits = set->scan(u"About project nightjar, projects nightjars, C++ and ærø.");
        QCOMPARE(hits.size(), std::size_t(3));
        QCOMPARE(hits[0].text, QStringLiteral("project nightjar"));
        QCOMPARE(hits[0].start, 6);
        QCOMPARE(hits[1].text, QStringLiteral("C++"));
        spec.caseSensitive = true;
        QCOMPARE(compileOrFail({spec})->scan(u"project nightjar").size(), std::size_t(0));
    }

    // Offsets are code points: accents, CJK and emoji (two UTF-16 units, four UTF-8 bytes) before
    // the match must each count as one.
    void codePointOffsets_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("ascii") << QStringLiteral("mail: ");
        QTest::newRow("accents") << QStringLiteral("Grüße, Zoë – écrivez à ");
        QTest::newRow("cjk") << QStringLiteral("电子邮件地址是 ");
        QTest::newRow("emoji") << QStringLiteral("😀👍🏽 family 👨‍👩‍👧 write to ");
    }

    void codePointOffsets()
    {
        QFETCH(QString, prefix);
        const QString email = QStringLiteral("zoë.test@example.org");
        const QString text = prefix + QStringLiteral("jane@example.org and 😀 4111 1111 1111 1111");
        const auto hits = builtin()->scan(text);
        QVERIFY2(hits.size() == 2, qPrintable(describe(hits)));
        const qsizetype prefixPoints = prefix.toUcs4().size();
        QCOMPARE(hits[0].detectorId, QStringLiteral("email"));
        QCOMPARE(hits[0].start, prefixPoints);
        QCOMPARE(hits[0].end, prefixPoints + 16);
        QCOMPARE(hits[1].detectorId, QStringLiteral("credit_card"));
        QCOMPARE(hits[1].start, prefixPoints + 16 + 7);
        QCOMPARE(hits[1].text, QStringLiteral("4111 1111 1111 1111"));
        Q_UNUSED(email);
    }

    // A QString with lone surrogates (what a decoder leaves of invalid UTF-8) scans without a crash,
    // and each lone surrogate counts as one code point.
    void invalidUtf16()
    {
        QString text = QStringLiteral("x");
        text += QChar(0xD800);
        text += QStringLiteral(" mail jane@example.org ");
        text += QChar(0xDC00);
        text += QString::fromUtf8("\xff\xfe bad bytes 536-22-8765");
        const auto hits = builtin()->scan(text);
        QVERIFY2(hits.size() == 2, qPrintable(describe(hits)));
        QCOMPARE(hits[0].start, 8);
        QCOMPARE(hits[0].text, QStringLiteral("jane@example.org"));
        QVERIFY(builtin()->containsAny(text));
    }

    // Megabyte-long single lines of the inputs that hurt backtracking engines finish (no timing
    // assertion: the test would hang or time out if the work were quadratic).
    void megabyteLines_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("letters") << QStringLiteral("a");
        QTest::newRow("digits") << QStringLiteral("1");
        QTest::newRow("digit groups") << QStringLiteral("1234 ");
        QTest::newRow("email-ish") << QStringLiteral("a.b@");
        QTest::newRow("base64") << QStringLiteral("Ab9+/");
        QTest::newRow("colons") << QStringLiteral("ab:");
        QTest::newRow("secret words") << QStringLiteral("password=");
    }

    void megabyteLines()
    {
        QFETCH(QString, unit);
        const QString line = unit.repeated(1'000'000 / unit.size());
        const auto hits = builtin()->scan(line);
        QVERIFY(hits.size() < std::size_t(line.size()));
        Q_UNUSED(builtin()->containsAny(line));
    }

    void contextWords()
    {
        DetectorSpec spec = pattern("ticket", R"(\b(?P<value>T-\d{4})\b)");
        spec.contextWords = {QStringLiteral("ticket")};
        spec.contextRequired = true;
        spec.contextWindow = 10;
        spec.confidence = 0.5;
        const auto set = compileOrFail({spec});
        QCOMPARE(set->scan(u"see T-1234").size(), std::size_t(0));
        QCOMPARE(set->scan(u"ticket T-1234").size(), std::size_t(1));
        QCOMPARE(set->scan(u"T-1234 (Ticket)").size(), std::size_t(1));
        QCOMPARE(set->scan(u"ticket is far away from T-1234").size(), std::size_t(0));
        QCOMPARE(set->scan(u"subticket T-1234").size(), std::size_t(0)); // word start only
        QCOMPARE(set->scan(u"ticket T-1234").front().confidence, 0.65);
        QCOMPARE(set->scan(u"ticket T-1234").front().text, QStringLiteral("T-1234"));
    }

    void overlapResolution()
    {
        DetectorSpec broad = pattern("broad", R"(\d{4,})");
        broad.confidence = 0.5;
        DetectorSpec narrow = pattern("narrow", R"(\d{4})");
        narrow.confidence = 0.9;
        const auto set = compileOrFail({broad, narrow});
        auto hits = set->scan(u"x 1234abcd5678 y");
        QVERIFY2(hits.size() == 2, qPrintable(describe(hits)));
        QCOMPARE(hits[0].detectorId, QStringLiteral("narrow"));
        QCOMPARE(hits[1].detectorId, QStringLiteral("narrow"));
        // Cut out of a longer number, a value loses to the number whatever its score: four digits
        // of "1234 5678" are not a value of their own.
        DetectorSpec grouped = pattern("grouped", R"(\d{4} \d{4})");
        grouped.confidence = 0.5;
        hits = compileOrFail({grouped, narrow})->scan(u"x 1234 5678 y");
        QVERIFY2(hits.size() == 1, qPrintable(describe(hits)));
        QCOMPARE(hits[0].detectorId, QStringLiteral("grouped"));
        // The SSN-shaped tail of an international phone number is part of the number.
        hits = builtin()->scan(u"Tel +359 (0)593 618585");
        QVERIFY2(hits.size() == 1, qPrintable(describe(hits)));
        QCOMPARE(hits[0].detectorId, QStringLiteral("phone_number"));
        // Equal confidence: the longer span wins.
        narrow.confidence = 0.5;
        hits = compileOrFail({broad, narrow})->scan(u"x 12345678 y");
        QVERIFY2(hits.size() == 1, qPrintable(describe(hits)));
        QCOMPARE(hits[0].detectorId, QStringLiteral("broad"));
        // A validated card beats an unvalidated phone-like pattern over the same digits.
        hits = builtin()->scan(u"pay 4111111111111111 now");
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits[0].detectorId, QStringLiteral("credit_card"));
        QVERIFY(hits[0].validated);
    }

    void sortedAndNonOverlapping()
    {
        const QString text = QStringLiteral(
            "Jane <jane@example.org>, +44 20 7946 0958, card 5555 5555 5555 4444, IBAN GB82 WEST 1234 5698 "
            "7654 32, "
            "host 10.1.2.3, ssn 536-22-8765, token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 and ::1");
        const auto hits = builtin()->scan(text);
        QVERIFY2(hits.size() == 8, qPrintable(describe(hits)));
        for (std::size_t i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].end <= hits[i].start);
        for (const DetectorHit &hit : hits)
            QCOMPARE(hit.text, text.mid(hit.start, hit.end - hit.start)); // ASCII: units == code points
        QVERIFY(builtin()->containsAny(text));
        QVERIFY(!builtin()->containsAny(u"Nothing sensitive here at all, just prose about 42 cats."));
    }

    // The same value spelled differently normalises to one string (watchers fingerprint it).
    void normalizedValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("card groups") << QStringLiteral("card 4111-1111-1111-1111 ok")
                                     << QStringLiteral("credit_card") << QStringLiteral("4111111111111111");
        QTest::newRow("card dots") << QStringLiteral("card 4111.1111.1111.1111 ok")
                                   << QStringLiteral("credit_card") << QStringLiteral("4111111111111111");
        QTest::newRow("iban lower") << QStringLiteral("to de89 3704 0044 0532 0130 00.")
                                    << QStringLiteral("iban") << QStringLiteral("DE89370400440532013000");
        QTest::newRow("iban dashes") << QStringLiteral("to DE89-3704-0044-0532-0130-00.")
                                     << QStringLiteral("iban") << QStringLiteral("DE89370400440532013000");
        QTest::newRow("email") << QStringLiteral("mail Jane.Doe@Example.ORG now") << QStringLiteral("email")
                               << QStringLiteral("jane.doe@example.org");
        QTest::newRow("ssn") << QStringLiteral("ssn 536 22 8765") << QStringLiteral("us_ssn")
                             << QStringLiteral("536228765");
        QTest::newRow("phone national") << QStringLiteral("call (415) 555-2671 now")
                                        << QStringLiteral("phone_number") << QStringLiteral("+14155552671");
        QTest::newRow("phone trunk in brackets")
            << QStringLiteral("tel +44 (0)20 7183 8750") << QStringLiteral("phone_number")
            << QStringLiteral("+442071838750");
        QTest::newRow("phone 00") << QStringLiteral("tel 0049 30 901820") << QStringLiteral("phone_number")
                                  << QStringLiteral("+4930901820");
        QTest::newRow("token as found")
            << QStringLiteral("x 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 y") << QStringLiteral("github_pat")
            << QStringLiteral("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");
    }

    void normalizedValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, detector);
        QFETCH(QString, normalized);
        const auto hits = builtin()->scan(text);
        const auto hit =
            std::ranges::find_if(hits, [&](const DetectorHit &h) { return h.detectorId == detector; });
        QVERIFY2(hit != hits.end(), qPrintable(describe(hits)));
        QCOMPARE(hit->normalized, normalized);
    }

    // A GitHub token whose CRC-32 checksum matches is validated; one that does not is still
    // reported (test tokens rarely compute it), unvalidated.
    void githubChecksumGrades()
    {
        const auto valid = builtin()->scan(u"t 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");
        const auto invalid = builtin()->scan(u"t ghp_CustosTestTokenCustosTestToken0Q7Ynu");
        QCOMPARE(valid.size(), std::size_t(1));
        QCOMPARE(invalid.size(), std::size_t(1));
        QVERIFY(valid[0].validated);
        QVERIFY(!invalid[0].validated);
    }

    // An unknown phone region is a compile error naming the detector and the region.
    void unknownPhoneRegion()
    {
        DetectorSpec phone = *BuiltinDetectors::find(QStringLiteral("phone_number"));
        phone.regions = {QStringLiteral("SE"), QStringLiteral("XX")};
        const auto compiled = DetectorSet::compile({phone});
        QVERIFY(!compiled);
        QVERIFY2(compiled.error().message.contains(u"unknown phone region 'XX'"),
                 qPrintable(compiled.error().message));
    }

    void lookups()
    {
        const auto set = builtin();
        QCOMPARE(set->ids().size(), qsizetype(BuiltinDetectors::all().size()));
        QVERIFY(set->spec(QStringLiteral("iban")));
        QVERIFY(!set->spec(QStringLiteral("nope")));
        QVERIFY(set->maxHoldBack() >= 8192);
    }

    // const methods from several threads at once give the same answers as from one.
    void concurrentScans()
    {
        const auto set = builtin();
        const QString text =
            QStringLiteral("mail jane@example.org card 4111111111111111 ip 10.0.0.1 ").repeated(50);
        const auto expected = set->scan(text);
        std::vector<std::thread> threads;
        std::atomic<int> mismatches = 0;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 20; ++i)
                    if (set->scan(text) != expected || !set->containsAny(text))
                        ++mismatches;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

} // namespace tst_detector_set

CUSTOS_GUILESS_TEST_MAIN(tst_detector_set::TestDetectorSet)
#include "tst_detector_set.moc"
