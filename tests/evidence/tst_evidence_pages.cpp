#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include <QTemporaryDir>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

// One byte flipped in each page of a store of a few hundred events, one row per page: verify (or,
// where the damage stops the store from opening, the open error) must name that page, and where
// the b-trees can still be walked, what the page held.
class TestEvidencePages : public QObject
{
    Q_OBJECT

    static constexpr int kEvents = 300;
    static constexpr qint64 kPageSize = 4096;

    QTemporaryDir m_dir;
    QString m_pristine;
    QByteArray m_bytes;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(u"pristine.db"_s);
        {
            auto store = createStore(m_pristine);
            QVERIFY(store);
            for (int i = 1; i <= kEvents; ++i)
                QVERIFY(store->append(sampleEvent(i)));
        } // closed: the WAL is folded into the file
        QVERIFY(!QFile::exists(m_pristine + u"-wal"_s));
        m_bytes = readAll(m_pristine);
        QVERIFY(m_bytes.size() % kPageSize == 0);
        qInfo("store of %d events: %lld pages", kEvents, m_bytes.size() / kPageSize);
    }

    void everyFlippedPageIsNamed_data()
    {
        QTest::addColumn<qint64>("page");
        for (qint64 page = 1; page <= m_bytes.size() / kPageSize; ++page)
            QTest::newRow(qPrintable(u"page %1"_s.arg(page))) << page;
    }

    void everyFlippedPageIsNamed()
    {
        QFETCH(qint64, page);
        const QString path = m_dir.filePath(u"damaged-%1.db"_s.arg(page));
        QByteArray damaged = m_bytes;
        damaged[(page - 1) * kPageSize + 2048] ^= 0x01; // past page 1's salt; inside the encrypted data
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(damaged), damaged.size());
        }
        auto opened = EvidenceStore::open(path, testKeySource(), EvidenceStoreOptions{{}, true});
        if (!opened) {
            // Damage in what opening reads (the header, schema or meta table) stops it: the error
            // must name the page and say that the key is right.
            const QString message = opened.error().message;
            QVERIFY2(message.contains(u"(page %1"_s.arg(page)) || message.contains(u"page %1,"_s.arg(page)) ||
                         message.contains(u"page %1)"_s.arg(page)),
                     qPrintable(message));
            QVERIFY2(message.contains(u"the key is right"_s), qPrintable(message));
        } else {
            const VerifyReport report = (*opened)->verify();
            QVERIFY2(!report.ok(),
                     qPrintable(u"page %1 flipped, verify says: "_s.arg(page) + report.summary()));
            const auto named =
                std::find_if(report.findings.cbegin(), report.findings.cend(),
                             [page](const VerifyFinding &finding) { return finding.page == page; });
            QVERIFY2(named != report.findings.cend(), qPrintable(report.summary()));
            QCOMPARE(named->damage, Damage::CorruptPage);
            qDebug() << named->detail;
            QVERIFY2(named->detail.contains(u"belongs to"_s), qPrintable(named->detail));
        }
        QFile::remove(path);
    }
};

CUSTOS_GUILESS_TEST_MAIN(TestEvidencePages)
#include "tst_evidence_pages.moc"
