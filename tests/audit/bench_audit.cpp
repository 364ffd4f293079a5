// bench_audit: 30 days out of a store of 1M events spanning 90 days, first collected into a sink
// that discards the rows (the collector alone), then exported for real through AuditExporter and
// AuditPackWriter (collect, CSVs, checkpoints, keys, manifest, sums, signature; no PDF, which
// needs the GUI-linked renderer); each with its time and the peak resident memory (VmHWM).
//
//   ./custos.sh exec bench_audit [--dir DIR] [--events N] [--days D] [--collect-days C] [--payloads MODE]
//
// The store is built once in DIR (default: a folder next to the binary) by writing chained,
// signed events straight through the backend in large transactions, with times spread evenly over
// the days; a store already there with as many events is reused.
#include "AuditTestSupport.h"

#include "core/audit/AuditExporter.h"
#include "core/evidence/CheckpointSigner.h"
#include "core/evidence/EventFacts.h"
#include "core/evidence/LedgerHash.h"
#include "core/evidence/SqlCipherEvidenceBackend.h"
#include "core/publishing/PublishedVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <cstdio>

using namespace custos;
using namespace custos::audit;
using namespace custos::audittest;
using namespace Qt::StringLiterals;

namespace {

class DiscardSink final : public TableSink
{
public:
    Result<void> beginTable(const CsvTable &) override { return {}; }
    Result<void> row(const QStringList &cells) override
    {
        ++rows;
        for (const QString &cell : cells)
            bytes += cell.size();
        return {};
    }
    Result<void> endTable() override { return {}; }
    Result<void> rawPayload(const RawPayload &payload) override
    {
        bytes += payload.canonicalJson.size();
        return {};
    }
    qint64 rows = 0;
    qint64 bytes = 0;
};

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

struct Chain
{
    qint64 seq = 0;
    QByteArray hash = ledger::genesisHash();
};

Result<void> appendRaw(EvidenceBackend &backend, Chain &chain, EvidenceEvent event)
{
    event.seq = ++chain.seq;
    event.payloadDigest = ledger::payloadDigest(event.payload);
    event.searchText = u" "_s; // the collector never searches; skipping the text index builds 3x faster
    event.facts = EventFacts::encode(event);
    event.prevHash = chain.hash;
    event.hash = ledger::chainHash(event.prevHash, ledger::headerOf(event));
    chain.hash = event.hash;
    return backend.insertEvent(event);
}

EvidenceEvent syntheticInteraction(qint64 i, const QString &policyHash, const QDateTime &time)
{
    static const QStringList services{u"billing"_s, u"support"_s, u"search"_s, u"hr"_s};
    const int kind = int(i % 20); // 16 allow, 2 redact, 1 block, 1 reroute
    const Action action = kind < 16    ? Action::Allow
                          : kind < 18  ? Action::Redact
                          : kind == 18 ? Action::Block
                                       : Action::Reroute;
    InteractionPayload payload;
    payload.interactionId = u"int-%1"_s.arg(i, 10, 10, QChar(u'0'));
    payload.endpoint = u"/v1/chat/completions"_s;
    payload.service = services.at(int(i % services.size()));
    payload.user = u"user-%1"_s.arg(i % 50);
    payload.keyPrefix = u"custos_%1"_s.arg(i % 50, 8, 16, QChar(u'0'));
    payload.hasCaller = true;
    payload.api = ApiFlavor::OpenAIChat;
    payload.model = u"gpt-test"_s;
    payload.route = action == Action::Reroute ? u"local"_s : u"upstream"_s;
    payload.policyHash = policyHash;
    payload.hasRequest = true;
    const QString prompt =
        u"Question %1 about invoice %2: when was it paid, and by whom? Please answer briefly."_s.arg(i).arg(
            i * 7);
    payload.requestReceived =
        chatRequest(action == Action::Redact ? prompt + u" Mail me at someone@example.com"_s : prompt);
    payload.requestForwarded =
        action == Action::Block
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(
                  chatRequest(action == Action::Redact ? prompt + u" Mail me at [EMAIL_1]"_s : prompt));
    payload.hasResponse = true;
    const QString answer = u"Invoice %1 was paid on the 3rd by transfer from the main account."_s.arg(i * 7);
    payload.responseReceived = chatResponse(answer);
    payload.responseReturned = chatResponse(answer);
    payload.upstreamStatus = 200;
    payload.hasOutcome = true;
    payload.outcomeStatus = action == Action::Block ? 403 : 200;
    InteractionDecision decision;
    decision.action = action;
    decision.route = payload.route;
    if (action != Action::Allow) {
        decision.rules = {action == Action::Redact  ? u"redact-personal-data"_s
                          : action == Action::Block ? u"block-secrets"_s
                                                    : u"keep-orion-local"_s};
        decision.hits = {InteractionHit{u"email"_s, u"PII"_s, u"$.messages[0].content"_s, 90, 110, 0.9, {}}};
    }
    payload.decisions = {decision};
    payload.decision = action;
    payload.latencyMs = {{u"total"_s, 1.25}};
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.time = time;
    event.actor = payload.user;
    event.policyHash = policyHash;
    event.payload = payload.toJson();
    event.service = payload.service;
    event.user = payload.user;
    event.decision = actionName(action);
    event.rules = payload.firedRules();
    event.dataClasses = payload.dataClasses();
    event.model = payload.model;
    event.route = payload.route;
    return event;
}

Result<void> buildStore(const QString &path, qint64 events, int days, const QDateTime &start)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(path + suffix);
    if (auto created = EvidenceStore::create(path, storeKey()); !created)
        return std::unexpected(created.error());
    auto opened = SqlCipherEvidenceBackend::open(path, storeKey().resolved().value(), BackendMode::ReadWrite);
    if (!opened)
        return std::unexpected(opened.error());
    EvidenceBackend &backend = **opened;
    auto meta = backend.readMeta();
    if (!meta)
        return std::unexpected(meta.error());
    QFile policyFile(QStringLiteral(AUDIT_TEST_DATA "/audit-policy-v1.yaml"));
    if (!policyFile.open(QIODevice::ReadOnly))
        return fail(u"cannot read the test policy"_s, policyFile.fileName());
    auto policy = Policy::fromYaml(policyFile.readAll());
    if (!policy)
        return fail(u"the test policy does not parse"_s);
    PublishedVersion version{0,
                             policy->hash(),
                             policy->id(),
                             policy->title(),
                             u"benchmark"_s,
                             u"ruth"_s,
                             start,
                             policy->sourceYaml(),
                             {}};
    const qint64 stepMs = qint64(days) * 86'400'000 / events;
    Chain chain;
    constexpr qint64 kGroup = 20'000;
    for (qint64 i = 0; i < events;) {
        if (auto begun = backend.begin(); !begun)
            return begun;
        for (qint64 end = std::min(events, i + kGroup); i < end; ++i) {
            const QDateTime time = start.addMSecs(i * stepMs);
            EvidenceEvent event;
            if (i == 0) {
                event.kind = EventKind::PolicyPublish;
                event.time = time;
                event.actor = version.author;
                event.policyHash = version.hash;
                event.payload = version.toPayload();
            } else {
                event = syntheticInteraction(i, version.hash, time);
            }
            if (auto appended = appendRaw(backend, chain, std::move(event)); !appended)
                return appended;
        }
        Checkpoint checkpoint{chain.seq, chain.hash, start.addMSecs(i * stepMs), {}};
        if (auto signedOk = CheckpointSigner::signCheckpoint(meta->privateKey, checkpoint); !signedOk)
            return signedOk;
        if (auto inserted = backend.insertCheckpoint(checkpoint); !inserted)
            return inserted;
        if (auto head = backend.recordHead(chain.seq); !head)
            return head;
        if (auto committed = backend.commit(); !committed)
            return committed;
        std::fprintf(stderr, "\rbuilding the store: %lld events", static_cast<long long>(i));
    }
    std::fprintf(stderr, "\n");
    return {};
}

