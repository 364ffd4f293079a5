#pragma once

// Shared by the audit pack tests: a real SQLCipher store with users and seeded events, a
// hand-written collector that streams real chain rows and checkpoints out of it (so the external
// tools check a real chain), renderers for the failure paths, and a runner for the real tools.

#include "core/audit/AuditDataset.h"
#include "core/audit/AuditExporter.h"
#include "core/audit/ReportRenderer.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LedgerHash.h"
#include "core/identity/UserDirectory.h"
#include "core/identity/UserService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace custos::test::audit {

using namespace custos::audit;
using namespace Qt::StringLiterals;

inline const QString kPassword = QStringLiteral("correct horse battery");

inline KeySource storeKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100"));
}

inline QString utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

inline CsvColumn text(const QString &name, const QString &meaning)
{
    return CsvColumn{name, false, meaning};
}

inline CsvColumn number(const QString &name, const QString &meaning)
{
    return CsvColumn{name, true, meaning};
}

// What the hand collector streams: every event of the ledger up to the closing checkpoint, the
// interactions of the period, and in raw mode their payloads. Knobs drive the failure paths.
struct HandCollector
{
    EvidenceStore *store = nullptr;
    int failAfterRows = -1;    // > 0: a malformed row once that many chain rows are written
    bool cancelMidway = false; // raise the cancel flag half-way through chain.csv
    std::atomic_bool *cancelFlag = nullptr;
    QString bulkText; // appended to each interaction row (fills a small disk)

