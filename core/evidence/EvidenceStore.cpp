#include "EvidenceStore.h"

#include "CheckpointSigner.h"
#include "LedgerHash.h"
#include "LedgerVerifier.h"
#include "ReaderPool.h"
#include "SqlCipherEvidenceBackend.h"
#include "StoreChecks.h"
#include "StoreDiagnosis.h"
#include "StoreLock.h"
#include "WitnessLog.h"
#include "core/common/Logging.h"
#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr qint64 kFullDiskBytes = 1 << 20; // below this, a failed write-open is blamed on the disk

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

Result<void> createStoreFile(const QString &path, const KeySource &key)
{
    auto keyPair = CheckpointSigner::generateKeyPair();
    if (!keyPair)
        return std::unexpected(keyPair.error());
    auto backend = SqlCipherEvidenceBackend::open(path, key, BackendMode::Create);
    if (!backend)
        return std::unexpected(backend.error());
    StoreMeta meta;
    meta.formatVersion = SqlCipherEvidenceBackend::kFormatVersion;
    meta.chainFormula = ledger::kChainFormula;
    meta.publicKey = keyPair->publicKey;
    meta.privateKey = keyPair->privateKey;
    meta.storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto created = (*backend)->createSchema(meta);
    backend->reset();
    if (!created)
        removeStoreFiles(path);
    return created;
}

} // namespace

EvidenceStore::EvidenceStore(QString path, QByteArray publicKey)
    : m_path(std::move(path))
    , m_publicKey(std::move(publicKey))
{}

EvidenceStore::~EvidenceStore()
{
    // Readers close first: the writer's read-write connection, closing last, folds the WAL back into
    // the database file and removes it.
    m_readers.reset();
    m_writer.reset(); // drains the queue first
    m_lock.reset();
}

Result<std::unique_ptr<EvidenceStore>> EvidenceStore::create(const QString &path, const KeySource &key,
                                                             const Options &options)
{
    return openStore(path, key, options, BackendMode::Create);
}

Result<std::unique_ptr<EvidenceStore>> EvidenceStore::open(const QString &path, const KeySource &key,
                                                           const Options &options)
{
    return openStore(path, key, options, options.readOnly ? BackendMode::ReadOnly : BackendMode::ReadWrite);
}

// An open that failed names its real cause where the file shows one: damage before a wrong key,
// and a full disk instead of "disk I/O error".
static Error explainedOpenFailure(const QString &path, const KeySource &key, BackendMode mode, Error error)
{
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    if (mode != BackendMode::ReadOnly && volume.isValid() && volume.bytesAvailable() < kFullDiskBytes &&
        !error.message.contains(kSqlCipherWrongKeyMessage))
        return Error{
            mode == BackendMode::Create
                ? u"the disk is full (%1 bytes free on %2): the store was not created and nothing was left"
                  " behind"_s.arg(volume.bytesAvailable())
                      .arg(volume.rootPath())
                : u"the disk is full (%1 bytes free on %2): the store cannot be opened for writing; free"
                  " some space and start again (the evidence already written is intact)"_s
                      .arg(volume.bytesAvailable())
                      .arg(volume.rootPath()),
            path};
    // Only a failure to read the file is worth a look at its pages (not a lock, a refused migration).
    const bool unreadable =
        error.message.contains(kSqlCipherWrongKeyMessage) || error.message.contains(u"malformed") ||
        error.message.contains(u"not a database") || error.message.contains(u"cannot read store");
    if (unreadable && mode != BackendMode::Create) {
        if (auto cause = StoreDiagnosis::afterFailedOpen(path, key))
            return Error{*cause, path};
    }
    return error;
}

