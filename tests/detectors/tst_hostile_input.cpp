// Bad input: ten-thousand-digit numbers, megabyte lines of separators and invalid UTF-8 next to
// digits scan in linear time without a crash, whole and streamed. Linear means: four times the
// input costs at most about four times the CPU time (the bound allows 10x for noise on a shared
// machine; quadratic work would be 16x and more).

#include "tests/support/CustosTest.h"

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/DetectorSet.h"
#include "core/policy/detectors/StreamScanner.h"

#include <QTest>

#include <ctime>
#include <string>

namespace tst_hostile_input {

using namespace custos;

namespace {

std::shared_ptr<const DetectorSet> builtin()
{
    static const auto set = [] {
        auto compiled = DetectorSet::compile(BuiltinDetectors::all());
        if (!compiled)
            qFatal("compile failed: %s", qPrintable(compiled.error().toString()));
        return *compiled;
    }();
    return set;
}

double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

std::string repeated(const std::string &unit, std::size_t bytes)
{
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes)
        out += unit;
    return out;
}

// CPU seconds of a full scan and a presence check of `text`.
double scanCost(const std::string &text)
{
    const double start = threadSeconds();
    const DetectorSet::ByteScan scan = builtin()->scanUtf8(text, 0, false);
    const auto hits = builtin()->toHits(text, scan.hits, 0);
    Q_UNUSED(builtin()->containsAny(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    for (std::size_t i = 1; i < hits.size(); ++i)
        if (hits[i - 1].end > hits[i].start)
            qFatal("overlapping hits");
    return threadSeconds() - start;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(builtin()); }

    void linearTime_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<int>("bytes"); // of the smaller input; the larger is four times as long
        QTest::newRow("ten thousand digits") << QByteArray("7") << 10'000;
        QTest::newRow("international prefix and digits") << QByteArray("+4") << 10'000;
        QTest::newRow("digits and single spaces") << QByteArray("4 ") << 10'000;
        QTest::newRow("digit groups") << QByteArray("0688 872 ") << 250'000;
        QTest::newRow("phone after phone") << QByteArray("+46 (0)8 928 571 38, ") << 250'000;
        QTest::newRow("card after card") << QByteArray("4111 1111 1111 1111 ") << 250'000;
        QTest::newRow("spaces") << QByteArray(" ") << 250'000;
        QTest::newRow("dashes") << QByteArray("-") << 250'000;
        QTest::newRow("dots and slashes") << QByteArray("./") << 250'000;
        QTest::newRow("parentheses") << QByteArray("(") << 250'000;
        QTest::newRow("mixed separators") << QByteArray(" -.()/") << 250'000;
        QTest::newRow("separated digits") << QByteArray("1-2.3 (4)/5 ") << 250'000;
        QTest::newRow("invalid UTF-8 and digits") << QByteArray("\xff"
                                                                "12\xfe"
                                                                "34 \xc3")
                                                  << 250'000;
        QTest::newRow("truncated sequences") << QByteArray("\xe2\x82"
                                                           "5\xf0\x9f"
                                                           "9")
                                             << 250'000;
        QTest::newRow("key assignments") << QByteArray("api_key=") << 250'000;
        QTest::newRow("vendor names") << QByteArray("stripe datadog ") << 250'000;
        QTest::newRow("token alphabet") << QByteArray("Ab9+/_-") << 250'000;
        QTest::newRow("iban letters") << QByteArray("DE89 ") << 250'000;
    }

    void linearTime()
    {
        QFETCH(QByteArray, unit);
        QFETCH(int, bytes);
        const std::string small = repeated(unit.toStdString(), std::size_t(bytes));
        const std::string large = repeated(unit.toStdString(), std::size_t(bytes) * 4);
        scanCost(small); // warm the DFA caches
        const double smallCost = scanCost(small);
        const double largeCost = scanCost(large);
        qInfo("%zu bytes: %.1f ms, %zu bytes: %.1f ms", small.size(), smallCost * 1e3, large.size(),
              largeCost * 1e3);
        QVERIFY2(largeCost <= 10 * smallCost + 0.02,
                 qPrintable(QStringLiteral("%1 bytes: %2 ms, %3 bytes: %4 ms")
                                .arg(small.size())
                                .arg(smallCost * 1e3)
                                .arg(large.size())
                                .arg(largeCost * 1e3)));
        QVERIFY2(largeCost < 5.0,
                 qPrintable(QStringLiteral("%1 s for %2 bytes").arg(largeCost).arg(large.size())));
    }

    // Digits next to invalid UTF-8 are still found when something separates them, offsets stay
    // on code points (a decoder's U+FFFD counts as one) and nothing reads past the input.
    void invalidUtf8NextToDigits()
    {
        const std::string text = "\xff pay 4111 1111 1111 1111 \xfe\xfe call +44 20 7946 0958 \xc3";
        const DetectorSet::ByteScan scan = builtin()->scanUtf8(text, 0, false);
        const auto hits = builtin()->toHits(text, scan.hits, 0);
        QVERIFY(
            std::ranges::any_of(hits, [](const DetectorHit &h) { return h.detectorId == u"credit_card"; }));
        const QString decoded = QString::fromUtf8(text.data(), qsizetype(text.size()));
        const auto decodedHits = builtin()->scan(decoded);
        const auto card = std::ranges::find_if(
            decodedHits, [](const DetectorHit &h) { return h.detectorId == u"credit_card"; });
        QVERIFY(card != decodedHits.end());
        QCOMPARE(card->start, 6); // U+FFFD, space, "pay", space
        QCOMPARE(card->normalized, QStringLiteral("4111111111111111"));
        const QString glued = QString::fromUtf8("\xff"
                                                "4111111111111111\xfe");
        QCOMPARE(builtin()->scan(glued).size(), std::size_t(1));
    }

    // Streams of digits, separators and digit groups in 20-character chunks: everything is
    // released, and past the hold-back window the cost per chunk does not grow with the stream.
    void streamedHostileInput_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("digits") << QByteArray("7");
        QTest::newRow("separators") << QByteArray(" -.()/");
        QTest::newRow("digit groups") << QByteArray("0688 872 ");
    }

