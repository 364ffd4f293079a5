// Logging failures leave a trace: a real store on a small tmpfs fills up while the gateway serves,
// requests during the outage fail closed (503) or are released fail-open, and once space returns
// the ledger holds one logging_failure event that a collected audit pack reports in gaps.csv. A
// store still unwritable at a clean stop hands the summary to the next start.
#include "tests/support/CustosTest.h"

#include "GatewayFixture.h"

#include "core/audit/AuditCollector.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/LoggingGap.h"
#include "core/policy/InteractionPayload.h"
#include "gateway/StoreEvidenceSink.h"

#include "tests/audit/AuditTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <future>

#include <sys/mount.h>

namespace tst_gateway_logging_gap {

using namespace gatewaytest;
using namespace custos;
using namespace Qt::StringLiterals;

namespace {

KeySource testKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
}

QJsonObject chat(const QString &prompt)
{
    return QJsonObject{{"model", "gpt-test"},
                       {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}}}};
}

HttpReply ask(quint16 port, const QString &prompt)
{
    return postJson(port, "/v1/chat/completions", chat(prompt), GatewayFixture::callerKey);
}

// Fills the file system until a write fails, so the store's next page has nowhere to go.
bool fillDisk(const QString &ballast)
{
    QFile filler(ballast);
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(64 * 1024, 'b');
    for (int i = 0; i < 100'000; ++i)
        if (filler.write(block) != block.size() || !filler.flush())
            return true;
    return false;
}

QList<EvidenceEvent> loggingFailures(const EvidenceStore &store)
{
    EvidenceQuery query;
    query.kind = EventKind::Admin;
    query.limit = 100;
    QList<EvidenceEvent> found;
    const auto page = store.query(query);
    if (!page)
        return found;
    for (const EvidenceEvent &event : page->events)
        if (LoggingGap::fromPayload(event.payload))
            found.append(event);
    return found;
}

EvidenceEvent interaction(const QString &id, FailureMode mode)
{
    InteractionPayload payload;
    payload.interactionId = id;
    payload.failureMode = mode;
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = u"gateway"_s;
    event.payload = payload.toJson();
    return event;
}

} // namespace

class TestGatewayLoggingGap : public QObject
{
    Q_OBJECT

