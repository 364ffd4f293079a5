#include "tests/support/CustosTest.h"

#include "AuditTestSupport.h"

#include "core/evidence/LedgerHash.h"

#include <QTemporaryDir>

namespace tst_audit_collector {

using namespace custos;
using namespace custos::audit;
using namespace custos::audittest;

// What the collector gathers from a seeded store: row counts, the privacy of each payload mode,
// exceptions and their anomalies, the report's summaries, determinism and bad scopes.
class TestAuditCollector : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    SeededLedger seeded;

    AuditScope periodScope(PayloadMode mode = PayloadMode::Digests, const QStringList &services = {}) const
    {
        AuditScope scope;
        scope.from = seeded.from;
        scope.to = seeded.to;
        scope.services = services;
        scope.payloads = mode;
        if (mode == PayloadMode::Raw)
            scope.reason = QStringLiteral("case 2026-7: the court asked for the raw prompts");
        return scope;
    }

    AuditDataset collect(MemorySink &sink, const AuditScope &scope)
    {
        AuditCollector collector(*store);
        auto dataset = collector.collect(scope, sink);
        if (!dataset)
            qWarning() << "collect failed:" << dataset.error().toString();
        return dataset ? *dataset : AuditDataset{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        auto created =
            EvidenceStore::create(dir.filePath(QStringLiteral("audit.db")), storeKey(), quietOptions());
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        LedgerSeeder seeder(*store);
        QVERIFY2(seeder.seed(seeded), qPrintable(seeder.error()));
    }

    void streamsTheTenTablesInOrderWithTheirCounts()
    {
        MemorySink sink;
        const AuditDataset dataset = collect(sink, periodScope());
        const QStringList expected{QStringLiteral("interactions.csv"),
                                   QStringLiteral("rule_hits.csv"),
                                   QStringLiteral("policy_versions.csv"),
                                   QStringLiteral("exceptions.csv"),
                                   QStringLiteral("exception_events.csv"),
                                   QStringLiteral("chain.csv"),
                                   QStringLiteral("checkpoints.csv"),
                                   QStringLiteral("principals.csv"),
                                   QStringLiteral("gaps.csv"),
                                   QStringLiteral("retention.csv")};
        QCOMPARE(sink.order, expected);
        QCOMPARE(dataset.tables.size(), expected.size());
        for (const CsvTable &table : dataset.tables) {
            QCOMPARE(table.rowCount, qint64(sink.rows.value(table.fileName).size()));
            QCOMPARE(dataset.report.csvRowCounts.value(table.fileName), table.rowCount);
            for (const CsvColumn &column : table.columns)
                QVERIFY2(!column.meaning.isEmpty(), qPrintable(table.fileName + u' ' + column.name));
        }
        QCOMPARE(sink.rows.value(QStringLiteral("interactions.csv")).size(), seeded.interactionsInPeriod);
        QCOMPARE(sink.rows.value(QStringLiteral("rule_hits.csv")).size(), seeded.ruleHitRowsInPeriod);
        QCOMPARE(sink.rows.value(QStringLiteral("policy_versions.csv")).size(), 2);
        QCOMPARE(sink.rows.value(QStringLiteral("exceptions.csv")).size(), 4);
        // The chain runs from the anchor checkpoint to the closing one, without a hole.
        const QStringList seqs = sink.column(QStringLiteral("chain.csv"), QStringLiteral("seq"));
        QCOMPARE(seqs.constFirst().toLongLong(), seeded.anchorSeq + 1);
        QCOMPARE(seqs.constLast().toLongLong(), seeded.closingSeq);
        QCOMPARE(seqs.size(), seeded.closingSeq - seeded.anchorSeq);
        QCOMPARE(dataset.anchorSeq, seeded.anchorSeq);
        QVERIFY(dataset.chainIntact);
        QCOMPARE(dataset.report.enforcedTotal, seeded.enforcedInPeriod);
        QCOMPARE(dataset.report.enforced.size(), seeded.enforcedInPeriod);
        QVERIFY(!dataset.report.enforcedSampled);
        QCOMPARE(dataset.report.columns.size(), [&] {
            qsizetype columns = 0;
            for (const CsvTable &table : dataset.tables)
                columns += table.columns.size();
            return columns;
        }());
    }

    void blockedSecretAppearsNowhere_data()
    {
        QTest::addColumn<PayloadMode>("mode");
        QTest::newRow("digests") << PayloadMode::Digests;
        QTest::newRow("redacted") << PayloadMode::Redacted;
    }

    void blockedSecretAppearsNowhere()
    {
        QFETCH(PayloadMode, mode);
        MemorySink sink;
        const AuditDataset dataset = collect(sink, periodScope(mode));
        QVERIFY(!sink.where(QStringLiteral("interactions.csv"), QStringLiteral("seq"),
                            QString::number(seeded.blockedSeq))
                     .isEmpty());
        QVERIFY(!sink.anyCellContains(blockedAwsKey));
        QVERIFY(!sink.anyCellContains(QStringLiteral("AKIA")));
        for (const QString &text : reportTexts(dataset.report))
            QVERIFY2(!text.contains(blockedAwsKey), qPrintable(text));
        QVERIFY(sink.raw.isEmpty());
        // The blocked interaction is still fully accounted for: its rule, class and digests.
        const auto blocked = sink.where(QStringLiteral("interactions.csv"), QStringLiteral("interaction_id"),
                                        QStringLiteral("int-blocked"));
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked[0].value(QStringLiteral("decision")), QStringLiteral("block"));
        QCOMPARE(blocked[0].value(QStringLiteral("rules_fired")), QStringLiteral("block-secrets"));
        QCOMPARE(blocked[0].value(QStringLiteral("data_classes")), QStringLiteral("SECRET"));
        QCOMPARE(blocked[0].value(QStringLiteral("request_received_digest")).size(), 64);
        QVERIFY(blocked[0].value(QStringLiteral("request_forwarded_digest")).isEmpty());
        QVERIFY(blocked[0].value(QStringLiteral("request_forwarded_text")).isEmpty());
        const auto hits = sink.where(QStringLiteral("rule_hits.csv"), QStringLiteral("interaction_id"),
                                     QStringLiteral("int-blocked"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].value(QStringLiteral("detector")), QStringLiteral("aws_access_key_id"));
        QCOMPARE(hits[0].value(QStringLiteral("span_start")), QStringLiteral("16"));
        QCOMPARE(hits[0].value(QStringLiteral("span_end")), QStringLiteral("36"));
    }