Result<std::unique_ptr<EvidenceStore>> EvidenceStore::openStore(const QString &path, const KeySource &key,
                                                                const Options &options, BackendMode mode)
{
    auto resolved = key.resolved();
    if (!resolved)
        return std::unexpected(resolved.error());
    if (mode != BackendMode::Create) {
        if (auto problem = StoreDiagnosis::beforeOpening(path))
            return fail(*problem, path);
    } else if (QFileInfo(path).isDir()) {
        return fail(u"this is a folder; give the path of the store file to create"_s, path);
    } else if (QFileInfo::exists(path)) {
        return fail(u"a file already exists there; refusing to overwrite it"_s, path);
    }
    const bool hadWal = QFile::exists(path + u"-wal"_s);
    const bool hadShm = QFile::exists(path + u"-shm"_s);
    auto opened = openChecked(path, *resolved, options, mode);
    if (!opened) {
        if (mode == BackendMode::Create) { // a failed init leaves nothing behind
            removeStoreFiles(path);
            QFile::remove(path + u".lock"_s);
        } else if (!hadWal && QFileInfo(path + u"-wal"_s).size() == 0) {
            // The failed open made an empty log beside a store it could not read: it holds nothing.
            QFile::remove(path + u"-wal"_s);
            if (!hadShm)
                QFile::remove(path + u"-shm"_s);
        }
        return std::unexpected(explainedOpenFailure(path, *resolved, mode, opened.error()));
    }
    return opened;
}

Result<std::unique_ptr<EvidenceStore>> EvidenceStore::openChecked(const QString &path,
                                                                  const KeySource &resolvedKey,
                                                                  const Options &options, BackendMode mode)
{
    const KeySource *resolved = &resolvedKey;
    std::unique_ptr<StoreLock> lock;
    if (mode != BackendMode::ReadOnly) {
        if (mode == BackendMode::Create && QFile::exists(path))
            return fail(u"a file already exists there; refusing to overwrite it"_s, path);
        auto acquired = StoreLock::acquireShared(path);
        if (!acquired)
            return std::unexpected(acquired.error());
        lock = std::make_unique<StoreLock>(std::move(*acquired));
    }
    if (mode == BackendMode::Create) {
        if (auto created = createStoreFile(path, *resolved); !created)
            return std::unexpected(created.error());
    }
    auto readers = std::make_unique<ReaderPool>(path, *resolved, mode == BackendMode::ReadOnly);
    auto reader = readers->forThisThread();
    if (!reader)
        return std::unexpected(reader.error());
    auto meta = (*reader)->readMeta();
    if (!meta)
        return std::unexpected(meta.error());

    std::unique_ptr<EvidenceStore> store(new EvidenceStore(path, meta->publicKey));
    store->m_storeId = meta->storeId;
    store->m_witnessPath = options.writer.witness
                               ? WitnessLog::resolvePath(options.writer.witnessPath, meta->storeId)
                               : QString();
    store->m_lock = std::move(lock);
    store->m_readers = std::move(readers);
    if (mode == BackendMode::ReadOnly)
        return store;
    auto writer = LedgerWriter::start(
        [path, writeKey = *resolved] {
            return SqlCipherEvidenceBackend::open(path, writeKey, BackendMode::ReadWrite);
        },
        options.writer, [raw = store.get()](const EvidenceEvent &event) { Q_EMIT raw->appended(event); });
    if (!writer)
        return std::unexpected(writer.error());
    store->m_writer = std::move(*writer);
    return store;
}

Result<EvidenceBackend *> EvidenceStore::reader() const
{
    return m_readers->forThisThread();
}

Result<void> EvidenceStore::requireWriter() const
{
    if (!m_writer)
        return fail(u"the store is open read-only"_s, m_path);
    return {};
}

Result<qint64> EvidenceStore::append(EvidenceEvent event)
{
    if (auto writable = requireWriter(); !writable)
        return std::unexpected(writable.error());
    std::promise<Result<qint64>> durable;
    auto result = durable.get_future();
    m_writer->append(std::move(event), [&durable](Result<qint64> seq) { durable.set_value(std::move(seq)); });
    return result.get();
}

void EvidenceStore::appendAsync(EvidenceEvent event, std::function<void(Result<qint64>)> done)
{
    if (auto writable = requireWriter(); !writable) {
        if (done)
            done(std::unexpected(writable.error()));
        return;
    }
    m_writer->append(std::move(event), std::move(done));
}

