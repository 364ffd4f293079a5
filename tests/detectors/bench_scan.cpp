// bench_scan: throughput and latency of the built-in detector pack.
//
// Prints MB/s for the presence check (containsAny) and the full scan over a generated ~20 MB
// corpus of 4 KB documents (prose with sprinkled PII and secrets), p50/p99 latency of scanning
// one 4 KB document, and the cost of StreamScanner::feed per ~20-character chunk.
// Run: ./custos.sh exec bench_scan [--without id,prefix*,...] [--megabytes N] [--passes N]
// (a small corpus and one pass make it short enough to count instructions under callgrind, which
// repeats exactly on a loaded machine where CPU time does not).

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/DetectorSet.h"
#include "core/policy/detectors/StreamScanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace custos;

namespace {

constexpr qsizetype kDocumentSize = 4096;
constexpr int kDefaultMegabytes = 20;
constexpr int kDefaultPasses = 3;

const QStringList kWords =
    QStringLiteral(
        "the of and to in is that for it as was with be by on not he this are or his from at which but have "
        "an they "
        "you were her she there been one all we their has would when if so no will more can said who what "
        "about up "
        "out them into only other time new some could these two may first then do any like my now over such "
        "our man "
        "me even most made after also did many before must through back years where much your way well down "
        "should "
        "because each just those people how too little state good very make world still own see men work "
        "long get "
        "here between both life being under never day same another know while last might us great old year "
        "off come "
        "since against go came right used take three invoice meeting customer report quarterly revenue "
        "forecast "
        "deployment pipeline kubernetes cluster latency gateway policy evidence approval exception request")
        .split(u' ');

QString randomHex(std::mt19937 &rng, int n)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    for (int i = 0; i < n; ++i)
        out += QLatin1Char(digits[rng() % 16]);
    return out;
}

QString sensitiveItem(std::mt19937 &rng)
{
    switch (rng() % 8) {
    case 0:
        return QStringLiteral("jane.doe%1@example.org").arg(rng() % 1000);
    case 1:
        return QStringLiteral("4111 1111 1111 1111");
    case 2:
        return QStringLiteral("DE89 3704 0044 0532 0130 00");
    case 3:
        return QStringLiteral("+44 20 7946 0958");
    case 4:
        return QStringLiteral("10.%1.%2.7").arg(rng() % 255).arg(rng() % 255);
    case 5:
        return QStringLiteral("ssn 536-22-8765");
    case 6:
        return QStringLiteral("token=") + randomHex(rng, 40);
    default:
        return QStringLiteral("shpat_") + randomHex(rng, 32);
    }
}

