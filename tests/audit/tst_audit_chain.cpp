#include "tests/support/CustosTest.h"

#include "AuditTestSupport.h"
#include "tests/evidence/EvidenceTestSupport.h"

#include "core/evidence/CheckpointSigner.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace tst_audit_chain {

using namespace custos;
using namespace custos::audit;
using namespace custos::audittest;

namespace {

QByteArray bigEndian(qint64 value)
{
    QByteArray bytes(8, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// Recomputes chain.csv the way an auditor's script does, from the anchor, and checks the last
// row against the last signed checkpoint of checkpoints.csv. Returns the first problem, or empty.
QString recompute(const MemorySink &sink, const QByteArray &anchorHash, const QByteArray &publicKey)
{
    QByteArray previous = anchorHash;
    const auto &columns = sink.headers.value(QStringLiteral("chain.csv")).columns;
    const auto index = [&](const char *name) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns.at(i).name == QLatin1StringView(name))
                return i;
        return qsizetype(-1);
    };
    for (const QStringList &row : sink.rows.value(QStringLiteral("chain.csv"))) {
        const qint64 seq = row.at(index("seq")).toLongLong();
        const QByteArray prev = QByteArray::fromHex(row.at(index("prev_hash")).toLatin1());
        if (prev != previous)
            return QStringLiteral("seq %1: prev_hash breaks the chain").arg(seq);
        // Formula 2, written out here independently of LedgerHash: on in-scope rows the header is
        // rebuilt from the row's columns; digest-only rows give their header digest.
        const auto field = [](const QString &text) -> QByteArray {
            const QByteArray utf8 = text.toUtf8();
            QByteArray length(4, Qt::Uninitialized);
            qToBigEndian<quint32>(quint32(utf8.size()), length.data());
            return length + utf8;
        };
        QByteArray headerDigest = QByteArray::fromHex(row.at(index("header_digest")).toLatin1());
        if (row.at(index("in_scope")) == u"1") {
            const QByteArray header = QByteArray("custos-event-v2") + bigEndian(seq) +
                                      bigEndian(row.at(index("time_ms")).toLongLong()) +
                                      field(row.at(index("kind"))) + field(row.at(index("actor"))) +
                                      field(row.at(index("policy_hash"))) +
                                      QByteArray::fromHex(row.at(index("payload_digest")).toLatin1()) +
                                      QByteArray::fromHex(row.at(index("facts_digest")).toLatin1());
            if (QCryptographicHash::hash(header, QCryptographicHash::Sha256) != headerDigest)
                return QStringLiteral("seq %1: the header does not recompute").arg(seq);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(prev);
        hash.addData(headerDigest);
        if (hash.result().toHex() != row.at(index("hash")).toLatin1())
            return QStringLiteral("seq %1: the hash does not recompute").arg(seq);
        previous = hash.result();
    }
    const QList<QStringList> checkpoints = sink.rows.value(QStringLiteral("checkpoints.csv"));
    if (checkpoints.isEmpty())
        return QStringLiteral("no checkpoint");
    const QStringList closing = checkpoints.constLast();
    const QByteArray signedHash = QByteArray::fromHex(closing.at(1).toLatin1());
    if (signedHash != previous)
        return QStringLiteral("the recomputed head is not the signed one");
    const QByteArray message = QByteArray("custos-checkpoint-v1") + bigEndian(closing.at(0).toLongLong()) +
                               signedHash + bigEndian(closing.at(3).toLongLong());
    if (!CheckpointSigner::verify(publicKey, message, QByteArray::fromHex(closing.at(4).toLatin1())))
        return QStringLiteral("the closing checkpoint's signature does not verify");
    return {};
}

} // namespace

// chain.csv and checkpoints.csv against an independent recomputation, the services filter's
// digest-only rows, an empty period, and a store edited behind the ledger's back.
class TestAuditChain : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    SeededLedger seeded;

    QString path() const { return dir.filePath(QStringLiteral("chain.db")); }

    AuditDataset collect(MemorySink &sink, const QStringList &services = {}, QDateTime from = {},
                         QDateTime to = {})
    {
        AuditScope scope;
        scope.from = from.isValid() ? from : seeded.from;
        scope.to = to.isValid() ? to : seeded.to;
        scope.services = services;
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
        auto created = EvidenceStore::create(path(), storeKey(), quietOptions());
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        LedgerSeeder seeder(*store);
        QVERIFY2(seeder.seed(seeded), qPrintable(seeder.error()));
    }