Result<std::optional<qint64>> EvidenceStore::appendUnlessNewer(EvidenceEvent event, EvidenceQuery conflicts,
                                                               qint64 knownSeq)
{
    if (auto writable = requireWriter(); !writable)
        return std::unexpected(writable.error());
    conflicts.limit = 1;
    conflicts.newestFirst = true;
    conflicts.afterSeq = 0;
    std::optional<qint64> appended;
    auto done = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        const auto newest = transaction.backend().query(conflicts);
        if (!newest)
            return std::unexpected(newest.error());
        if (!newest->events.isEmpty() && newest->events.constFirst().seq > knownSeq) {
            qCDebug(lcEvidence) << "not appended: event" << newest->events.constFirst().seq << "is newer than"
                                << knownSeq;
            return {};
        }
        auto seq = transaction.append(std::move(event));
        if (!seq)
            return std::unexpected(seq.error());
        appended = *seq;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return appended;
}

Result<EvidencePage> EvidenceStore::query(const EvidenceQuery &query) const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->query(query);
}

Result<QList<EvidenceEvent>> EvidenceStore::queryAll(EvidenceQuery query) const
{
    query.newestFirst = false;
    query.limit = EvidenceQuery::kMaxLimit;
    QList<EvidenceEvent> events;
    for (;;) {
        auto page = this->query(query);
        if (!page)
            return std::unexpected(page.error());
        events.append(std::move(page->events));
        if (page->nextCursor == 0)
            return events;
        query.afterSeq = page->nextCursor;
    }
}

Result<std::optional<EvidenceEvent>> EvidenceStore::event(qint64 seq) const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->event(seq);
}

Result<ChainHead> EvidenceStore::head() const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->head();
}

Result<qint64> EvidenceStore::eventCount() const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->eventCount();
}

Result<ActivitySummary> EvidenceStore::summarize(const QDateTime &from, int topRules) const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->summarize(from, topRules);
}

Result<QString> EvidenceStore::integrityCheck() const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->integrityCheck();
}

Result<void> EvidenceStore::scanLedger(qint64 afterSeq, qint64 lastSeq,
                                       const std::function<bool(const LedgerRow &)> &visit) const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->scanLedger(afterSeq, lastSeq, visit);
}

Result<void> EvidenceStore::scanFacts(const FactScan &scan,
                                      const std::function<bool(const FactRow &)> &visit) const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->scanFacts(scan, visit);
}

Result<QString> EvidenceStore::storeId() const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    auto meta = (*backend)->readMeta();
    if (!meta)
        return std::unexpected(meta.error());
    return meta->storeId;
}

// The external checkpoints verify compares with: an export file, the witness, or both.
Result<std::optional<CheckpointExport>> EvidenceStore::externalFor(const VerifyOptions &options,
                                                                   VerifyReport &report) const
{
    std::optional<CheckpointExport> external;
    if (!options.externalCheckpoints.isEmpty()) {
        auto loaded = CheckpointExport::readFile(options.externalCheckpoints);
        if (!loaded)
            return std::unexpected(loaded.error());
        external = std::move(*loaded);
    }
    if (!options.useWitness || options.upToSeq > 0)
        return external;
    report.witnessPath = WitnessLog::resolvePath(options.witnessPath, m_storeId);
    auto witnessed = WitnessLog::read(report.witnessPath, m_storeId);
    if (!witnessed)
        return std::unexpected(witnessed.error());
    if (!*witnessed) {
        report.witnessWarning =
            u"no witness for this store at %1: deleted checkpoints, a dropped tail and an older copy "
            u"restored over"
            " the store cannot be detected (keep the witness, or 'custosctl evidence witness' output, elsewhere)"_s
                .arg(report.witnessPath);
        return external;
    }
    report.witnessCheckpointsChecked = int((*witnessed)->checkpoints.size());
    if (!external)
        return witnessed;
    // Keys that differ cannot both be the store's: keep the foreign one, so verify names it.
    if (external->publicKey != (*witnessed)->publicKey)
        return external->publicKey != m_publicKey ? external : witnessed;
    external->checkpoints.append((*witnessed)->checkpoints);
    return external;
}