    void textAsPassedOnFollowsThePayloadMode()
    {
        MemorySink digests;
        collect(digests, periodScope(PayloadMode::Digests));
        const auto redacted = digests.where(QStringLiteral("interactions.csv"),
                                            QStringLiteral("interaction_id"), QStringLiteral("int-redacted"));
        QCOMPARE(redacted[0].value(QStringLiteral("request_forwarded_text")),
                 QStringLiteral("$.messages[0].content: write to [EMAIL_1] today"));
        QVERIFY(!digests.anyCellContains(QStringLiteral("bob@example.com")));
        // Nothing redacted the support answer: digests mode shows no text for it at all.
        const auto support = digests.where(QStringLiteral("interactions.csv"),
                                           QStringLiteral("interaction_id"), QStringLiteral("int-support"));
        QVERIFY(support[0].value(QStringLiteral("response_returned_text")).isEmpty());
        QVERIFY(!digests.anyCellContains(QStringLiteral("refunds.desk@example.org")));

        // Redacted mode shows it, with the address the policy let through masked at export.
        MemorySink masked;
        collect(masked, periodScope(PayloadMode::Redacted));
        const auto shown = masked.where(QStringLiteral("interactions.csv"), QStringLiteral("interaction_id"),
                                        QStringLiteral("int-support"));
        QCOMPARE(shown[0].value(QStringLiteral("response_returned_text")),
                 QStringLiteral("$.choices[0].message.content: write to [EMAIL_1]"));
        QCOMPARE(shown[0].value(QStringLiteral("masked_at_export")), QStringLiteral("1"));
        QCOMPARE(shown[0].value(QStringLiteral("request_forwarded_text")),
                 QStringLiteral("$.messages[0].content: who handles refunds?"));
        QVERIFY(!masked.anyCellContains(QStringLiteral("refunds.desk@example.org")));
    }