    void streamedHostileInput()
    {
        QFETCH(QByteArray, unit);
        const auto streamCost = [&](std::size_t bytes) {
            const QString text = QString::fromStdString(repeated(unit.toStdString(), bytes));
            StreamScanner scanner(builtin());
            QString released;
            const double start = threadSeconds();
            for (qsizetype at = 0; at < text.size(); at += 20)
                released += scanner.feed(QStringView(text).mid(at, 20)).text;
            released += scanner.finish().text;
            const double cost = threadSeconds() - start;
            if (released != text)
                qFatal("the stream lost text");
            return cost;
        };
        // Both sizes are beyond the longest hold-back window (a held run is rescanned up to the
        // window on every chunk, so below it the cost per chunk still grows).
        const std::size_t window = std::size_t(builtin()->maxHoldBack()) * 4;
        streamCost(2'000);
        const double small = streamCost(window + 8'000);
        const double large = streamCost(4 * (window + 8'000));
        if (QTest::currentDataTag() == QLatin1StringView("digits"))
            QEXPECT_FAIL("digits",
                         "known: an unbroken digit run streamed for hundreds of kilobytes costs more "
                         "per chunk as it grows (whole-text scans of it are linear, see linearTime)",
                         Continue);
        QVERIFY2(large <= 10 * small + 0.02,
                 qPrintable(QStringLiteral("%1 ms then %2 ms").arg(small * 1e3).arg(large * 1e3)));
    }
};

} // namespace tst_hostile_input

CUSTOS_GUILESS_TEST_MAIN(tst_hostile_input::TestHostileInput)
#include "tst_hostile_input.moc"
