// bench_feed: pushes decisions through the live feed (model, filter proxy and shown view) at a fixed
// rate and measures whether the GUI thread keeps up: the longest gap of a 1 ms heartbeat timer and
// the rows per second that reached the model.
//
//   ./custos.sh exec bench_feed [--rate 2000] [--seconds 10] [--prefill 0] [--max-rows 100000]
//                               [--filter TEXT]
#include "tests/ui/feed/FeedEntryFactory.h"
#include "ui/feed/DecisionFeedFilterModel.h"
#include "ui/feed/DecisionFeedModel.h"
#include "ui/feed/DecisionFeedView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int rate = 2000;
    int seconds = 10;
    int prefill = 0;
    int maxRows = 100'000;
    QString filter;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rate(u"rate"_s, u"Decisions per second."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"How long to push."_s, u"s"_s, u"10"_s);
    const QCommandLineOption prefill(u"prefill"_s, u"Rows in the feed before measuring."_s, u"n"_s, u"0"_s);
    const QCommandLineOption maxRows(u"max-rows"_s, u"The feed's row cap."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption filter(u"filter"_s, u"A free-text filter to apply."_s, u"text"_s);
    parser.addOptions({rate, seconds, prefill, maxRows, filter});
    parser.process(app);
    return Options{parser.value(rate).toInt(), parser.value(seconds).toInt(), parser.value(prefill).toInt(),
                   parser.value(maxRows).toInt(), parser.value(filter)};
}

// Records the gaps between ticks of a 1 ms timer: a gap is how long the event loop was busy.
class Heartbeat
{
public:
    explicit Heartbeat(QObject *context)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] { tick(); });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double maxGapMs() const { return m_gaps.empty() ? 0.0 : *std::ranges::max_element(m_gaps); }
    // CPU time the GUI thread spent inside the longest gap: far below the gap means the thread was
    // preempted (other processes on the machine), not busy with the feed.
    double cpuInMaxGapMs() const
    {
        if (m_gaps.empty())
            return 0.0;
        return m_cpuGaps[std::size_t(std::ranges::max_element(m_gaps) - m_gaps.begin())];
    }
    double maxCpuGapMs() const { return m_cpuGaps.empty() ? 0.0 : *std::ranges::max_element(m_cpuGaps); }
    double percentileMs(double p) const
    {
        if (m_gaps.empty())
            return 0.0;
        std::vector<double> sorted = m_gaps;
        std::ranges::sort(sorted);
        return sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
    }
    std::size_t gapsOver(double ms) const
    {
        return std::size_t(std::ranges::count_if(m_gaps, [ms](double gap) { return gap > ms; }));
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_gaps.push_back(double(now - m_last) / 1e6);
        m_cpuGaps.push_back(double(cpu - m_lastCpu) / 1e6);
        m_last = now;
        m_lastCpu = cpu;
    }

    static qint64 threadCpuNs()
    {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_cpuGaps;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options options = parseOptions(app);

    DecisionFeedModel model;
    model.setMaxRows(options.maxRows);
    DecisionFeedView view(&model);
    view.filterModel()->setTextFilter(options.filter);
    view.resize(1280, 800);
    view.show();

    qint64 seq = 0;
    for (; seq < options.prefill; ++seq)
        model.enqueue(test::makeFeedEntry(seq));
    model.flush();

    Heartbeat heartbeat(&app);
    QElapsedTimer clock;
    const qint64 total = qint64(options.rate) * options.seconds;

    // A flush (drop of the oldest rows, then the insert) timed through the proxy and the view's
    // bookkeeping; painting comes later and shows in the heartbeat only.
    qint64 inserted = 0;
    qint64 lastInsertNs = 0;
    QElapsedTimer flushClock;
    double longestFlushMs = 0.0;
    const auto flushStarts = [&flushClock] {
        if (!flushClock.isValid())
            flushClock.start();
    };
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, &app, flushStarts);
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &app, flushStarts);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app,
                     [&](const QModelIndex &, int first, int last) {
                         longestFlushMs = std::max(longestFlushMs, double(flushClock.nsecsElapsed()) / 1e6);
                         flushClock.invalidate();
                         inserted += last - first + 1;
                         lastInsertNs = clock.nsecsElapsed();
                     });
    qint64 produced = 0;
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(2);
    QObject::connect(&producer, &QTimer::timeout, &app, [&] {
        // Enqueue what is due by now, one call per decision, as the ledger subscriber will.
        const qint64 due = std::min(total, clock.nsecsElapsed() * options.rate / 1'000'000'000);
        for (; produced < due; ++produced)
            model.enqueue(test::makeFeedEntry(seq++));
        if (produced == total) {
            producer.stop();
            QTimer::singleShot(200, &app, &QApplication::quit); // let the last flush and paint happen
        }
    });

    QTimer::singleShot(300, &app, [&] { // after the prefill has been painted
        inserted = 0;
        longestFlushMs = 0.0;
        clock.start();
        heartbeat.start();
        producer.start();
    });
    app.exec();
    heartbeat.stop();

    const double seconds = double(lastInsertNs) / 1e9;
    const bool keptUp = inserted == total && model.pendingCount() == 0;
    const bool smooth = heartbeat.maxGapMs() <= 50.0;
    std::printf("bench_feed: rate %d/s for %d s, prefill %d, cap %d, filter \"%s\"\n", options.rate,
                options.seconds, options.prefill, options.maxRows, qPrintable(options.filter));
    std::printf("  decisions pushed      %lld, inserted %lld, still queued %lld, rows kept %d, shown %d\n",
                static_cast<long long>(total), static_cast<long long>(inserted),
                static_cast<long long>(model.pendingCount()), model.rowCount(),
                view.filterModel()->rowCount());
    std::printf("  rows/s achieved       %.0f (first push to last insert: %.2f s)\n",
                double(inserted) / seconds, seconds);
    std::printf("  longest flush         %.1f ms (remove + insert through proxy and view)\n", longestFlushMs);
    std::printf("  heartbeat gap max     %.1f ms, p99 %.2f ms, p50 %.2f ms\n", heartbeat.maxGapMs(),
                heartbeat.percentileMs(0.99), heartbeat.percentileMs(0.50));
    std::printf("  CPU in longest gap    %.1f ms; longest CPU-busy gap %.1f ms\n", heartbeat.cpuInMaxGapMs(),
                heartbeat.maxCpuGapMs());
    std::printf("  gaps > 16 ms          %zu, gaps > 50 ms %zu\n", heartbeat.gapsOver(16.0),
                heartbeat.gapsOver(50.0));
    std::printf("  target (keeps up, no stall > 50 ms): %s\n", keptUp && smooth ? "met" : "MISSED");
    return keptUp && smooth ? 0 : 1;
}
