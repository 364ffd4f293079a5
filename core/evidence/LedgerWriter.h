#pragma once

#include "EvidenceBackend.h"
#include "WitnessLog.h"

#include <QDateTime>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace custos {

// The single writer of a store. One thread owns the write connection and commits in groups: every
// append that arrives while a commit is running goes into the next transaction (WAL,
// synchronous=FULL), so one fsync makes many events durable. Completion callbacks run on the
// writer thread once the transaction is durable (or failed).
class LedgerWriter
{
public:
    struct Options
    {
        int maxBatch = 1024;                                 // events per transaction at most
        std::chrono::microseconds linger{0};                 // extra wait for more events before committing
        int checkpointEvery = 1000;                          // events between signed checkpoints
        std::chrono::milliseconds checkpointInterval{10000}; // or this long, whichever comes first
        bool witness = true; // append every checkpoint to the witness file (WitnessLog)
        QString witnessPath; // empty: WitnessLog::resolvePath's default
    };
    using BackendFactory = std::function<Result<std::unique_ptr<EvidenceBackend>>()>;
    using Done = std::function<void(Result<qint64>)>;
    using Observer = std::function<void(const EvidenceEvent &)>;

    // Handed to jobs: the write connection inside an open transaction, and the chain.
    class Transaction
    {
    public:
        EvidenceBackend &backend() { return m_backend; }
        // Appends within this transaction; the seq is final once the job's transaction commits.
        Result<qint64> append(EvidenceEvent event);

    private:
        friend class LedgerWriter;
        Transaction(LedgerWriter &writer, EvidenceBackend &backend)
            : m_writer(writer)
            , m_backend(backend)
        {}
        LedgerWriter &m_writer;
        EvidenceBackend &m_backend;
        QList<EvidenceEvent> m_appended;
    };
    using Job = std::function<Result<void>(Transaction &)>;
    using BareJob = std::function<Result<void>(EvidenceBackend &)>; // outside any transaction

    static Result<std::unique_ptr<LedgerWriter>> start(BackendFactory openBackend, Options options,
                                                       Observer observer);
    ~LedgerWriter(); // commits what is queued, writes a final checkpoint, closes the connection

    void append(EvidenceEvent event, Done done);
    Result<void> run(Job job);         // blocking; one transaction
    Result<void> runBare(BareJob job); // blocking; no transaction (rekey)
    Result<void> checkpointNow();
    QString witnessPath() const; // empty when the writer keeps no witness

private:
    struct Item
    {
        std::optional<EvidenceEvent> event;
        Done done;
        Job job;
        BareJob bareJob;
        std::function<void(Result<void>)> jobDone;
    };

    LedgerWriter(Options options, Observer observer);
    void threadMain(const BackendFactory &openBackend, std::promise<Result<void>> &opened);
    Result<void> openOnThread(const BackendFactory &openBackend);
    void loop();
    bool takeWork(std::deque<Item> &batch);
    void commitAppends(std::deque<Item> &batch);
    void runJob(Item &item);
    Result<void> commitWith(Transaction &transaction, const std::function<Result<void>()> &body);
    Result<void> writeCheckpoint(EvidenceBackend &backend);
    Result<void> adoptForeignAppends(EvidenceBackend &backend);
    bool checkpointDue() const;
    Result<qint64> appendInTransaction(EvidenceBackend &backend, EvidenceEvent &event);
    Result<void> migrateChain();
    void vouchForTail(const char *when);
    void witnessCommitted();
    Result<void> submit(Item item);

    Options m_options;
    Observer m_observer;
    std::unique_ptr<EvidenceBackend> m_backend;
    QByteArray m_signingKey;
    std::unique_ptr<WitnessLog> m_witness;
    QList<Checkpoint> m_unwitnessed; // signed in the open transaction; witnessed once it commits

    // Chain state: only the writer thread touches it.
    ChainHead m_head;
    qint64 m_lastTimeMs = 0;
    qint64 m_lastCheckpointSeq = 0;
    std::chrono::steady_clock::time_point m_lastCheckpointTime;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace custos