    Result<AuditDataset> operator()(const AuditScope &scope, TableSink &sink,
                                    const AuditProgress &progress) const
    {
        EvidenceQuery all;
        all.limit = EvidenceQuery::kMaxLimit;
        all.newestFirst = false;
        auto page = store->query(all);
        auto checkpoints = store->checkpoints();
        if (!page || !checkpoints || checkpoints->isEmpty())
            return fail(QStringLiteral("the test store has no events or checkpoints"));
        AuditDataset dataset;
        dataset.scope = scope;
        dataset.storeName = QFileInfo(store->path()).completeBaseName();
        dataset.checkpointPublicKey = store->publicKey();
        dataset.anchorHash = ledger::genesisHash();
        dataset.checkpoints = *checkpoints;
        const qint64 closing = checkpoints->constLast().seq;

        CsvTable interactions{QStringLiteral("interactions.csv"),
                              QStringLiteral("The period's interactions."),
                              {number(u"seq"_s, u"Ledger sequence number."_s),
                               text(u"time_utc"_s, u"When."_s), text(u"service"_s, u"Service."_s),
                               text(u"user"_s, u"Caller."_s), text(u"decision"_s, u"Decision."_s),
                               text(u"justification"_s, u"Why."_s), number(u"score"_s, u"A signed number."_s),
                               text(u"note"_s, u"Free text."_s)}};
        if (auto begun = sink.beginTable(interactions); !begun)
            return std::unexpected(begun.error());
        for (const EvidenceEvent &event : std::as_const(page->events)) {
            if (event.kind != EventKind::Interaction || event.time < scope.from || event.time >= scope.to ||
                event.seq > closing)
                continue;
            if (!scope.services.isEmpty() && !scope.services.contains(event.service))
                continue;
            const QStringList row{QString::number(event.seq),
                                  utc(event.time),
                                  event.service,
                                  event.user,
                                  event.decision,
                                  event.payload.value(u"justification").toString(),
                                  QString::number(-event.seq),
                                  event.payload.value(u"note").toString() + bulkText};
            if (auto written = sink.row(row); !written)
                return std::unexpected(written.error());
            ++interactions.rowCount;
            if (scope.payloads == PayloadMode::Raw)
                if (auto raw = sink.rawPayload(
                        {event.seq, ledger::canonicalPayload(event.payload), event.payloadDigest});
                    !raw)
                    return std::unexpected(raw.error());
        }
        if (auto ended = sink.endTable(); !ended)
            return std::unexpected(ended.error());
        dataset.tables.append(interactions);

        CsvTable chain{QStringLiteral("chain.csv"),
                       QStringLiteral("Every ledger event to the closing checkpoint."),
                       {number(u"seq"_s, u"Sequence number."_s), text(u"time_utc"_s, u"Recorded."_s),
                        number(u"time_ms"_s, u"Recorded, in ms."_s), text(u"kind"_s, u"Event kind."_s),
                        text(u"actor"_s, u"Who."_s), text(u"policy_hash"_s, u"Policy version."_s),
                        text(u"service"_s, u"Service."_s),
                        number(u"in_scope"_s, u"1 when in the chosen services."_s),
                        number(u"tombstoned"_s, u"1 when the payload was dropped."_s),
                        text(u"payload_digest"_s, u"SHA-256 of the payload."_s),
                        text(u"facts_digest"_s, u"SHA-256 of the projection record."_s),
                        text(u"header_digest"_s, u"SHA-256 of the header."_s),
                        text(u"prev_hash"_s, u"Previous hash."_s), text(u"hash"_s, u"This event's hash."_s)}};
        if (auto begun = sink.beginTable(chain); !begun)
            return std::unexpected(begun.error());
        for (const EvidenceEvent &event : std::as_const(page->events)) {
            if (event.seq > closing)
                break;
            if (failAfterRows > 0 && chain.rowCount == failAfterRows)
                return std::unexpected(sink.row({QStringLiteral("not enough cells")}).error());
            if (cancelMidway && chain.rowCount == closing / 2 && cancelFlag)
                cancelFlag->store(true);
            if (progress.cancel && progress.cancel->load())
                return fail(QStringLiteral("cancelled"));
            const bool inScope = scope.services.isEmpty() || scope.services.contains(event.service);
            const ledger::ChainHeader header = ledger::headerOf(event);
            const QStringList row{QString::number(event.seq),
                                  utc(event.time),
                                  QString::number(header.timeMs),
                                  eventKindName(event.kind),
                                  event.actor,
                                  event.policyHash,
                                  event.service,
                                  inScope ? u"1"_s : u"0"_s,
                                  event.tombstoned ? u"1"_s : u"0"_s,
                                  QString::fromLatin1(event.payloadDigest.toHex()),
                                  QString::fromLatin1(header.factsDigest.toHex()),
                                  QString::fromLatin1(ledger::headerDigest(header).toHex()),
                                  QString::fromLatin1(event.prevHash.toHex()),
                                  QString::fromLatin1(event.hash.toHex())};
            if (auto written = sink.row(row); !written)
                return std::unexpected(written.error());
            ++chain.rowCount;
        }
        if (auto ended = sink.endTable(); !ended)
            return std::unexpected(ended.error());
        dataset.tables.append(chain);

        CsvTable signedHeads{QStringLiteral("checkpoints.csv"),
                             QStringLiteral("The signed checkpoints."),
                             {number(u"seq"_s, u"Sequence number."_s), text(u"hash"_s, u"Signed head."_s),
                              text(u"time_utc"_s, u"When."_s), number(u"time_ms"_s, u"When, in ms."_s),
                              text(u"signature"_s, u"Ed25519 signature."_s),
                              text(u"message_file"_s, u"The signed bytes."_s),
                              text(u"signature_file"_s, u"The raw signature."_s)}};
        if (auto begun = sink.beginTable(signedHeads); !begun)
            return std::unexpected(begun.error());
        for (const Checkpoint &checkpoint : std::as_const(*checkpoints)) {
            const QString base =
                QStringLiteral("checkpoints/seq-%1").arg(checkpoint.seq, 12, 10, QChar(u'0'));
            if (auto written = sink.row(
                    {QString::number(checkpoint.seq), QString::fromLatin1(checkpoint.hash.toHex()),
                     utc(checkpoint.time), QString::number(checkpoint.time.toMSecsSinceEpoch()),
                     QString::fromLatin1(checkpoint.signature.toHex()), base + u".msg"_s, base + u".sig"_s});
                !written)
                return std::unexpected(written.error());
            ++signedHeads.rowCount;
        }
        if (auto ended = sink.endTable(); !ended)
            return std::unexpected(ended.error());
        dataset.tables.append(signedHeads);
        return dataset;
    }
};

