#include "LedgerWriter.h"

#include "ChainMigration.h"
#include "CheckpointSigner.h"
#include "EventFacts.h"
#include "LedgerHash.h"
#include "core/common/Logging.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

QDateTime nowUtcMs()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::UTC);
}

} // namespace

LedgerWriter::LedgerWriter(Options options, Observer observer)
    : m_options(options)
    , m_observer(std::move(observer))
{}

Result<std::unique_ptr<LedgerWriter>> LedgerWriter::start(BackendFactory openBackend, Options options,
                                                          Observer observer)
{
    std::unique_ptr<LedgerWriter> writer(new LedgerWriter(options, std::move(observer)));
    std::promise<Result<void>> opened;
    std::future<Result<void>> openResult = opened.get_future();
    writer->m_thread = std::thread([raw = writer.get(), factory = std::move(openBackend), &opened] {
        raw->threadMain(factory, opened);
    });
    if (auto result = openResult.get(); !result) {
        writer->m_thread.join();
        writer->m_thread = {};
        return std::unexpected(result.error());
    }
    return writer;
}

LedgerWriter::~LedgerWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LedgerWriter::threadMain(const BackendFactory &openBackend, std::promise<Result<void>> &opened)
{
    auto result = openOnThread(openBackend);
    const bool ok = result.has_value();
    opened.set_value(std::move(result)); // `opened` is gone after this
    if (!ok) {
        m_backend.reset();
        return;
    }
    loop();
    vouchForTail("final");
    m_backend.reset(); // the connection closes on the thread that opened it
}

// A signed checkpoint over the head unless one is there: at every clean stop, and at startup for a
// tail a crash left unvouched, so the witness soon holds every event.
void LedgerWriter::vouchForTail(const char *when)
{
    if (m_head.seq <= m_lastCheckpointSeq)
        return;
    Transaction transaction(*this, *m_backend);
    if (auto written = commitWith(transaction, [&] { return writeCheckpoint(*m_backend); }); !written)
        qCWarning(lcEvidence) << when << "checkpoint failed:" << written.error().message;
}