VerifyReport EvidenceStore::verify(const VerifyOptions &options) const
{
    VerifyReport failed;
    auto backend = reader();
    if (!backend) {
        failed.error = backend.error().toString();
        return failed;
    }
    auto external = externalFor(options, failed);
    if (!external) {
        failed.error = external.error().toString();
        return failed;
    }
    auto meta = (*backend)->readMeta();
    auto checkpoints = meta ? (*backend)->checkpoints() : Result<QList<Checkpoint>>{};
    auto total = checkpoints ? (*backend)->eventCount() : Result<qint64>{};
    if (!meta || !checkpoints || !total) {
        failed.error = !meta ? meta.error().toString()
                             : (!checkpoints ? checkpoints.error().toString() : total.error().toString());
        StoreChecks::checkPages(**backend, failed); // a damaged page is the likely cause: name it
        return failed;
    }
    LedgerVerifier verifier(meta->publicKey, *checkpoints, meta->recordedHeadSeq, *external,
                            meta->chainFormula);
    const auto withWitness = [&failed](VerifyReport report) {
        report.witnessPath = failed.witnessPath;
        report.witnessWarning = failed.witnessWarning;
        report.witnessCheckpointsChecked = failed.witnessCheckpointsChecked;
        return report;
    };
    if (!verifier.checkSignatures())
        return withWitness(verifier.report());
    bool cancelled = false;
    qint64 seen = 0;
    const bool prefixOnly = options.upToSeq > 0;
    if (prefixOnly)
        *total = std::min(*total, options.upToSeq);
    auto scanned = (*backend)->scanChain(0, [&](const ChainRow &row) {
        if (prefixOnly && row.seq > options.upToSeq)
            return false;
        if ((++seen & 0x3fff) == 0) {
            if (options.cancel && options.cancel->load()) {
                cancelled = true;
                return false;
            }
            if (options.progress)
                options.progress(seen, *total);
        }
        return verifier.feed(row);
    });
    if (!scanned) {
        failed.error = scanned.error().toString();
        StoreChecks::checkPages(**backend, failed);
        return failed;
    }
    VerifyReport report =
        withWitness(prefixOnly ? verifier.finishPrefix(options.upToSeq) : verifier.finish());
    report.cancelled = cancelled;
    if (!prefixOnly && !cancelled && meta->chainFormula >= ledger::kChainFormula && options.checkProjections)
        StoreChecks::checkProjections(**backend, report, options.cancel);
    if (!prefixOnly && !cancelled && options.checkPages)
        StoreChecks::checkPages(**backend, report);
    if (options.progress && !cancelled)
        options.progress(report.eventsChecked, *total);
    return report;
}

QString EvidenceStore::witnessPath() const
{
    return m_witnessPath.isEmpty() ? WitnessLog::resolvePath({}, m_storeId) : m_witnessPath;
}

Result<std::optional<Checkpoint>> EvidenceStore::latestWitnessed() const
{
    auto witnessed = WitnessLog::read(witnessPath(), m_storeId);
    if (!witnessed)
        return std::unexpected(witnessed.error());
    if (!*witnessed)
        return std::optional<Checkpoint>{};
    const QList<Checkpoint> &list = (*witnessed)->checkpoints;
    const auto newest = std::max_element(
        list.begin(), list.end(), [](const Checkpoint &a, const Checkpoint &b) { return a.seq < b.seq; });
    return std::optional<Checkpoint>{*newest};
}

Result<QList<Checkpoint>> EvidenceStore::checkpoints() const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->checkpoints();
}

Result<CheckpointExport> EvidenceStore::exportCheckpoints() const
{
    auto list = checkpoints();
    if (!list)
        return std::unexpected(list.error());
    return CheckpointExport{m_publicKey, *list};
}

Result<void> EvidenceStore::exportCheckpoints(const QString &file) const
{
    auto exported = exportCheckpoints();
    if (!exported)
        return std::unexpected(exported.error());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(u"cannot write checkpoints: %1"_s.arg(out.errorString()), file);
    out.write(QJsonDocument(exported->toJson()).toJson());
    if (!out.commit())
        return fail(u"cannot write checkpoints: %1"_s.arg(out.errorString()), file);
    return {};
}

Result<void> EvidenceStore::checkpointNow()
{
    if (auto writable = requireWriter(); !writable)
        return writable;
    return m_writer->checkpointNow();
}

Result<qint64> EvidenceStore::appendAdmin(LedgerWriter::Transaction &transaction, EventKind kind,
                                          const QString &actor, const QJsonObject &payload)
{
    EvidenceEvent event;
    event.kind = kind;
    event.actor = actor;
    event.payload = payload;
    event.searchText = u" "_s; // administrative events are not free-text searchable
    return transaction.append(std::move(event));
}

} // namespace custos