    void rawModeHandsOverPayloadsThatHashToTheirDigests()
    {
        MemorySink sink;
        collect(sink, periodScope(PayloadMode::Raw));
        // Every interaction of the period but the one whose payload retention dropped.
        QCOMPARE(sink.raw.size(), seeded.interactionsInPeriod - 1);
        const QStringList digests =
            sink.column(QStringLiteral("chain.csv"), QStringLiteral("payload_digest"));
        const QStringList seqs = sink.column(QStringLiteral("chain.csv"), QStringLiteral("seq"));
        qint64 previous = 0;
        for (const RawPayload &payload : std::as_const(sink.raw)) {
            QVERIFY(payload.seq > previous);
            previous = payload.seq;
            QCOMPARE(ledger::sha256(payload.canonicalJson), payload.digest);
            const qsizetype row = seqs.indexOf(QString::number(payload.seq));
            QVERIFY(row >= 0);
            QCOMPARE(digests.at(row), QString::fromLatin1(payload.digest.toHex()));
        }
    }

    void exceptionsAndTheirAnomaliesAreNamed()
    {
        MemorySink sink;
        const AuditDataset dataset = collect(sink, periodScope());
        const auto row = [&](const QString &id) {
            const auto rows =
                sink.where(QStringLiteral("exceptions.csv"), QStringLiteral("exception_id"), id);
            return rows.isEmpty() ? QMap<QString, QString>{} : rows.constFirst();
        };
        const auto used = row(seeded.usedException);
        QCOMPARE(used.value(QStringLiteral("status")), QStringLiteral("approved"));
        QCOMPARE(used.value(QStringLiteral("decided_by")), QStringLiteral("alice"));
        QCOMPARE(used.value(QStringLiteral("uses_in_period")), QStringLiteral("1"));
        QCOMPARE(used.value(QStringLiteral("four_eyes_ok")), QStringLiteral("1"));
        QCOMPARE(used.value(QStringLiteral("anomalies")), QString());
        // The writer neutralises formulas; the collector hands the text over exactly as written.
        QCOMPARE(used.value(QStringLiteral("justification")), hyperlinkJustification);

        QVERIFY2(row(seeded.expiredException)
                     .value(QStringLiteral("anomalies"))
                     .contains(QStringLiteral("use after expiry")),
                 qPrintable(row(seeded.expiredException).value(QStringLiteral("anomalies"))));
        const auto selfApproval = row(seeded.selfApprovalException);
        QCOMPARE(selfApproval.value(QStringLiteral("status")), QStringLiteral("rejected"));
        QVERIFY2(selfApproval.value(QStringLiteral("anomalies"))
                     .contains(QStringLiteral("self-approval attempt by bob")),
                 qPrintable(selfApproval.value(QStringLiteral("anomalies"))));
        QCOMPARE(selfApproval.value(QStringLiteral("four_eyes_ok")), QStringLiteral("1"));
        const auto revoked = row(seeded.revokedException);
        QCOMPARE(revoked.value(QStringLiteral("status")), QStringLiteral("revoked"));
        QCOMPARE(revoked.value(QStringLiteral("revoked_by")), QStringLiteral("ruth"));
        QVERIFY(revoked.value(QStringLiteral("anomalies"))
                    .contains(QStringLiteral("decision attempt by mallory")));

        // Every step is an event row, the refusals included, with the anomaly on its step.
        const auto steps = sink.where(QStringLiteral("exception_events.csv"), QStringLiteral("exception_id"),
                                      seeded.selfApprovalException);
        QStringList names;
        for (const auto &step : steps)
            names.append(step.value(QStringLiteral("step")));
        QCOMPARE(names, (QStringList{QStringLiteral("requested"), QStringLiteral("refused"),
                                     QStringLiteral("rejected")}));
        QVERIFY(steps[1].value(QStringLiteral("anomaly")).contains(QStringLiteral("self-approval attempt")));

        const auto verdict =
            std::find_if(dataset.report.verdict.begin(), dataset.report.verdict.end(),
                         [](const VerdictLine &line) { return line.check == u"Exception anomalies"; });
        QVERIFY(verdict != dataset.report.verdict.end());
        QVERIFY(!verdict->ok);
        QCOMPARE(dataset.report.exceptions.size(), 4);
    }