// A formula-1 store is re-chained in one transaction with its migration event, before any append.
Result<void> LedgerWriter::migrateChain()
{
    Transaction transaction(*this, *m_backend);
    return commitWith(transaction, [&]() -> Result<void> {
        auto outcome = ChainMigration::run(*m_backend, m_signingKey);
        if (!outcome)
            return std::unexpected(outcome.error());
        m_head = outcome->newHead;
        EvidenceEvent event;
        event.kind = EventKind::Admin;
        event.actor = u"custos"_s;
        event.payload = outcome->eventPayload;
        event.searchText = u" "_s;
        auto seq = transaction.append(std::move(event));
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
}

QString LedgerWriter::witnessPath() const
{
    return m_witness ? m_witness->path() : QString();
}

void LedgerWriter::witnessCommitted()
{
    for (const Checkpoint &checkpoint : std::as_const(m_unwitnessed)) {
        if (auto witnessed = m_witness->append(checkpoint, ledger::kChainFormula); !witnessed)
            qCWarning(lcEvidence) << "the witness missed checkpoint" << checkpoint.seq << ":"
                                  << witnessed.error().toString();
    }
    m_unwitnessed.clear();
}

Result<void> LedgerWriter::openOnThread(const BackendFactory &openBackend)
{
    auto backend = openBackend();
    if (!backend)
        return std::unexpected(backend.error());
    m_backend = std::move(*backend);
    auto meta = m_backend->readMeta();
    if (!meta)
        return std::unexpected(meta.error());
    auto head = m_backend->head();
    if (!head)
        return std::unexpected(head.error());
    auto checkpoints = m_backend->checkpoints();
    if (!checkpoints)
        return std::unexpected(checkpoints.error());
    m_signingKey = meta->privateKey;
    m_head = *head;
    if (m_head.seq > 0) {
        auto last = m_backend->event(m_head.seq);
        if (last && *last)
            m_lastTimeMs = (*last)->time.toMSecsSinceEpoch();
    }
    m_lastCheckpointSeq = checkpoints->isEmpty() ? 0 : checkpoints->constLast().seq;
    m_lastCheckpointTime = std::chrono::steady_clock::now();
    if (m_options.witness)
        m_witness = std::make_unique<WitnessLog>(
            WitnessLog::resolvePath(m_options.witnessPath, meta->storeId), meta->storeId, meta->publicKey);
    if (meta->chainFormula < ledger::kChainFormula) {
        if (auto migrated = migrateChain(); !migrated)
            return migrated;
    }
    vouchForTail("startup");
    return {};
}

void LedgerWriter::loop()
{
    std::deque<Item> batch;
    while (takeWork(batch)) {
        if (batch.empty()) { // woken for a due checkpoint
            Transaction transaction(*this, *m_backend);
            if (auto written = commitWith(transaction, [&] { return writeCheckpoint(*m_backend); }); !written)
                qCWarning(lcEvidence) << "checkpoint failed:" << written.error().message;
            continue;
        }
        if (batch.front().event)
            commitAppends(batch);
        else
            runJob(batch.front());
        batch.clear();
    }
}

// Waits for work and takes either a run of appends (up to maxBatch) or one job. Returns false when
// stopping with nothing left; an empty batch means a checkpoint is due.
bool LedgerWriter::takeWork(std::deque<Item> &batch)
{
    std::unique_lock lock(m_mutex);
    const auto hasWork = [this] { return !m_queue.empty() || m_stopping; };
    if (m_head.seq > m_lastCheckpointSeq) {
        if (!m_wake.wait_until(lock, m_lastCheckpointTime + m_options.checkpointInterval, hasWork))
            return true;
    } else {
        m_wake.wait(lock, hasWork);
    }
    if (m_queue.empty())
        return false; // stopping
    if (m_options.linger.count() > 0 && m_queue.front().event &&
        m_queue.size() < std::size_t(m_options.maxBatch) && !m_stopping) {
        m_wake.wait_for(lock, m_options.linger,
                        [this] { return m_queue.size() >= std::size_t(m_options.maxBatch) || m_stopping; });
    }
    if (!m_queue.front().event) {
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
        return true;
    }
    while (!m_queue.empty() && m_queue.front().event && batch.size() < std::size_t(m_options.maxBatch)) {
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return true;
}

Result<void> LedgerWriter::commitWith(Transaction &transaction, const std::function<Result<void>()> &body)
{
    const ChainHead savedHead = m_head;
    const qint64 savedCheckpointSeq = m_lastCheckpointSeq;
    const auto savedCheckpointTime = m_lastCheckpointTime;
    auto result = transaction.backend().begin();
    if (result)
        result = adoptForeignAppends(transaction.backend());
    if (result)
        result = body();
    if (result && checkpointDue())
        result = writeCheckpoint(transaction.backend());
    if (result && m_head.seq != savedHead.seq)
        result = transaction.backend().recordHead(m_head.seq);
    if (result)
        result = transaction.backend().commit();
    if (!result) {
        transaction.backend().rollback();
        m_head = savedHead;
        m_lastCheckpointSeq = savedCheckpointSeq;
        m_lastCheckpointTime = savedCheckpointTime;
        transaction.m_appended.clear();
        m_unwitnessed.clear();
        qCWarning(lcEvidence) << "evidence write failed:" << result.error().message;
        return result;
    }
    if (m_witness)
        witnessCommitted();
    else
        m_unwitnessed.clear();
    if (m_observer) {
        for (const EvidenceEvent &event : std::as_const(transaction.m_appended))
            m_observer(event);
    }
    return {};
}

void LedgerWriter::commitAppends(std::deque<Item> &batch)
{
    Transaction transaction(*this, *m_backend);
    QList<qint64> seqs;
    seqs.reserve(qsizetype(batch.size()));
    const auto result = commitWith(transaction, [&]() -> Result<void> {
        for (Item &item : batch) {
            auto seq = transaction.append(std::move(*item.event));
            if (!seq)
                return std::unexpected(seq.error());
            seqs.append(*seq);
        }
        return {};
    });
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!batch[i].done)
            continue;
        if (result)
            batch[i].done(seqs.at(qsizetype(i)));
        else
            batch[i].done(std::unexpected(result.error()));
    }
}

void LedgerWriter::runJob(Item &item)
{
    if (item.bareJob) {
        item.jobDone(item.bareJob(*m_backend));
        return;
    }
    Transaction transaction(*this, *m_backend);
    item.jobDone(commitWith(transaction, [&] { return item.job(transaction); }));
}

// Other processes (custosctl beside a running gateway, the console beside custosctl) append to the
// same file. BEGIN IMMEDIATE gives this transaction the write lock, so the head read here is the
// true one: chaining onto it keeps the ledger one linear, verifiable chain whoever writes.
Result<void> LedgerWriter::adoptForeignAppends(EvidenceBackend &backend)
{
    auto head = backend.head();
    if (!head)
        return std::unexpected(head.error());
    if (head->seq == m_head.seq && head->hash == m_head.hash)
        return {};
    m_head = *head;
    if (auto last = backend.event(m_head.seq); last && *last)
        m_lastTimeMs = std::max(m_lastTimeMs, (*last)->time.toMSecsSinceEpoch());
    auto checkpoints = backend.checkpoints();
    if (!checkpoints)
        return std::unexpected(checkpoints.error());
    m_lastCheckpointSeq = checkpoints->isEmpty() ? 0 : checkpoints->constLast().seq;
    return {};
}

bool LedgerWriter::checkpointDue() const
{
    return m_head.seq - m_lastCheckpointSeq >= m_options.checkpointEvery;
}

Result<void> LedgerWriter::writeCheckpoint(EvidenceBackend &backend)
{
    if (m_head.seq == 0 || m_head.seq == m_lastCheckpointSeq) {
        m_lastCheckpointTime = std::chrono::steady_clock::now();
        return {};
    }
    Checkpoint checkpoint{m_head.seq, m_head.hash, nowUtcMs(), {}};
    if (auto signedOk = CheckpointSigner::signCheckpoint(m_signingKey, checkpoint); !signedOk)
        return signedOk;
    if (auto inserted = backend.insertCheckpoint(checkpoint); !inserted)
        return inserted;
    m_unwitnessed.append(checkpoint);
    m_lastCheckpointSeq = checkpoint.seq;
    m_lastCheckpointTime = std::chrono::steady_clock::now();
    return {};
}

Result<qint64> LedgerWriter::appendInTransaction(EvidenceBackend &backend, EvidenceEvent &event)
{
    event.seq = m_head.seq + 1;
    // The ledger's time is when the event was recorded, never earlier than its predecessor's (even if
    // the clock steps back): queries turn time ranges into seq ranges.
    m_lastTimeMs = std::max(m_lastTimeMs, QDateTime::currentMSecsSinceEpoch());
    event.time = QDateTime::fromMSecsSinceEpoch(m_lastTimeMs, QTimeZone::UTC);
    event.tombstoned = false;
    event.payloadDigest = ledger::payloadDigest(event.payload);
    event.facts = EventFacts::encode(event);
    event.prevHash = m_head.hash;
    event.hash = ledger::chainHash(event.prevHash, ledger::headerOf(event));
    if (auto inserted = backend.insertEvent(event); !inserted)
        return std::unexpected(inserted.error());
    m_head = {event.seq, event.hash};
    return event.seq;
}

Result<qint64> LedgerWriter::Transaction::append(EvidenceEvent event)
{
    auto seq = m_writer.appendInTransaction(m_backend, event);
    if (seq)
        m_appended.append(std::move(event));
    return seq;
}

Result<void> LedgerWriter::submit(Item item)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return fail(u"the evidence store is closing"_s);
        m_queue.push_back(std::move(item));
    }
    m_wake.notify_one();
    return {};
}

void LedgerWriter::append(EvidenceEvent event, Done done)
{
    Item item;
    item.event = std::move(event);
    item.done = done;
    if (auto submitted = submit(std::move(item)); !submitted && done)
        done(std::unexpected(submitted.error()));
}

Result<void> LedgerWriter::run(Job job)
{
    std::promise<Result<void>> finished;
    auto result = finished.get_future();
    Item item;
    item.job = std::move(job);
    item.jobDone = [&finished](Result<void> outcome) { finished.set_value(std::move(outcome)); };
    if (auto submitted = submit(std::move(item)); !submitted)
        return submitted;
    return result.get();
}

Result<void> LedgerWriter::runBare(BareJob job)
{
    std::promise<Result<void>> finished;
    auto result = finished.get_future();
    Item item;
    item.bareJob = std::move(job);
    item.jobDone = [&finished](Result<void> outcome) { finished.set_value(std::move(outcome)); };
    if (auto submitted = submit(std::move(item)); !submitted)
        return submitted;
    return result.get();
}

Result<void> LedgerWriter::checkpointNow()
{
    return run([this](Transaction &transaction) { return writeCheckpoint(transaction.backend()); });
}

} // namespace custos
