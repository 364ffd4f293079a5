#include "tests/support/CustosTest.h"

#include "AuditPackTestSupport.h"

#include "core/audit/AuditPackVerifier.h"

#include <QJsonArray>

#include <sys/mount.h>

namespace tst_audit_export {

using namespace custos;
using namespace custos::audit;
using namespace custos::test::audit;
using namespace Qt::StringLiterals;

// Who may export, what the ledger records of every export and refusal, and bad input.
class TestAuditExport : public QObject
{
    Q_OBJECT

    PackFixture fixture;
    StandInRenderer renderer;

    ExportOutcome run(const ExportRequest &request)
    {
        AuditExporter exporter = fixture.exporter(&renderer);
        return exporter.exportPack(request);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(fixture.setUp()); }

    void exportIsRecordedWithItsFingerprints()
    {
        QTemporaryDir out;
        ExportRequest request = fixture.request(out.path());
        request.scope.payloads = PayloadMode::Raw;
        request.scope.reason = u"regulator request 7"_s;
        request.scope.services = {u"chatbot"_s};
        auto result = run(request);
        QVERIFY2(result, result ? "" : qPrintable(result.error().error.toString()));
        QVERIFY(QFileInfo(result->packPath).fileName().startsWith(u"custos-pack_ledger_"_s));
        QVERIFY(result->packPath.endsWith(u"_"_s + result->packId));
        QVERIFY(result->packPath.contains(fixture.from.toString(u"yyyyMMddTHHmmssZ"_s)));
        auto event = fixture.store->event(result->eventSeq);
        QVERIFY(event && event->has_value());
        const EvidenceEvent &recorded = **event;
        QCOMPARE(recorded.kind, EventKind::AuditExport);
        QCOMPARE(eventKindName(recorded.kind), u"audit_export"_s);
        QCOMPARE(recorded.actor, u"audrey"_s);
        const QJsonObject payload = recorded.payload;
        QCOMPARE(payload.value(u"role").toString(), u"auditor"_s);
        QCOMPARE(payload.value(u"payload_mode").toString(), u"raw"_s);
        QCOMPARE(payload.value(u"reason").toString(), u"regulator request 7"_s);
        QCOMPARE(payload.value(u"pack_id").toString(), result->packId);
        QCOMPARE(payload.value(u"pack_fingerprint").toString(), result->packFingerprint);
        QCOMPARE(payload.value(u"sha256sums_sha256").toString(),
                 QString::fromLatin1(ledger::sha256(fileBytes(result->packPath + u"/SHA256SUMS"_s)).toHex()));
        QCOMPARE(payload.value(u"scope").toObject().value(u"services").toArray().first().toString(),
                 u"chatbot"_s);
        QVERIFY(fixture.store->verify().ok());
    }

    void aPeriodReachingIntoTheFutureEndsNow()
    {
        QTemporaryDir out;
        ExportRequest request = fixture.request(out.path());
        request.scope.to = QDateTime::currentDateTimeUtc().addDays(1);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto result = run(request);
        QVERIFY2(result, result ? "" : qPrintable(result.error().error.toString()));
        QVERIFY(result->to >= before && result->to <= QDateTime::currentDateTimeUtc());
        QVERIFY(result->packPath.contains(result->to.toString(u"yyyyMMddTHHmmssZ"_s)));
        const QJsonObject scope =
            fixture.store->event(result->eventSeq)->value().payload.value(u"scope").toObject();
        QCOMPARE(scope.value(u"to").toString(), result->to.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        // The checkpoint that closes the period was taken after its (new) end.
        QVERIFY(fixture.store->checkpoints()->constLast().time >= result->to);
        auto verified = AuditPackVerifier::verify(result->packPath, {});
        QVERIFY(verified && verified->ok());
    }

    void exportKeyIsStableAcrossExports()
    {
        QTemporaryDir out;
        auto first = run(fixture.request(out.path()));
        auto second = run(fixture.request(out.path(), u"root"_s));
        QVERIFY(first && second);
        QCOMPARE(first->exportKeyFingerprint, second->exportKeyFingerprint);
        QCOMPARE(first->exportKeyFingerprint.size(), 64);
        QCOMPARE(fileBytes(first->packPath + u"/keys/export.pem"_s),
                 fileBytes(second->packPath + u"/keys/export.pem"_s));
        // The admin exports as admin; the private half is nowhere in the pack.
        QCOMPARE(fixture.store->event(second->eventSeq)->value().payload.value(u"role").toString(),
                 u"admin"_s);
        int created = 0;
        for (const EvidenceEvent &event : fixture.eventsOfKind(EventKind::Admin))
            created += event.payload.value(u"action").toString() == u"export_key.created";
        QCOMPARE(created, 1);
    }

    void refusalsAreRecorded_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("fromOffsetHours"); // moves --from: positive puts it after --to
        QTest::addColumn<bool>("inFuture");       // the whole period after now
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const int refused = int(ExportFailure::Kind::Refused);
        const int bad = int(ExportFailure::Kind::BadInput);
        QTest::newRow("developer role") << u"dev"_s << kPassword << u"digests"_s << QString() << QString()
                                        << 0 << false << refused << u"auditor or admin role needed"_s;
        QTest::newRow("wrong password")
            << u"audrey"_s << u"not the password"_s << u"digests"_s << QString() << QString() << 0 << false
            << refused << u"wrong user name or password"_s;
        QTest::newRow("unknown user") << u"mallory"_s << kPassword << u"digests"_s << QString() << QString()
                                      << 0 << false << refused << u"wrong user name or password"_s;
        QTest::newRow("raw by an admin") << u"root"_s << kPassword << u"raw"_s << u"curious"_s << QString()
                                         << 0 << false << refused << u"raw payloads are for auditors only"_s;
        QTest::newRow("raw without reason") << u"audrey"_s << kPassword << u"raw"_s << QString() << QString()
                                            << 0 << false << bad << u"raw payloads need a reason"_s;
        QTest::newRow("from after to") << u"audrey"_s << kPassword << u"digests"_s << QString() << QString()
                                       << 2 << false << bad << u"is not before --to"_s;
        QTest::newRow("period in the future") << u"audrey"_s << kPassword << u"digests"_s << QString()
                                              << QString() << 0 << true << bad << u"is in the future"_s;
        QTest::newRow("unknown service")
            << u"audrey"_s << kPassword << u"digests"_s << QString() << u"payroll"_s << 0 << false << bad
            << u"unknown service 'payroll'"_s;
    }

