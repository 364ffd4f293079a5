#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <set>
#include <thread>

#include <sys/mount.h>
#include <sys/stat.h>

namespace tst_evidence_store {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEvents = 60;

bool matches(const EvidenceEvent &event, const EvidenceQuery &query)
{
    const auto equalOrUnset = [](const QString &wanted, const QString &actual) {
        return wanted.isEmpty() || wanted == actual;
    };
    return equalOrUnset(query.service, event.service) && equalOrUnset(query.user, event.user) &&
           equalOrUnset(query.decision, event.decision) &&
           equalOrUnset(query.exceptionId, event.exceptionId) &&
           (query.rule.isEmpty() || event.rules.contains(query.rule)) &&
           (query.dataClass.isEmpty() || event.dataClasses.contains(query.dataClass)) &&
           (!query.kind || *query.kind == event.kind);
}

EvidenceEvent queryEvent(int i)
{
    EvidenceEvent event = sampleEvent(i);
    if (i % 10 == 3)
        event.exceptionId = u"EXC-%1"_s.arg(i % 20);
    if (i % 15 == 0)
        event.kind = EventKind::Approval;
    return event;
}

QList<qint64> allPages(EvidenceStore &store, EvidenceQuery query)
{
    QList<qint64> seqs;
    query.limit = 7;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = store.query(query);
        if (!page)
            return {-1};
        for (const EvidenceEvent &event : std::as_const(page->events))
            seqs.append(event.seq);
        if (page->nextCursor == 0)
            break;
        query.afterSeq = page->nextCursor;
    }
    return seqs;
}

// Mounts a tmpfs on `dir`; false when this environment refuses (then the test skips).
bool mountTmpfs(const QString &dir, const char *options)
{
    return ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options) == 0;
}

} // namespace

class TestEvidenceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPassphraseIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        {
            auto store = EvidenceStore::create(path, KeySource::passphrase(u"correct horse"_s));
            QVERIFY(store);
            QVERIFY((*store)->append(sampleEvent(1)));
        }
        const QByteArray before = readAll(path);
        auto wrong = EvidenceStore::open(path, KeySource::passphrase(u"wrong horse"_s));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(u"wrong passphrase, or not a Custos store"_s),
                 qPrintable(wrong.error().message));
        QCOMPARE(readAll(path), before);
        auto wrongKey = EvidenceStore::open(path, testKeySource());
        QVERIFY(!wrongKey);
        QVERIFY(wrongKey.error().message.contains(u"wrong passphrase, or not a Custos store"_s));
    }

    void rekeyChangesThePassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        {
            auto store = EvidenceStore::create(path, KeySource::passphrase(u"old secret"_s));
            QVERIFY(store);
            QVERIFY((*store)->append(sampleEvent(1)));
            auto rekeyed = (*store)->rekey(KeySource::passphrase(u"new secret"_s), u"tester"_s);
            QVERIFY2(rekeyed, qPrintable(rekeyed ? QString() : rekeyed.error().toString()));
            QVERIFY((*store)->append(sampleEvent(2)));
            auto page = (*store)->query({});
            QVERIFY(page);
            QCOMPARE(page->events.size(), 3); // two events and the rekey record
        }
        QVERIFY(!EvidenceStore::open(path, KeySource::passphrase(u"old secret"_s)));
        auto reopened = EvidenceStore::open(path, KeySource::passphrase(u"new secret"_s));
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        QVERIFY((*reopened)->verify().ok());
        const QString keyFile = dir.filePath(u"store.key"_s);
        auto fileKey = KeySource::createKeyFile(keyFile);
        QVERIFY(fileKey);
        QVERIFY((*reopened)->rekey(*fileKey, u"tester"_s));
        reopened->reset();
        auto fromFile = KeySource::fromKeyFile(keyFile);
        QVERIFY(fromFile);
        auto byFile = EvidenceStore::open(path, *fromFile);
        QVERIFY(byFile);
        auto count = (*byFile)->eventCount();
        QVERIFY(count);
        QCOMPARE(*count, 4);
    }

    void keyFileIsPrivateAndNotOverwritten()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(u"k.key"_s);
        QVERIFY(KeySource::createKeyFile(keyFile));
        struct stat info{};
        QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(readAll(keyFile).trimmed().size(), 64);
        QVERIFY(!KeySource::createKeyFile(keyFile));
        QFile junk(dir.filePath(u"junk.key"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a key");
        junk.close();
        auto bad = KeySource::fromKeyFile(junk.fileName());
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"64 hex digits"_s));
    }

    void summarisesTheDecisionsOfAWindow()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(u"store.db"_s));
        QVERIFY(store);
        for (int i = 1; i <= 10; ++i) // before the window: must not count
            QVERIFY(store->append(sampleEvent(i)));
        QTest::qWait(20);
        const QDateTime windowStart = QDateTime::currentDateTimeUtc();
        for (int i = 1; i <= 20; ++i) // 4 blocks (every fifth, rule no-iban), 16 allows
            QVERIFY(store->append(sampleEvent(i)));
        EvidenceEvent admin;
        admin.kind = EventKind::Admin;
        admin.decision = u"block"_s; // not an interaction: not counted
        QVERIFY(store->append(admin));
        auto summary = store->summarize(windowStart);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toString()));
        QCOMPARE(summary->interactions, 20);
        QCOMPARE(summary->decisions.value(u"block"_s), 4);
        QCOMPARE(summary->decisions.value(u"allow"_s), 16);
        QCOMPARE(summary->topRules.size(), 1);
        QCOMPARE(summary->topRules.front(), (std::pair<QString, qint64>{u"no-iban"_s, 4}));
    }

    void eightThreadsAppendDurablyInOrder()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(u"store.db"_s));
        QVERIFY(store);
        constexpr int kThreads = 8;
        constexpr int kPerThread = 150;
        std::vector<std::vector<qint64>> seqs(kThreads);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    auto seq = store->append(sampleEvent(t * 1000 + i));
                    if (seq)
                        seqs[t].push_back(*seq);
                    else
                        ++failures;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        std::set<qint64> all;
        for (const auto &list : seqs) {
            QVERIFY(std::is_sorted(list.begin(), list.end()));
            all.insert(list.begin(), list.end());
        }
        QCOMPARE(all.size(), std::size_t(kThreads * kPerThread));
        QCOMPARE(*all.begin(), 1);
        QCOMPARE(*all.rbegin(), kThreads * kPerThread);
        const VerifyReport report = store->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
    }

    void asyncAppendsCallBackAndNotify()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(u"store.db"_s));
        QVERIFY(store);
        int notified = 0;
        connect(store.get(), &EvidenceStore::appended, this,
                [&notified](const EvidenceEvent &) { ++notified; });
        std::atomic<int> done{0};
        std::atomic<int> failed{0};
        for (int i = 0; i < 300; ++i) {
            store->appendAsync(sampleEvent(i), [&](Result<qint64> seq) {
                if (!seq)
                    ++failed;
                ++done;
            });
        }
        QTRY_COMPARE(done.load(), 300);
        QCOMPARE(failed.load(), 0);
        QTRY_COMPARE(notified, 300);
        auto count = store->eventCount();
        QVERIFY(count && *count == 300);
    }

    void queriesFilterAndPaginate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("everything") << QString() << QString();
        QTest::newRow("service") << u"service"_s << u"billing"_s;
        QTest::newRow("user") << u"user"_s << u"user-2"_s;
        QTest::newRow("decision") << u"decision"_s << u"block"_s;
        QTest::newRow("rule") << u"rule"_s << u"no-iban"_s;
        QTest::newRow("data class") << u"dataClass"_s << u"email"_s;
        QTest::newRow("exception") << u"exceptionId"_s << u"EXC-13"_s;
        QTest::newRow("kind") << u"kind"_s << u"approval"_s;
    }

    void queriesFilterAndPaginate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(u"store.db"_s));
        QVERIFY(store);
        QList<EvidenceEvent> written;
        for (int i = 1; i <= kEvents; ++i) {
            written.append(queryEvent(i));
            QVERIFY(store->append(written.constLast()));
        }
        EvidenceQuery query;
        if (field == u"service")
            query.service = value;
        else if (field == u"user")
            query.user = value;
        else if (field == u"decision")
            query.decision = value;
        else if (field == u"rule")
            query.rule = value;
        else if (field == u"dataClass")
            query.dataClass = value;
        else if (field == u"exceptionId")
            query.exceptionId = value;
        else if (field == u"kind")
            query.kind = eventKindFromName(value);
        QList<qint64> expected;
        for (int i = kEvents; i >= 1; --i) {
            if (matches(written.at(i - 1), query))
                expected.append(i);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(allPages(*store, query), expected);
        query.newestFirst = false;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(allPages(*store, query), expected);
    }

    void queriesByTimeAndText()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(u"store.db"_s));
        QVERIFY(store);
        QList<QDateTime> recorded{QDateTime()};
        for (int i = 1; i <= 20; ++i) {
            EvidenceEvent event = sampleEvent(i);
            if (i == 7)
                event.payload.insert(u"prompt"_s, u"my IBAN is DE44500105175407324931 please"_s);
            QVERIFY(store->append(event));
            auto stored = store->event(i);
            QVERIFY(stored && *stored);
            recorded.append((*stored)->time);
            QTest::qWait(3); // distinct recording times
        }
        QVERIFY(std::is_sorted(recorded.begin() + 1, recorded.end()));
        EvidenceQuery window;
        window.from = recorded.at(5);
        window.to = recorded.at(9);
        QCOMPARE(allPages(*store, window), (QList<qint64>{8, 7, 6, 5}));
        window.from = recorded.at(20).addSecs(1);
        window.to = {};
        QCOMPARE(allPages(*store, window), QList<qint64>{});
        EvidenceQuery text;
        text.text = u"DE44500105175407324931"_s;
        QCOMPARE(allPages(*store, text), QList<qint64>{7});
        text.text = u"answer 12"_s;
        QCOMPARE(allPages(*store, text), QList<qint64>{12});
        text.text = u"\"quoted\" AND OR ("_s; // FTS syntax in user text is harmless
        QVERIFY(store->query(text));
    }

    // The gateway, custosctl and the console write the same file; each writer chains onto the true
    // head under SQLite's write lock, so interleaved appends still form one verifiable chain.
    void twoWritersShareOneChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        auto first = createStore(path);
        QVERIFY(first);
        auto opened = EvidenceStore::open(path, testKeySource());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        std::unique_ptr<EvidenceStore> second = std::move(*opened);
        QList<qint64> seqs;
        for (int i = 0; i < 50; ++i) {
            auto a = first->append(sampleEvent(2 * i));
            auto b = second->append(sampleEvent(2 * i + 1));
            QVERIFY(a && b);
            seqs << *a << *b;
        }
        // Both writers' batches interleave concurrently too.
        std::atomic_int pending = 200;
        std::atomic_int failures = 0;
        const auto done = [&](Result<qint64> seq) {
            failures += seq ? 0 : 1;
            --pending;
        };
        for (int i = 0; i < 100; ++i) {
            first->appendAsync(sampleEvent(i), done);
            second->appendAsync(sampleEvent(i), done);
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending.load(), 0, 30000);
        QCOMPARE(failures.load(), 0);
        QCOMPARE(QSet<qint64>(seqs.begin(), seqs.end()).size(), seqs.size());
        const VerifyReport report = first->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.headSeq, *second->eventCount());
        second.reset();
        first.reset();
        auto reopened = openStore(path, true);
        QVERIFY(reopened);
        QVERIFY2(reopened->verify().ok(), qPrintable(reopened->verify().summary()));
    }

    // Separate processes (the gateway, custosctl, the console) append to one file at the same time:
    // every event lands exactly once on one linear chain, and every process's checkpoints match it.
    void separateProcessesShareOneChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        QVERIFY(createStore(path));
        constexpr int kProcesses = 3;
        constexpr int kPerThread = 150; // the writer appends from four threads
        constexpr int kOwn = 100;
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int p = 0; p < kProcesses; ++p) {
            auto writer = std::make_unique<QProcess>();
            writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer->start(QStringLiteral(CUSTOS_BIN_DIR "/evidence_crash_writer"),
                          {path, QString::number(kPerThread)});
            QVERIFY(writer->waitForStarted(10000));
            writers.push_back(std::move(writer));
        }
        auto own = openStore(path);
        QVERIFY(own);
        QSet<qint64> seqs;
        for (int i = 0; i < kOwn; ++i) {
            auto seq = own->append(sampleEvent(i));
            QVERIFY2(seq, seq ? "" : qPrintable(seq.error().toString()));
            seqs.insert(*seq);
        }
        for (const auto &writer : writers) {
            QVERIFY(writer->waitForFinished(120000));
            QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
            QCOMPARE(writer->exitCode(), 0);
            const QList<QByteArray> lines = writer->readAllStandardOutput().trimmed().split('\n');
            QCOMPARE(lines.size(), 1 + 4 * kPerThread); // "ready", then one seq per event
            for (const QByteArray &line : lines.mid(1)) {
                const qint64 seq = line.toLongLong();
                QVERIFY2(!seqs.contains(seq), qPrintable(u"seq %1 was handed out twice"_s.arg(seq)));
                seqs.insert(seq);
            }
        }
        const qint64 total = kOwn + kProcesses * 4 * kPerThread;
        QCOMPARE(seqs.size(), total);
        QCOMPARE(*std::max_element(seqs.begin(), seqs.end()), total); // no gaps either
        own.reset();
        auto reader = openStore(path, true);
        QVERIFY(reader);
        const VerifyReport report = reader->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.headSeq, total);
        auto checkpoints = reader->checkpoints();
        QVERIFY(checkpoints);
        QVERIFY2(!checkpoints->isEmpty(), "a writer process leaves a final checkpoint; verify() checked it");
    }

    void rekeyNeedsTheStoreAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        auto first = createStore(path);
        QVERIFY(first);
        auto second = EvidenceStore::open(path, testKeySource());
        QVERIFY(second);
        auto refused = first->rekey(KeySource::passphrase(u"another"_s), u"tester"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"close it first"_s), qPrintable(refused.error().message));
        QVERIFY((*second)->append(sampleEvent(1))); // the refusal left both writers working
        second->reset();
        QVERIFY(first->rekey(KeySource::passphrase(u"another"_s), u"tester"_s));
    }

    void readOnlyLocationGivesAClearError()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (!mountTmpfs(mountPoint, "size=8m"))
            QSKIP("mounting a tmpfs is not allowed here");
        const QString path = mountPoint + u"/store.db"_s;
        {
            auto store = createStore(path);
            QVERIFY(store);
            QVERIFY(store->append(sampleEvent(1)));
        }
        QVERIFY(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                        "size=8m") == 0);
        auto writable = EvidenceStore::open(path, testKeySource());
        QVERIFY(!writable);
        QVERIFY2(writable.error().message.contains(u"read-only"_s), qPrintable(writable.error().message));
        auto created = EvidenceStore::create(mountPoint + u"/new.db"_s, testKeySource());
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"read-only"_s), qPrintable(created.error().message));
        // A copy on read-only media is read as immutable: verify works there.
        auto reader = openStore(path, true);
        QVERIFY(reader);
        const VerifyReport report = reader->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        reader.reset();
        QCOMPARE(::umount(QFile::encodeName(mountPoint).constData()), 0);
    }

    // Each file gets the message naming its real cause; the right key is never called wrong.
    void foreignFilesAreRefusedUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("random bytes") << u"random"_s << u"wrong passphrase, or not a Custos store: no page"_s;
        QTest::newRow("truncated store") << u"truncated"_s << u"is not a whole number of 4096-byte pages"_s;
        QTest::newRow("truncated at a page boundary")
            << u"truncated-aligned"_s << u"the key is right and all"_s;
        QTest::newRow("page 1 overwritten, salt and all")
            << u"corrupt"_s << u"the salt in its first 16 bytes"_s;
        QTest::newRow("one byte flipped in page 1") << u"flipped"_s << u"(page 1), among them page 1"_s;
        QTest::newRow("wrong key") << u"wrong-key"_s << u"wrong passphrase, or not a Custos store"_s;
        QTest::newRow("plain sqlite") << u"sqlite"_s << u"this is an unencrypted SQLite database"_s;
        QTest::newRow("empty file") << u"empty"_s << u"the file is empty (0 bytes)"_s;
        QTest::newRow("a folder") << u"folder"_s << u"this is a folder, not a store file"_s;
    }

    void foreignFilesAreRefusedUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        const bool fromStore =
            kind.startsWith(u"truncated") || kind == u"corrupt" || kind == u"flipped" || kind == u"wrong-key";
        if (fromStore) {
            {
                auto store = createStore(path);
                QVERIFY(store);
                for (int i = 0; i < 50; ++i)
                    QVERIFY(store->append(sampleEvent(i)));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            if (kind == u"truncated") {
                QVERIFY(file.resize(file.size() / 2 + 100));
            } else if (kind == u"truncated-aligned") {
                QVERIFY(file.resize((pages / 2) * 4096));
            } else if (kind == u"corrupt") {
                file.seek(0);
                file.write(QByteArray(4096, '\x5a'));
            } else if (kind == u"flipped") {
                file.seek(2048);
                char byte = 0;
                QVERIFY(file.getChar(&byte));
                file.seek(2048);
                QVERIFY(file.putChar(char(byte ^ 0x01)));
            }
        } else if (kind == u"folder") {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == u"sqlite") {
            const QString sqlite = QStandardPaths::findExecutable(u"sqlcipher"_s);
            if (sqlite.isEmpty())
                QSKIP("no sqlcipher shell to make a plain SQLite file");
            QCOMPARE(
                QProcess::execute(sqlite, {path, u"CREATE TABLE t(x); INSERT INTO t VALUES ('plain');"_s}),
                0);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == u"random")
                for (int i = 0; i < 4096; ++i)
                    file.putChar(char(i * 7919 % 251));
        }
        const QByteArray before = readAll(path);
        const KeySource key =
            kind == u"wrong-key" ? KeySource::passphrase(u"not the key"_s) : testKeySource();
        auto store = EvidenceStore::open(path, key);
        QVERIFY(!store);
        qDebug() << kind << "->" << store.error().toString();
        QVERIFY2(store.error().message.contains(message), qPrintable(store.error().message));
        QCOMPARE(store.error().file, path);
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void missingStoreIsNamed()
    {
        QTemporaryDir dir;
        auto store = EvidenceStore::open(dir.filePath(u"absent.db"_s), testKeySource());
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(u"no evidence store"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"absent.db"_s)));
        QVERIFY(createStore(dir.filePath(u"x.db"_s)));
        QVERIFY(!EvidenceStore::create(dir.filePath(u"x.db"_s), testKeySource()));
    }

    void routesAndApiKeys()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(u"store.db"_s));
        QVERIFY(store);
        QVERIFY(store->putRoute({u"openai"_s, u"openai"_s, u"https://api.openai.com"_s, u"sk-secret-123"_s},
                                u"admin"_s));
        auto routes = store->routes();
        QVERIFY(routes && routes->size() == 1);
        QCOMPARE(routes->first().apiKey, u"sk-secret-123"_s);
        auto key = store->issueApiKey(u"alice"_s, u"billing"_s, u"admin"_s);
        QVERIFY(key);
        QVERIFY(key->startsWith(u"custos_"_s));
        auto who = store->resolveApiKey(*key);
        QVERIFY(who);
        QCOMPARE(who->user, u"alice"_s);
        QCOMPARE(who->service, u"billing"_s);
        QVERIFY(!store->resolveApiKey(u"custos_00"_s));
        QVERIFY(store->revokeApiKey(who->prefix, u"admin"_s));
        QVERIFY(!store->resolveApiKey(*key));
        QVERIFY(store->removeRoute(u"openai"_s, u"admin"_s));
        QVERIFY(!store->removeRoute(u"openai"_s, u"admin"_s));
        EvidenceQuery admin;
        admin.kind = EventKind::Admin;
        auto page = store->query(admin);
        QVERIFY(page);
        QCOMPARE(page->events.size(), 4);
        for (const EvidenceEvent &event : std::as_const(page->events)) {
            QCOMPARE(event.actor, u"admin"_s);
            QVERIFY(!QJsonDocument(event.payload).toJson().contains("sk-secret-123"));
            QVERIFY(!QJsonDocument(event.payload).toJson().contains(key->toUtf8()));
        }
    }
};

} // namespace tst_evidence_store

CUSTOS_GUILESS_TEST_MAIN(tst_evidence_store::TestEvidenceStore)
#include "tst_evidence_store.moc"