    void principalsListEveryoneSeenWithoutSecrets()
    {
        MemorySink sink;
        collect(sink, periodScope());
        const auto mallory = sink.where(QStringLiteral("principals.csv"), QStringLiteral("principal"),
                                        QStringLiteral("mallory"));
        QCOMPARE(mallory.size(), 1);
        QCOMPARE(mallory[0].value(QStringLiteral("display_name")), QStringLiteral("@SUM(1)"));
        QCOMPARE(mallory[0].value(QStringLiteral("roles")), QStringLiteral("approver"));
        const auto bob =
            sink.where(QStringLiteral("principals.csv"), QStringLiteral("principal"), QStringLiteral("bob"));
        QCOMPARE(bob[0].value(QStringLiteral("groups")), QStringLiteral("security"));
        QVERIFY(bob[0].value(QStringLiteral("appears_as")).contains(QStringLiteral("requester")));
        QCOMPARE(sink.where(QStringLiteral("principals.csv"), QStringLiteral("kind"),
                            QStringLiteral("service_key"))
                     .size(),
                 0); // the seeded keys were never issued through the store
        QVERIFY(!sink.anyCellContains(QStringLiteral("$scrypt$")));
    }

    void reportSummarisesThePeriod()
    {
        MemorySink sink;
        const AuditDataset dataset = collect(sink, periodScope());
        const AuditReport &report = dataset.report;
        QCOMPARE(report.policyVersions.size(), 2);
        QCOMPARE(report.policyVersions[0].hash, seeded.policyV1);
        QCOMPARE(report.policyVersions[0].publisher, QStringLiteral("ruth"));
        QVERIFY(report.policyVersions[0].effectiveTo.isValid());
        QCOMPARE(report.policyVersions[0].decisions, qint64(seeded.interactionsInPeriod));
        QCOMPARE(report.policyVersions[1].hash, seeded.policyV2);
        qint64 byAction = 0;
        for (const CountRow &row : report.byAction)
            byAction += row.count;
        QCOMPARE(byAction, qint64(seeded.interactionsInPeriod));
        QCOMPARE(report.perDay.size() >= 1, true);
        const auto retention =
            std::find_if(report.verdict.begin(), report.verdict.end(),
                         [](const VerdictLine &line) { return line.check.startsWith(u"Retention"); });
        QVERIFY(!retention->ok);
        QVERIFY2(retention->detail.contains(QStringLiteral("90 days (class PII")),
                 qPrintable(retention->detail));
        QCOMPARE(report.verdict[0].check, QStringLiteral("Chain verified"));
        QVERIFY(report.verdict[0].ok);
        QCOMPARE(report.verdict[1].detail, QStringLiteral("2/2")); // the anchor and the closing checkpoint
        QVERIFY(report.chain.headsMatch);
        QCOMPARE(report.chain.signedHead, report.chain.recomputedHead);
        QCOMPARE(report.scope.payloadMode, QStringLiteral("digests"));
        QCOMPARE(report.scope.checkpointKeyFingerprint.size(), 64);
        // The rerouted interaction was decided fail-open; the archive payload was dropped in scope.
        QCOMPARE(sink.where(QStringLiteral("gaps.csv"), QStringLiteral("kind"), QStringLiteral("fail_open"))
                     .size(),
                 1);
        const auto dropped = sink.where(QStringLiteral("retention.csv"), QStringLiteral("record"),
                                        QStringLiteral("tombstone"));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped[0].value(QStringLiteral("reason")), QStringLiteral("retention"));
        QCOMPARE(
            sink.where(QStringLiteral("retention.csv"), QStringLiteral("record"), QStringLiteral("purge"))
                .size(),
            1);
        const auto hold =
            sink.where(QStringLiteral("retention.csv"), QStringLiteral("record"), QStringLiteral("hold"));
        QCOMPARE(hold.size(), 1);
        QCOMPARE(hold[0].value(QStringLiteral("value")), QStringLiteral("billing"));
        const auto archived =
            sink.where(QStringLiteral("interactions.csv"), QStringLiteral("interaction_id"), QString());
        QCOMPARE(archived.size(), 1); // the tombstoned one keeps its projections only
        QCOMPARE(archived[0].value(QStringLiteral("tombstoned")), QStringLiteral("1"));
        QCOMPARE(archived[0].value(QStringLiteral("service")), QStringLiteral("archive"));
    }

    void twoCollectsGiveIdenticalRows()
    {
        MemorySink first;
        MemorySink second;
        const AuditDataset a = collect(first, periodScope(PayloadMode::Redacted));
        const AuditDataset b = collect(second, periodScope(PayloadMode::Redacted));
        QCOMPARE(first.order, second.order);
        QCOMPARE(first.rows, second.rows);
        QCOMPARE(reportTexts(a.report), reportTexts(b.report));
    }

    void badScopesAreRefused_data()
    {
        QTest::addColumn<int>("fromOffsetS");
        QTest::addColumn<int>("toOffsetS");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("from after to") << 60 << 0 << QString() << QStringLiteral("is not before its end");
        QTest::newRow("empty period") << 0 << 0 << QString() << QStringLiteral("is not before its end");
        QTest::newRow("raw without reason")
            << 0 << 60 << QStringLiteral("raw") << QStringLiteral("need a reason");
    }

    void badScopesAreRefused()
    {
        QFETCH(int, fromOffsetS);
        QFETCH(int, toOffsetS);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        AuditScope scope = periodScope();
        scope.to = scope.from.addSecs(toOffsetS);
        scope.from = scope.from.addSecs(fromOffsetS);
        if (reason == u"raw")
            scope.payloads = PayloadMode::Raw;
        MemorySink sink;
        AuditCollector collector(*store);
        const auto result = collector.collect(scope, sink);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QVERIFY(sink.order.isEmpty());
    }

    void cancellingStopsWithAnError()
    {
        std::atomic_bool cancel{true};
        QList<int> percents;
        AuditProgress progress{[&](int percent, const QString &) { percents.append(percent); }, &cancel};
        MemorySink sink;
        AuditCollector collector(*store);
        const auto result = collector.collect(periodScope(), sink, progress);
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("cancelled"));
        QVERIFY(!percents.contains(100));
    }

    void progressRunsToOneHundred()
    {
        QList<int> percents;
        AuditProgress progress{[&](int percent, const QString &) { percents.append(percent); }, nullptr};
        MemorySink sink;
        AuditCollector collector(*store);
        QVERIFY(collector.collect(periodScope(), sink, progress));
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.constLast(), 100);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    }
};

} // namespace tst_audit_collector

CUSTOS_GUILESS_TEST_MAIN(tst_audit_collector::TestAuditCollector)
#include "tst_audit_collector.moc"