    void refusalsAreRecorded()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, mode);
        QFETCH(QString, reason);
        QFETCH(QString, service);
        QFETCH(int, fromOffsetHours);
        QFETCH(bool, inFuture);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QTemporaryDir out;
        ExportRequest request = fixture.request(out.path(), user);
        request.exporter.password = password;
        request.scope.payloads = *payloadModeFromName(mode);
        request.scope.reason = reason;
        if (!service.isEmpty())
            request.scope.services = {service};
        if (fromOffsetHours)
            request.scope.from = request.scope.to.addSecs(fromOffsetHours * 3600);
        if (inFuture) {
            request.scope.from = QDateTime::currentDateTimeUtc().addSecs(3600);
            request.scope.to = request.scope.from.addSecs(3600);
        }
        auto result = run(request);
        QVERIFY(!result);
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().error.message.contains(expected), qPrintable(result.error().error.message));
        QCOMPARE(entriesOf(out.path()), QStringList{});
        const QList<EvidenceEvent> events = fixture.eventsOfKind(EventKind::AuditExport);
        QVERIFY(!events.isEmpty());
        const EvidenceEvent &last = events.constLast();
        QCOMPARE(last.payload.value(u"event").toString(), u"audit_export.refused"_s);
        QCOMPARE(last.payload.value(u"attempted_by").toString(), user);
        QCOMPARE(last.actor, user);
        QVERIFY(last.payload.value(u"reason").toString().contains(expected));
        QVERIFY(!last.payload.value(u"reason").toString().contains(password) || password == kPassword);
    }

    void badDestinations_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("a file") << u"file"_s << u"is not a folder"_s;
        QTest::newRow("not writable") << u"readonly"_s << u"not writable"_s;
        QTest::newRow("pack exists") << u"exists"_s << u"already exists"_s;
    }

    void badDestinations()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        QTemporaryDir out;
        ExportRequest request = fixture.request(out.filePath(u"target"_s));
        QString readOnlyMount;
        const auto unmount = qScopeGuard([&] {
            if (!readOnlyMount.isEmpty())
                ::umount2(QFile::encodeName(readOnlyMount).constData(), MNT_DETACH);
        });
        if (how == u"file") {
            QFile file(request.outDir);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (how == u"readonly") {
            // A read-only mount: unlike chmod, it holds for root too (the build root runs tests as root).
            QVERIFY(QDir().mkdir(request.outDir));
            if (::mount("tmpfs", QFile::encodeName(request.outDir).constData(), "tmpfs", MS_RDONLY,
                        "size=64k") != 0)
                QSKIP("mounting a read-only tmpfs is not allowed here (needs root in a private mount "
                      "namespace)");
            readOnlyMount = request.outDir;
        } else if (how == u"exists") {
            QVERIFY(QDir().mkdir(request.outDir));
            request.packId = u"abcd1234"_s;
            auto first = run(request);
            QVERIFY(first);
            const QByteArray sums = fileBytes(first->packPath + u"/SHA256SUMS"_s);
            auto second = run(request);
            QVERIFY(!second);
            QVERIFY(second.error().error.message.contains(expected));
            QCOMPARE(fileBytes(first->packPath + u"/SHA256SUMS"_s), sums); // the first pack is untouched
            QCOMPARE(entriesOf(request.outDir).size(), 1);
            return;
        }
        auto result = run(request);
        QVERIFY(!result);
        QCOMPARE(int(result.error().kind), int(ExportFailure::Kind::BadInput));
        QVERIFY2(result.error().error.toString().contains(expected),
                 qPrintable(result.error().error.toString()));
        QCOMPARE(fixture.eventsOfKind(EventKind::AuditExport).constLast().payload.value(u"event").toString(),
                 u"audit_export.refused"_s);
    }
};

} // namespace tst_audit_export

CUSTOS_GUILESS_TEST_MAIN(tst_audit_export::TestAuditExport)
#include "tst_audit_export.moc"