    void chainRecomputesToTheSignedCheckpoint()
    {
        MemorySink sink;
        const AuditDataset dataset = collect(sink);
        QVERIFY(dataset.chainIntact);
        QCOMPARE(recompute(sink, dataset.anchorHash, store->publicKey()), QString());
        QCOMPARE(dataset.checkpointPublicKey, store->publicKey());
        const QStringList files =
            sink.column(QStringLiteral("checkpoints.csv"), QStringLiteral("message_file"));
        QCOMPARE(files.constLast(),
                 QStringLiteral("checkpoints/seq-%1.msg").arg(seeded.closingSeq, 12, 10, QChar(u'0')));
        QCOMPARE(dataset.checkpoints.constLast().seq, seeded.closingSeq);
    }

    void servicesFilterLeavesDigestOnlyRows()
    {
        MemorySink all;
        collect(all);
        MemorySink support;
        const AuditDataset dataset = collect(support, {QStringLiteral("support")});
        QCOMPARE(support.rows.value(QStringLiteral("interactions.csv")).size(),
                 seeded.supportInteractionsInPeriod);
        for (const QString &service :
             support.column(QStringLiteral("interactions.csv"), QStringLiteral("service")))
            QCOMPARE(service, QStringLiteral("support"));
        // The chain keeps every event, so it still recomputes; other services' rows carry digests only.
        QCOMPARE(support.rows.value(QStringLiteral("chain.csv")).size(),
                 all.rows.value(QStringLiteral("chain.csv")).size());
        QCOMPARE(recompute(support, dataset.anchorHash, store->publicKey()), QString());
        const auto blocked = support.where(QStringLiteral("chain.csv"), QStringLiteral("seq"),
                                           QString::number(seeded.blockedSeq));
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked[0].value(QStringLiteral("in_scope")), QStringLiteral("0"));
        QVERIFY(blocked[0].value(QStringLiteral("actor")).isEmpty());
        QVERIFY(blocked[0].value(QStringLiteral("service")).isEmpty());
        QCOMPARE(blocked[0].value(QStringLiteral("payload_digest")).size(), 64);
        QCOMPARE(
            support.where(QStringLiteral("chain.csv"), QStringLiteral("service"), QStringLiteral("billing"))
                .size(),
            0);
        QVERIFY(
            !support.where(QStringLiteral("chain.csv"), QStringLiteral("service"), QStringLiteral("support"))
                 .isEmpty());
    }

    void emptyPeriodCollectsAndSaysSo()
    {
        MemorySink sink;
        const QDateTime from(QDate(2001, 1, 1), QTime(0, 0), QTimeZone::UTC);
        const AuditDataset dataset = collect(sink, {}, from, from.addDays(30));
        QCOMPARE(dataset.tables.size(), 10);
        QCOMPARE(sink.rows.value(QStringLiteral("interactions.csv")).size(), 0);
        QCOMPARE(sink.rows.value(QStringLiteral("exceptions.csv")).size(), 0);
        QVERIFY(dataset.chainIntact);
        QCOMPARE(dataset.report.verdict.constLast().detail, QStringLiteral("the period holds no events"));
        QCOMPARE(dataset.report.chain.eventsInPeriod, 0);
    }

    void tamperedEventBreaksTheChainAndIsNamed()
    {
        store.reset();
        const QString edit = QStringLiteral("UPDATE events SET payload = CAST(replace(CAST(payload AS TEXT), "
                                            "'int-blocked', 'int-allowed') AS BLOB) WHERE seq = %1")
                                 .arg(seeded.blockedSeq);
        QCOMPARE(custos::test::editRaw(path(), {edit}), QString());
        EvidenceStore::Options readOnly;
        readOnly.readOnly = true;
        auto reopened = EvidenceStore::open(path(), storeKey(), readOnly);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString()));
        store = std::move(*reopened);

        MemorySink sink;
        const AuditDataset dataset = collect(sink);
        QCOMPARE(dataset.tables.size(), 10); // a broken chain still collects in full
        QVERIFY(!dataset.chainIntact);
        const VerdictLine &chain = dataset.report.verdict.constFirst();
        QCOMPARE(chain.check, QStringLiteral("Chain verified"));
        QVERIFY(!chain.ok);
        QVERIFY2(chain.detail.contains(QStringLiteral("seq %1").arg(seeded.blockedSeq)),
                 qPrintable(chain.detail));
        const auto breaks =
            sink.where(QStringLiteral("gaps.csv"), QStringLiteral("kind"), QStringLiteral("chain_break"));
        QCOMPARE(breaks.size(), 1);
        QCOMPARE(breaks[0].value(QStringLiteral("seq")), QString::number(seeded.blockedSeq));
        QVERIFY(breaks[0]
                    .value(QStringLiteral("detail"))
                    .contains(QStringLiteral("payload does not match its digest")));
    }
};

} // namespace tst_audit_chain

CUSTOS_GUILESS_TEST_MAIN(tst_audit_chain::TestAuditChain)
#include "tst_audit_chain.moc"