    StubUpstream m_stub;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_stub.start()); }

    void aFullDiskMidRunIsRecordedOnceSpaceReturns()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=6m") != 0)
            QSKIP("mounting a small tmpfs is not allowed here (needs root in a private mount namespace)");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto created = EvidenceStore::create(mountPoint + u"/evidence.db"_s, testKey());
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        std::shared_ptr<EvidenceStore> store(std::move(*created));
        auto sink = std::make_shared<StoreEvidenceSink>(store);
        GatewayFixture gateway;
        GatewayFixture::Settings settings;
        settings.evidence = sink;
        settings.policyFile = QStringLiteral(CUSTOS_SOURCE_DIR "/tests/gateway/data/fail-open-policy.yaml");
        QVERIFY2(gateway.start(m_stub, settings), qPrintable(gateway.error()));

        QCOMPARE(ask(gateway.port(), u"before the outage"_s).status, 200);
        const QString ballast = mountPoint + u"/ballast"_s;
        QVERIFY(fillDisk(ballast));

        // Large prompts need new pages at once; the first refusal starts the outage.
        const QString bulk = QString(256 * 1024, u'q');
        QStringList withheld;
        for (int i = 0; i < 20 && withheld.isEmpty(); ++i) {
            const HttpReply reply = ask(gateway.port(), bulk + QString::number(i));
            if (reply.status == 503)
                withheld.append(QString::fromLatin1(reply.header("x-custos-interaction-id")));
        }
        QVERIFY2(!withheld.isEmpty(), "the full disk never refused a write");
        HttpReply closed = ask(gateway.port(), bulk + u" closed"_s);
        QCOMPARE(closed.status, 503);
        QCOMPARE(closed.json()[u"error"][u"code"].toString(), u"evidence_unavailable"_s);
        withheld.append(QString::fromLatin1(closed.header("x-custos-interaction-id")));
        QStringList released;
        for (int i = 0; i < 2; ++i) {
            const HttpReply open = ask(gateway.port(), bulk + u" WATCHME %1"_s.arg(i));
            QCOMPARE(open.status, 200);
            QCOMPARE(open.header("x-custos-evidence"), QByteArray("unrecorded"));
            released.append(QString::fromLatin1(open.header("x-custos-interaction-id")));
        }
        QVERIFY(loggingFailures(*store).isEmpty());
        const LoggingGap pending = sink->pendingGap();
        QCOMPARE(pending.failures, qint64(withheld.size() + released.size()));
        QCOMPARE(pending.releasedFailOpen, qint64(2));
        QVERIFY2(pending.error.contains(u"disk is full"_s), qPrintable(pending.error));

        // Space returns: the next write carries the gap into the ledger.
        QVERIFY(QFile::remove(ballast));
        const HttpReply after = ask(gateway.port(), u"after the outage"_s);
        QCOMPARE(after.status, 200);
        QVERIFY(after.header("x-custos-evidence").isEmpty());
        QVERIFY(sink->pendingGap().isEmpty());
        const QList<EvidenceEvent> recorded = loggingFailures(*store);
        QCOMPARE(recorded.size(), 1);
        const auto gap = LoggingGap::fromPayload(recorded.constFirst().payload);
        QCOMPARE(gap->failures, pending.failures);
        QCOMPARE(gap->releasedFailOpen, qint64(2));
        for (const QString &id : withheld + released)
            QVERIFY2(gap->interactionIds.contains(id), qPrintable(id));
        QVERIFY(gap->first <= gap->last);
        QVERIFY(gap->first >= started);
        QCOMPARE(recorded.constFirst().actor, u"gateway"_s);
        gateway.stop();
        QVERIFY(store->checkpointNow());
        const VerifyReport verified = store->verify();
        QVERIFY2(verified.ok(), qPrintable(verified.summary()));

        // The audit pack names it: a gaps.csv row, the PDF's gaps section and the verdict.
        audittest::MemorySink tables;
        audit::AuditScope scope;
        scope.from = started.addSecs(-60);
        scope.to = QDateTime::currentDateTimeUtc().addSecs(60);
        audit::AuditCollector collector(*store);
        const auto dataset = collector.collect(scope, tables);
        QVERIFY2(dataset, dataset ? "" : qPrintable(dataset.error().toString()));
        const auto rows = tables.where(u"gaps.csv"_s, u"kind"_s, u"logging_failure"_s);
        QCOMPARE(rows.size(), 1);
        const QString detail = rows.constFirst().value(u"detail"_s);
        QCOMPARE(rows.constFirst().value(u"seq"_s).toLongLong(), recorded.constFirst().seq);
        QVERIFY2(detail.contains(u"%1 interaction(s) could not be recorded"_s.arg(pending.failures)),
                 qPrintable(detail));
        QVERIFY2(detail.contains(u"2 released fail-open"_s), qPrintable(detail));
        QVERIFY2(detail.contains(released.constFirst()), qPrintable(detail));
        QVERIFY2(detail.contains(gap->first.toString(Qt::ISODateWithMs)), qPrintable(detail));
        bool inReport = false;
        for (const audit::GapRow &row : dataset->report.gaps)
            inReport = inReport || (row.kind == u"logging_failure"_s && row.detail == detail);
        QVERIFY(inReport);
        bool verdictCounts = false;
        for (const audit::VerdictLine &line : dataset->report.verdict)
            if (line.check == u"Gaps"_s)
                verdictCounts = !line.ok && line.detail.contains(u"1 logging_failure"_s);
        QVERIFY(verdictCounts);
    }

    void aStoreStillUnwritableAtStopIsRecordedAtTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"evidence.db"_s);
        {
            auto created = EvidenceStore::create(path, testKey());
            QVERIFY(created);
        }
        const QString carryOver = StoreEvidenceSink::carryOverFile(path);
        {
            EvidenceStore::Options readOnly;
            readOnly.readOnly = true;
            auto opened = EvidenceStore::open(path, testKey(), readOnly);
            QVERIFY(opened);
            std::shared_ptr<EvidenceStore> store(std::move(*opened));
            StoreEvidenceSink sink(store);
            int refused = 0;
            for (const auto &[id, mode] :
                 {std::pair{u"ia-1"_s, FailureMode::Closed}, std::pair{u"ia-2"_s, FailureMode::Open}})
                sink.append(interaction(id, mode), [&refused](Result<qint64> seq) { refused += !seq; });
            QCOMPARE(refused, 2);
            QCOMPARE(sink.pendingGap().failures, qint64(2));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"still unwritable at shutdown: 2 interaction"_s));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the gap is kept in"_s));
        }
        QVERIFY(QFile::exists(carryOver));
        QFile kept(carryOver);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray keptText = kept.readAll();
        QVERIFY2(keptText.contains("ia-2") && keptText.contains("logging_failure"), keptText.constData());

        auto reopened = EvidenceStore::open(path, testKey());
        QVERIFY(reopened);
        std::shared_ptr<EvidenceStore> store(std::move(*reopened));
        {
            StoreEvidenceSink sink(store);
            QVERIFY(sink.pendingGap().isEmpty());
        }
        QVERIFY(!QFile::exists(carryOver));
        const QList<EvidenceEvent> recorded = loggingFailures(*store);
        QCOMPARE(recorded.size(), 1);
        const auto gap = LoggingGap::fromPayload(recorded.constFirst().payload);
        QCOMPARE(gap->failures, qint64(2));
        QCOMPARE(gap->releasedFailOpen, qint64(1));
        QCOMPARE(gap->interactionIds, (QStringList{u"ia-1"_s, u"ia-2"_s}));
        QVERIFY2(gap->error.contains(u"read-only"_s), qPrintable(gap->error));
    }

    void aGapNothingCanHoldIsLoggedWithItsInteractions()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("mounting a small tmpfs is not allowed here (needs root in a private mount namespace)");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        const QString path = mountPoint + u"/evidence.db"_s;
        auto created = EvidenceStore::create(path, testKey());
        QVERIFY(created);
        std::shared_ptr<EvidenceStore> store(std::move(*created));
        QVERIFY(fillDisk(mountPoint + u"/ballast"_s));
        {
            StoreEvidenceSink sink(store);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"evidence write failed"_s));
            int refused = 0;
            for (int i = 0; i < 5 && refused == 0; ++i) {
                EvidenceEvent event = interaction(u"ia-full-%1"_s.arg(i), FailureMode::Open);
                event.searchText = QString(512 * 1024, u'z');
                std::promise<bool> done;
                sink.append(event, [&done](Result<qint64> seq) { done.set_value(seq.has_value()); });
                refused += !done.get_future().get();
            }
            QCOMPARE(refused, 1);
            // The final attempt at stop fails too, and so does the file beside the store.
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"evidence write failed"_s));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"still unwritable at shutdown: 1 interaction"_s));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"cannot keep the gap in .*it is lost: .*ia-full-"_s));
        }
        QVERIFY(!QFile::exists(StoreEvidenceSink::carryOverFile(path)));
    }
};

} // namespace tst_gateway_logging_gap

CUSTOS_GUILESS_TEST_MAIN(tst_gateway_logging_gap::TestGatewayLoggingGap)
#include "tst_gateway_logging_gap.moc"
