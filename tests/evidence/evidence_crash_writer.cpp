// evidence_crash_writer STORE [COUNT]: appends from four threads as fast as it can and prints each
// seq once append() has returned (so the event is durable). tst_evidence_crash kills it with
// SIGKILL. With COUNT, each thread appends COUNT events and the process exits normally:
// tst_evidence_store runs several at once to show that separate processes share one chain.
#include "EvidenceTestSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

using namespace custos;
using namespace custos::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: evidence_crash_writer STORE [COUNT]\n");
        return 2;
    }
    const int count = argc == 3 ? std::atoi(argv[2]) : -1;
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto store = QFile::exists(path) ? EvidenceStore::open(path, testKeySource())
                                     : EvidenceStore::create(path, testKeySource());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    std::mutex printing;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; count < 0 || i < count; ++i) {
                auto seq = (*store)->append(sampleEvent(t * 1000000 + i));
                std::lock_guard lock(printing);
                if (!seq) {
                    std::fprintf(stderr, "%s\n", qPrintable(seq.error().toString()));
                    std::_Exit(1);
                }
                std::printf("%lld\n", static_cast<long long>(*seq));
                std::fflush(stdout);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    return 0;
}
