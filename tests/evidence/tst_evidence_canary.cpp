#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>

namespace tst_evidence_canary {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCanary = u"CANARY-7f3a9c-do-not-leak"_s;
QMutex logMutex;
QString capturedLog;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog += message + u'\n';
}

// Every file under `dir` that contains the canary, as UTF-8 or as UTF-16.
QStringList filesWithCanary(const QString &dir)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = readAll(file);
        const QByteArray utf16(reinterpret_cast<const char *>(kCanary.utf16()), kCanary.size() * 2);
        if (bytes.contains(kCanary.toUtf8()) || bytes.contains(utf16))
            hits.append(file);
    }
    return hits;
}

} // namespace

// Nothing of the evidence touches disk unencrypted: not the database, not its WAL or shared memory,
// not temporary files, not the log.
class TestEvidenceCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canaryNeverReachesDiskOrLog()
    {
        QLoggingCategory::setFilterRules(u"custos.*=true"_s);
        qInstallMessageHandler(captureMessages);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        {
            auto store = createStore(path);
            QVERIFY(store);
            for (int i = 0; i < 200; ++i) {
                EvidenceEvent event = sampleEvent(i);
                event.payload.insert(u"prompt"_s, u"my secret is %1 number %2"_s.arg(kCanary).arg(i));
                event.searchText = kCanary + u" searchable"_s;
                QVERIFY(store->append(event));
            }
            QVERIFY(
                store->putRoute({u"r"_s, u"openai"_s, u"https://example.invalid"_s, kCanary}, u"admin"_s));
            QVERIFY(store->placeHold(HoldScope::User, u"user-1"_s, kCanary, u"legal"_s));
            EvidenceQuery query;
            query.text = kCanary;
            auto page = store->query(query);
            QVERIFY(page && !page->events.isEmpty());
            QVERIFY(store->eraseMatching(query, u"dpo"_s, u"erase"_s));
            // While the store is open the WAL holds the recent pages.
            QVERIFY(QFile::exists(path + u"-wal"_s));
            const QStringList openHits = filesWithCanary(dir.path());
            QVERIFY2(openHits.isEmpty(), qPrintable(openHits.join(u", "_s)));
            QVERIFY(store->rekey(KeySource::passphrase(u"another passphrase"_s), u"admin"_s));
        }
        const QStringList closedHits = filesWithCanary(dir.path());
        QVERIFY2(closedHits.isEmpty(), qPrintable(closedHits.join(u", "_s)));
        qInstallMessageHandler(nullptr);
        QVERIFY(!capturedLog.contains(kCanary));
        QVERIFY(!capturedLog.contains(u"another passphrase"_s));
        QVERIFY(!capturedLog.contains(QString::fromLatin1(testKey().toHex())));
        // The store is a real SQLCipher file: no SQLite header in clear.
        QVERIFY(!readAll(path).startsWith("SQLite format 3"));
    }
};

} // namespace tst_evidence_canary

CUSTOS_GUILESS_TEST_MAIN(tst_evidence_canary::TestEvidenceCanary)
#include "tst_evidence_canary.moc"