const QString kExporter = u"root"_s;
const QString kExporterPassword = u"bench password 1"_s;

// The exporter signs in as an admin; the directory's first user is one.
Result<void> addExporter(EvidenceStore &store)
{
    auto users = std::make_shared<UserDirectory>(PasswordHasher(PasswordHasher::Cost{10, 8, 1}));
    if (auto rebuilt = users->rebuild(store); !rebuilt)
        return std::unexpected(rebuilt.error());
    if (users->find(kExporter))
        return {};
    UserService admin(store, users);
    auto added = admin.addUser({}, {kExporter, u"Bench Admin"_s, {Role::Admin}, {}}, kExporterPassword);
    return added ? Result<void>{} : std::unexpected(added.error());
}

int exportThroughWriter(const QString &path, const AuditScope &scope, const QString &outDir)
{
    auto store = EvidenceStore::open(path, storeKey());
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    if (auto added = addExporter(**store); !added) {
        std::fprintf(stderr, "cannot add the exporter: %s\n", qPrintable(added.error().toString()));
        return 1;
    }
    auto users = std::make_shared<UserDirectory>();
    if (auto rebuilt = users->rebuild(**store); !rebuilt)
        return 1;
    EvidenceStore &ledger = **store;
    AuditExporter exporter(ledger, users, nullptr,
                           [&ledger](const AuditScope &what, TableSink &sink, const AuditProgress &progress) {
                               return AuditCollector(ledger).collect(what, sink, progress);
                           });
    QDir(outDir).removeRecursively();
    QDir().mkpath(outDir);
    ExportRequest request;
    request.scope = scope;
    request.outDir = outDir;
    request.exporter = Credentials::withPassword(kExporter, kExporterPassword);
    QElapsedTimer timer;
    timer.start();
    auto exported = exporter.exportPack(request);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!exported) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.error().error.toString()));
        return 1;
    }
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(exported->packPath + u"/data"_s).entryInfoList(QDir::Files))
        bytes += file.size();
    std::printf("exported through AuditPackWriter in %.1f s: %s, data/ %.1f MB, interactions.csv %lld rows, "
                "chain %s\n",
                seconds, qPrintable(QFileInfo(exported->packPath).fileName()), double(bytes) / 1e6,
                static_cast<long long>(exported->rowCounts.value(u"interactions.csv"_s)),
                exported->chainIntact ? "intact" : "BROKEN");
    std::printf("peak RSS (VmHWM) after the export: %.1f MB\n", double(peakRssKb()) / 1024.0);
    QDir(outDir).removeRecursively();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"dir"_s, u"Where the store is built."_s, u"DIR"_s,
                      QCoreApplication::applicationDirPath() + u"/bench-audit"_s});
    parser.addOption({u"events"_s, u"Events in the store."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"days"_s, u"Days the store spans."_s, u"D"_s, u"90"_s});
    parser.addOption({u"collect-days"_s, u"Days collected, from the middle of the span."_s, u"C"_s, u"30"_s});
    parser.addOption({u"payloads"_s, u"digests, redacted or raw."_s, u"MODE"_s, u"digests"_s});
    parser.process(app);
    const qint64 events = parser.value(u"events"_s).toLongLong();
    const int days = parser.value(u"days"_s).toInt();
    const int collectDays = parser.value(u"collect-days"_s).toInt();
    const auto mode = payloadModeFromName(parser.value(u"payloads"_s));
    if (events < 2 || days < 1 || collectDays < 1 || collectDays > days || !mode) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }
    QDir().mkpath(parser.value(u"dir"_s));
    const QString path = parser.value(u"dir"_s) + u"/bench-audit-%1.db"_s.arg(events);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);

    bool reuse = false;
    if (QFile::exists(path)) {
        EvidenceStore::Options readOnly;
        readOnly.readOnly = true;
        if (auto existing = EvidenceStore::open(path, storeKey(), readOnly); existing)
            reuse = (*existing)->eventCount().value_or(0) >= events; // exports add a few events
    }
    if (!reuse) {
        QElapsedTimer building;
        building.start();
        if (auto built = buildStore(path, events, days, start); !built) {
            std::fprintf(stderr, "building the store failed: %s\n", qPrintable(built.error().toString()));
            return 1;
        }
        std::printf("built %lld events over %d days in %.1f s\n", static_cast<long long>(events), days,
                    double(building.elapsed()) / 1000.0);
    }

    EvidenceStore::Options readOnly;
    readOnly.readOnly = true;
    auto store = EvidenceStore::open(path, storeKey(), readOnly);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    AuditScope scope;
    scope.from = start.addDays((days - collectDays) / 2);
    scope.to = scope.from.addDays(collectDays);
    scope.payloads = *mode;
    scope.reason = u"benchmark"_s;
    const long rssBefore = peakRssKb();
    DiscardSink sink;
    QElapsedTimer timer;
    timer.start();
    AuditCollector collector(**store);
    auto dataset = collector.collect(scope, sink);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!dataset) {
        std::fprintf(stderr, "collect failed: %s\n", qPrintable(dataset.error().toString()));
        return 1;
    }
    std::printf("collected %d days (%s) of %lld events: %lld rows, %.1f MB of cells, in %.1f s; "
                "interactions.csv %lld rows, chain.csv %lld rows; chain %s\n",
                collectDays, qPrintable(payloadModeName(*mode)), static_cast<long long>(events),
                static_cast<long long>(sink.rows), double(sink.bytes) * 2 / 1e6, seconds,
                static_cast<long long>(dataset->table(u"interactions.csv"_s)->rowCount),
                static_cast<long long>(dataset->table(u"chain.csv"_s)->rowCount),
                dataset->chainIntact ? "intact" : "BROKEN");
    std::printf("peak RSS (VmHWM): %.1f MB (%.1f MB before collecting)\n", double(peakRssKb()) / 1024.0,
                double(rssBefore) / 1024.0);
    store->reset();
    return exportThroughWriter(path, scope, parser.value(u"dir"_s) + u"/packs"_s);
}
