// bench_ledger: durable appends per second with group commit at 1, 8 and 64 producers, a filtered
// page query at 1M events, and a full verify at 1M events.
//
//   ./custos.sh exec bench_ledger [--dir DIR] [--events N] [--seconds S]
//
// DIR must be on a real disk (fsync on tmpfs costs nothing); default: a folder next to the binary.
#include "EvidenceTestSupport.h"

#include "core/evidence/EventFacts.h"
#include "core/evidence/LedgerHash.h"
#include "core/evidence/SqlCipherEvidenceBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimeZone>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

// Each producer keeps `inFlight` appends outstanding (1: plain blocking append()), the way the
// gateway's appendAsync() callers do while they stream responses.
void appendThroughput(const QString &dir, int producers, double seconds, int inFlight)
{
    const QString path = dir + u"/bench-append-%1.db"_s.arg(producers);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(path + suffix);
    auto store = createStore(path);
    if (!store)
        return;
    std::atomic<qint64> appended{0};
    std::atomic<bool> stop{false};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int p = 0; p < producers; ++p) {
        threads.emplace_back([&, p] {
            std::mutex mutex;
            std::condition_variable changed;
            int outstanding = 0;
            for (int i = 0; !stop.load(); ++i) {
                if (inFlight == 1) {
                    if (store->append(sampleEvent(p * 1000000 + i)))
                        appended.fetch_add(1);
                    continue;
                }
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return outstanding < inFlight; });
                ++outstanding;
                lock.unlock();
                store->appendAsync(sampleEvent(p * 1000000 + i), [&](Result<qint64> seq) {
                    if (seq)
                        appended.fetch_add(1);
                    std::lock_guard done(mutex);
                    --outstanding;
                    changed.notify_one();
                });
            }
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return outstanding == 0; });
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
    stop = true;
    for (auto &thread : threads)
        thread.join();
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    std::printf(
        "durable appends, %2d producers, %2d in flight each: %8.0f events/s (%lld events in %.2f s)\n",
        producers, inFlight, double(appended.load()) / elapsed, static_cast<long long>(appended.load()),
        elapsed);
    store.reset();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(path + suffix);
}

// Builds a store of `count` events in big transactions straight through the backend (setup only).
bool buildLargeStore(const QString &path, qint64 count)
{
    if (QFile::exists(path)) {
        auto store = openStore(path, true);
        auto existing = store ? store->eventCount() : Result<qint64>{};
        if (existing && *existing >= count)
            return true;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(path + suffix);
    }
    if (!createStore(path))
        return false;
    auto backend = SqlCipherEvidenceBackend::open(path, testKeySource(), BackendMode::ReadWrite);
    if (!backend)
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray prev = ledger::genesisHash();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - count * 10;
    for (qint64 seq = 1; seq <= count;) {
        if (!(*backend)->begin())
            return false;
        for (int i = 0; i < 50000 && seq <= count; ++i, ++seq) {
            EvidenceEvent event = sampleEvent(int(seq));
            event.seq = seq;
            event.time = QDateTime::fromMSecsSinceEpoch(start + seq * 10, QTimeZone::UTC);
            event.user = u"user-%1"_s.arg(seq % 1000);
            event.payloadDigest = ledger::payloadDigest(event.payload);
            event.facts = EventFacts::encode(event);
            event.prevHash = prev;
            event.hash = ledger::chainHash(prev, ledger::headerOf(event));
            prev = event.hash;
            if (auto inserted = (*backend)->insertEvent(event); !inserted) {
                std::printf("setup failed: %s\n", qPrintable(inserted.error().message));
                return false;
            }
        }
        if (!(*backend)->recordHead(seq - 1) || !(*backend)->commit())
            return false;
        std::printf("  setup: %lld events (%.0f s)\r", static_cast<long long>(seq - 1),
                    double(timer.elapsed()) / 1000);
        std::fflush(stdout);
    }
    std::printf("\n");
    return true;
}

