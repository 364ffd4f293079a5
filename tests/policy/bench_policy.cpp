// bench_policy: evaluation latency of the policy engine for a 4 KB chat request with the starter
// policy (p50/p99), evaluations per second on 2 threads, and the cost per streamed chunk.
// Run: ./custos.sh exec bench_policy [--stream-only] [--rounds N]
// (--stream-only with few rounds is short enough to count instructions under callgrind).
#include "core/policy/PolicyEngine.h"
#include "core/policy/StreamPolicy.h"
#include "core/policy/detectors/DetectorSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace custos;
using Clock = std::chrono::steady_clock;

namespace {

const QString prose = QStringLiteral(
    "Our customer reported that the nightly export job fails after the upgrade. The logs show a timeout when "
    "the worker contacts the reporting service, and the retry policy gives up after three attempts. ");

QJsonObject chatRequest(int targetBytes)
{
    QJsonArray messages;
    messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                    {QStringLiteral("content"), QStringLiteral("You are a helpful support assistant.")}});
    int bytes = 0;
    int turn = 0;
    while (bytes < targetBytes) {
        QString text = prose.repeated(2);
        if (turn == 2)
            text += QStringLiteral("Please reply to jane.doe@acme-corp.com with the summary.");
        bytes += int(text.toUtf8().size());
        messages.append(QJsonObject{
            {QStringLiteral("role"), turn % 2 ? QStringLiteral("assistant") : QStringLiteral("user")},
            {QStringLiteral("content"), text}});
        ++turn;
    }
    return QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                       {QStringLiteral("messages"), messages}};
}

double percentile(std::vector<double> samples, double fraction)
{
    std::ranges::sort(samples);
    return samples[std::min(samples.size() - 1, std::size_t(fraction * double(samples.size())))];
}

// p50/p99 of evaluate for one request, the detectors' share of it, and throughput on 2 threads.
void benchmarkRequests(QTextStream &out, const PolicyEngine &engine, const EvaluationContext &context,
                       const QJsonObject &request)
{
    for (int i = 0; i < 2000; ++i)
        engine.evaluate(context, request);
    std::vector<double> micros;
    constexpr int samples = 20000;
    micros.reserve(samples);
    Action action = Action::Allow;
    for (int i = 0; i < samples; ++i) {
        const auto start = Clock::now();
        const Decision decision = engine.evaluate(context, request);
        micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        action = decision.action;
    }
    out << "evaluate, 4 KB chat request, starter policy (decision: " << actionName(action) << ")\n"
        << "  p50 " << QString::number(percentile(micros, 0.50), 'f', 1) << " us, p99 "
        << QString::number(percentile(micros, 0.99), 'f', 1) << " us (target p99 <= 100 us), " << samples
        << " samples\n";

    // The share of the detectors: scanning the same texts without the engine around them.
    std::vector<QString> texts;
    for (const QJsonValue &message : request[QStringLiteral("messages")].toArray())
        texts.push_back(message[QStringLiteral("content")].toString());
    std::vector<double> scanMicros;
    for (int i = 0; i < samples; ++i) {
        const auto start = Clock::now();
        for (const QString &text : texts)
            engine.detectors()->scan(text);
        scanMicros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    out << "  of which detector scans alone: p50 " << QString::number(percentile(scanMicros, 0.50), 'f', 1)
        << " us, p99 " << QString::number(percentile(scanMicros, 0.99), 'f', 1) << " us\n";

    std::atomic<long> evaluations = 0;
    std::atomic<bool> stop = false;
    std::vector<std::thread> threads;
    const auto started = Clock::now();
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&] {
            long local = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                engine.evaluate(context, request);
                ++local;
            }
            evaluations += local;
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(3));
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    out << "throughput, 2 threads: " << QString::number(double(evaluations) / seconds, 'f', 0)
        << " evaluations/s\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    auto policy = Policy::fromFile(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
    if (!policy) {
        out << "starter policy invalid: " << policy.error().front().toString() << Qt::endl;
        return 1;
    }
    const auto engine = PolicyEngine::compile(*policy);
    if (!engine) {
        out << "cannot compile: " << engine.error().toString() << Qt::endl;
        return 1;
    }
    EvaluationContext context;
    context.service = QStringLiteral("support");
    context.model = QStringLiteral("gpt-4o");
    context.route = QStringLiteral("upstream");
    const QJsonObject request = chatRequest(4096);
    const QStringList arguments = app.arguments();
    const qsizetype roundsAt = arguments.indexOf(QStringLiteral("--rounds"));
    const int rounds = roundsAt >= 0 && roundsAt + 1 < arguments.size()
                           ? std::max(1, arguments.at(roundsAt + 1).toInt())
                           : 200;
    if (!arguments.contains(QStringLiteral("--stream-only")))
        benchmarkRequests(out, **engine, context, request);
    context.direction = Direction::Response;
    const QString response = prose.repeated(20);
    constexpr int chunkSize = 16;
    const auto streamRounds = [&](int count, long *chunks) {
        const auto start = Clock::now();
        for (int round = 0; round < count; ++round) {
            const auto filter = (*engine)->streamPolicy(context);
            for (qsizetype i = 0; i < response.size(); i += chunkSize, ++*chunks)
                filter->feed(QStringView(response).mid(i, chunkSize));
            filter->finish();
        }
        return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    };
    // The first stream after a compile builds the DFA states of the hold-back search; a gateway
    // pays that once per policy, so it is shown apart and the rounds after it are the figure.
    long firstChunks = 0;
    const double first = streamRounds(1, &firstChunks) / double(firstChunks);
    long chunks = 0;
    const double perChunk = streamRounds(rounds, &chunks) / double(chunks);
    out << "stream policy: " << QString::number(perChunk, 'f', 2) << " us per " << chunkSize
        << "-character chunk (" << chunks << " chunks; the first stream after the compile "
        << QString::number(first, 'f', 2) << " us per chunk)\n"
        << Qt::flush;
    return 0;
}