// A report renderer standing in for ui/report's in core-only tests: it writes a small file, so the
// sums cover a report.pdf; or fails half-way, as a renderer on a full disk would.
class StandInRenderer : public ReportRenderer
{
public:
    bool failHalfWay = false;
    AuditReport last;
    Result<void> render(const AuditReport &report, const QString &pdfPath) override
    {
        last = report;
        QFile file(pdfPath);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString(), pdfPath);
        file.write("%PDF-1.4\n% stand-in for the report, footer: " + report.scope.packFingerprint.toLatin1() +
                   '\n');
        if (failHalfWay)
            return fail(QStringLiteral("the renderer gave up half-way"), pdfPath);
        return {};
    }
};

// A store with an admin, an auditor and a developer, and `interactions` seeded interactions.
struct PackFixture
{
    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
    QDateTime from;
    QDateTime to;

    bool setUp(int interactions = 12)
    {
        auto created = EvidenceStore::create(dir.filePath(QStringLiteral("ledger.db")), storeKey());
        if (!created) {
            qWarning() << created.error().toString();
            return false;
        }
        store = std::move(*created);
        users = std::make_shared<UserDirectory>(PasswordHasher({10, 8, 1}));
        UserService admin(*store, users);
        const auto as = Credentials::withPassword(QStringLiteral("root"), kPassword);
        if (!admin.addUser({}, {QStringLiteral("root"), {}, {Role::Admin}, {}}, kPassword) ||
            !admin.addUser(as, {QStringLiteral("audrey"), {}, {Role::Auditor}, {}}, kPassword) ||
            !admin.addUser(as, {QStringLiteral("dev"), {}, {Role::Developer}, {}}, kPassword))
            return false;
        from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 1; i <= interactions; ++i)
            if (!store->append(interaction(i)))
                return false;
        QThread::msleep(5);
        to = QDateTime::currentDateTimeUtc();
        QThread::msleep(5);
        return bool(store->checkpointNow());
    }

    static EvidenceEvent interaction(int i)
    {
        EvidenceEvent event;
        event.kind = EventKind::Interaction;
        event.actor = QStringLiteral("gateway");
        event.policyHash = QStringLiteral("policy-a");
        event.service = i % 3 == 0 ? QStringLiteral("billing") : QStringLiteral("chatbot");
        event.user = i == 2 ? QStringLiteral("@SUM(1)") : QStringLiteral("user-%1").arg(i % 4);
        event.decision = i % 4 == 0 ? QStringLiteral("block") : QStringLiteral("allow");
        event.payload = QJsonObject{
            {QStringLiteral("prompt"), QStringLiteral("question %1, with a comma and a \"quote\"").arg(i)},
            {QStringLiteral("justification"),
             i == 3 ? QStringLiteral("=HYPERLINK(\"x\")") : QStringLiteral("ok")},
            {QStringLiteral("note"),
             i == 5 ? QStringLiteral("-5 and a\nline break") : QStringLiteral("plain")}};
        return event;
    }

    ExportRequest request(const QString &outDir, const QString &user = QStringLiteral("audrey")) const
    {
        ExportRequest request;
        request.scope.from = from;
        request.scope.to = to;
        request.outDir = outDir;
        request.exporter = Credentials::withPassword(user, kPassword);
        return request;
    }

    AuditExporter exporter(ReportRenderer *renderer, HandCollector collector = {})
    {
        collector.store = store.get();
        return AuditExporter(*store, users, renderer, collector);
    }

    QList<EvidenceEvent> eventsOfKind(EventKind kind) const
    {
        EvidenceQuery query;
        query.kind = kind;
        query.limit = EvidenceQuery::kMaxLimit;
        query.newestFirst = false;
        auto page = store->query(query);
        return page ? page->events : QList<EvidenceEvent>{};
    }
};

struct ToolRun
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

// Runs a real tool (sha256sum, openssl, python3, unzip) in `workingDir`.
inline ToolRun runTool(const QString &workingDir, const QString &program, const QStringList &arguments,
                       const QByteArray &input = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, QStringLiteral("%1 did not start: %2").arg(program, process.errorString())};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

inline ToolRun runShell(const QString &workingDir, const QString &script)
{
    return runTool(workingDir, QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
}

inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace custos::test::audit