void timeQuery(EvidenceStore &store, const char *name, const EvidenceQuery &query)
{
    QElapsedTimer timer;
    double worst = 0;
    double total = 0;
    qsizetype rows = 0;
    constexpr int kRuns = 5;
    for (int run = 0; run < kRuns; ++run) {
        timer.start();
        auto page = store.query(query);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        worst = std::max(worst, ms);
        total += ms;
        rows = page ? page->events.size() : -1;
    }
    std::printf("page query at 1M, %-28s %7.1f ms mean, %7.1f ms worst (%lld rows)\n", name, total / kRuns,
                worst, static_cast<long long>(rows));
}

void largeStoreFigures(const QString &dir, qint64 count)
{
    const QString path = dir + u"/bench-1m.db"_s;
    if (!buildLargeStore(path, count))
        return;
    auto store = openStore(path, true);
    if (!store)
        return;
    EvidenceQuery byService;
    byService.service = u"billing"_s;
    byService.decision = u"block"_s;
    byService.limit = 50;
    timeQuery(*store, "service+decision:", byService);
    EvidenceQuery byUser;
    byUser.user = u"user-77"_s;
    byUser.limit = 50;
    timeQuery(*store, "user:", byUser);
    EvidenceQuery byRule;
    byRule.rule = u"no-iban"_s;
    byRule.limit = 50;
    timeQuery(*store, "rule:", byRule);
    EvidenceQuery byTime;
    byTime.from = QDateTime::currentDateTimeUtc().addSecs(-count / 200);
    byTime.to = QDateTime::currentDateTimeUtc().addSecs(-count / 400);
    byTime.limit = 50;
    timeQuery(*store, "time range:", byTime);
    EvidenceQuery byText;
    byText.text = u"question 777777"_s;
    byText.limit = 50;
    timeQuery(*store, "free text:", byText);
    EvidenceQuery secondPage = byService;
    auto first = store->query(byService);
    secondPage.afterSeq = first ? first->nextCursor : 0;
    timeQuery(*store, "service+decision, page 2:", secondPage);

    // The chain alone, then with the query tables re-derived, then everything verify does by default.
    const auto timeVerify = [&](const char *what, bool projections, bool pages) {
        VerifyOptions options;
        options.useWitness = false; // the store was built around the writer
        options.checkProjections = projections;
        options.checkPages = pages;
        QElapsedTimer timer;
        timer.start();
        const VerifyReport report = store->verify(options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("verify at %lld events, %-26s %8.0f events/s (%.2f s) -> %s\n",
                    static_cast<long long>(report.eventsChecked), what,
                    double(report.eventsChecked) / seconds, seconds,
                    qPrintable(report.summary().section(u'\n', 0, 0)));
    };
    timeVerify("chain:", false, false);
    timeVerify("chain and query tables:", true, false);
    timeVerify("full (and every page):", true, true);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(u"dir"_s, u"Folder on a real disk for the stores."_s, u"DIR"_s,
                                       QCoreApplication::applicationDirPath() + u"/bench-ledger"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"Events in the large store."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per append run."_s, u"S"_s, u"3"_s);
    const QCommandLineOption skipLarge(u"appends-only"_s, u"Skip the 1M-event figures."_s);
    parser.addOptions({dirOption, eventsOption, secondsOption, skipLarge});
    parser.addHelpOption();
    parser.process(app);
    const QString dir = parser.value(dirOption);
    QDir().mkpath(dir);
    std::printf("bench_ledger in %s\n", qPrintable(dir));
    const double seconds = parser.value(secondsOption).toDouble();
    for (const int producers : {1, 8, 64})
        appendThroughput(dir, producers, seconds, 1);
    appendThroughput(dir, 64, seconds, 16);
    if (!parser.isSet(skipLarge))
        largeStoreFigures(dir, parser.value(eventsOption).toLongLong());
    return 0;
}