// One document in four carries one or two sensitive items; the rest is prose with numbers.
QString document(std::mt19937 &rng)
{
    QString text;
    text.reserve(kDocumentSize + 64);
    const int items = (rng() % 4 == 0) ? 1 + int(rng() % 2) : 0;
    std::vector<qsizetype> positions;
    for (int i = 0; i < items; ++i)
        positions.push_back(qsizetype(rng() % std::uint32_t(kDocumentSize - 100)));
    std::ranges::sort(positions);
    std::size_t next = 0;
    while (text.size() < kDocumentSize) {
        if (next < positions.size() && text.size() >= positions[next]) {
            text += sensitiveItem(rng);
            ++next;
        } else if (rng() % 1000 < 30) {
            text += QString::number(rng() % 10000);
        } else {
            text += kWords.at(qsizetype(rng() % std::uint32_t(kWords.size())));
        }
        text += (rng() % 12 == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    text.truncate(kDocumentSize);
    return text;
}

// CPU time of this thread: on a shared machine, wall time also counts the slices other
// processes get (visible as 4 ms steps, the scheduler tick), which is not the scanner's cost.
double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double percentile(std::vector<double> values, double p)
{
    std::ranges::sort(values);
    return values[std::size_t(p * double(values.size() - 1))];
}

// `bench_scan --without id,prefix*,...` leaves detectors out, to see what each one costs.
std::vector<DetectorSpec> packWithout(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--without"));
    const QStringList left =
        at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).split(u',') : QStringList();
    std::vector<DetectorSpec> specs;
    for (const DetectorSpec &spec : BuiltinDetectors::all()) {
        const bool excluded = std::ranges::any_of(left, [&](const QString &pattern) {
            return pattern.endsWith(u'*') ? spec.id.startsWith(pattern.chopped(1)) : spec.id == pattern;
        });
        if (!excluded)
            specs.push_back(spec);
    }
    return specs;
}

// `--name N`, or fallback when absent or not a positive number.
int intOption(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    bool ok = false;
    const int value = at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt(&ok) : 0;
    return ok && value > 0 ? value : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    auto compiled = DetectorSet::compile(packWithout(app.arguments()));
    if (!compiled) {
        std::fprintf(stderr, "compile failed: %s\n", qPrintable(compiled.error().toString()));
        return 1;
    }
    const auto set = *compiled;
    std::printf("detectors: %zu, compiled in %.1f ms\n", set->specs().size(),
                double(timer.nsecsElapsed()) / 1e6);

    std::mt19937 rng(42);
    std::vector<QString> documents;
    qsizetype bytes = 0;
    const qsizetype corpusSize =
        qsizetype(intOption(app.arguments(), QStringLiteral("--megabytes"), kDefaultMegabytes)) * 1024 * 1024;
    while (bytes < corpusSize) {
        documents.push_back(document(rng));
        bytes += documents.back().toUtf8().size();
    }
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    std::printf("corpus: %zu documents of 4 KB, %.1f MB\n", documents.size(), megabytes);

    // Warm the lazily built DFAs once, as a long-running gateway would be.
    for (std::size_t i = 0; i < std::min<std::size_t>(documents.size(), 200); ++i)
        (void)set->scan(documents[i]);

    // Each figure is the best of the passes (three by default): the machine is shared, and a pass that
    // another process preempted says nothing about the scanner.
    const int passes = intOption(app.arguments(), QStringLiteral("--passes"), kDefaultPasses);
    int flagged = 0;
    double presenceSeconds = 1e9;
    for (int pass = 0; pass < passes; ++pass) {
        flagged = 0;
        const double start = threadSeconds();
        for (const QString &doc : documents)
            flagged += set->containsAny(doc) ? 1 : 0;
        presenceSeconds = std::min(presenceSeconds, threadSeconds() - start);
    }
    std::printf("(throughput and per-feed figures use thread CPU time, best of %d passes; latencies are wall "
                "time)\n",
                passes);
    std::printf("presence (containsAny): %.0f MB/s, %d of %zu documents flagged\n",
                megabytes / presenceSeconds, flagged, documents.size());

    std::size_t hits = 0;
    double scanSeconds = 1e9;
    std::vector<double> latencies;
    QElapsedTimer one;
    for (int pass = 0; pass < passes; ++pass) {
        hits = 0;
        std::vector<double> passLatencies;
        passLatencies.reserve(documents.size());
        const double start = threadSeconds();
        for (const QString &doc : documents) {
            one.start();
            hits += set->scan(doc).size();
            passLatencies.push_back(double(one.nsecsElapsed()) / 1000.0);
        }
        const double seconds = threadSeconds() - start;
        if (seconds < scanSeconds) {
            scanSeconds = seconds;
            latencies = std::move(passLatencies);
        }
    }
    const auto slow = std::ranges::count_if(latencies, [](double us) { return us > 1000.0; });
    std::printf("full scan: %.0f MB/s, %zu hits\n", megabytes / scanSeconds, hits);
    std::printf("4 KB scan latency: p50 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f us (%td over 1 ms: "
                "preempted)\n",
                percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 0.999),
                percentile(latencies, 1.0), slow);

    if (qEnvironmentVariableIsSet("CUSTOS_BENCH_DIAG")) {
        for (std::size_t i = 0; i < latencies.size(); ++i) {
            if (latencies[i] < 1000.0)
                continue;
            one.start();
            const auto again = set->scan(documents[i]);
            const double second = double(one.nsecsElapsed()) / 1000.0;
            one.start();
            (void)set->containsAny(documents[i]);
            std::printf("slow doc %zu: %.0f us, again %.0f us, presence %.0f us, hits %zu\n", i, latencies[i],
                        second, double(one.nsecsElapsed()) / 1000.0, again.size());
            for (const auto &h : again)
                std::printf("   %s %s\n", qPrintable(h.detectorId), qPrintable(h.text.left(60)));
        }
    }

    // Streaming: a ~4 MB response fed in 20-character chunks.
    QString stream;
    for (std::size_t i = 0; i < std::min<std::size_t>(documents.size(), 1000); ++i)
        stream += documents[i];
    double feedNanos = 1e18;
    std::size_t chunks = 0;
    std::size_t streamHits = 0;
    bool complete = false;
    for (int pass = 0; pass < passes; ++pass) {
        StreamScanner scanner(set);
        chunks = 0;
        streamHits = 0;
        qsizetype released = 0;
        const double start = threadSeconds();
        for (qsizetype i = 0; i < stream.size(); i += 20, ++chunks) {
            const auto release = scanner.feed(QStringView(stream).mid(i, 20));
            streamHits += release.hits.size();
            released += release.text.size();
        }
        const auto last = scanner.finish();
        feedNanos = std::min(feedNanos, (threadSeconds() - start) * 1e9 / double(chunks));
        streamHits += last.hits.size();
        released += last.text.size();
        complete = released == stream.size();
    }
    std::printf("stream: %.0f ns per 20-char feed (%zu chunks, %zu hits, %s)\n", feedNanos, chunks,
                streamHits, complete ? "all text released" : "TEXT LOST");
    return 0;
}
