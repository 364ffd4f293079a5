#include "tests/support/CustosTest.h"

#include "EvidenceTestSupport.h"

#include "core/evidence/LedgerHash.h"

#include <QJsonDocument>
#include <QTemporaryDir>

namespace tst_retention {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEvents = 30;

QList<EvidenceEvent> interactions(EvidenceStore &store)
{
    EvidenceQuery query;
    query.kind = EventKind::Interaction;
    query.limit = 1000;
    query.newestFirst = false;
    auto page = store.query(query);
    return page ? page->events : QList<EvidenceEvent>{};
}

EvidenceEvent lastRetentionEvent(EvidenceStore &store)
{
    EvidenceQuery query;
    query.kind = EventKind::Retention;
    query.limit = 1;
    auto page = store.query(query);
    return page && !page->events.isEmpty() ? page->events.first() : EvidenceEvent{};
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EvidenceStore> m_store;
    QTemporaryDir m_dir;
    QHash<qint64, QByteArray> m_digests;

    void expectIntact()
    {
        const VerifyReport report = m_store->verify();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        for (const EvidenceEvent &event : interactions(*m_store))
            QCOMPARE(event.payloadDigest, m_digests.value(event.seq));
    }

private Q_SLOTS:
    void init()
    {
        m_store = createStore(m_dir.filePath(u"store-%1.db"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_store);
        m_digests.clear();
        for (int i = 1; i <= kEvents; ++i) {
            EvidenceEvent event = sampleEvent(i);
            if (i % 6 == 1)
                event.caseId = u"CASE-7"_s;
            auto seq = m_store->append(event);
            QVERIFY(seq);
            m_digests.insert(*seq, ledger::payloadDigest(event.payload));
        }
    }

    void cleanup() { m_store.reset(); }

    void purgeTombstonesExpiredPayloadsExceptHeld()
    {
        auto hold = m_store->placeHold(HoldScope::Service, u"billing"_s, u"litigation 2026-14"_s, u"legal"_s);
        QVERIFY(hold);
        RetentionRules rules;
        rules.defaultDays = 30;
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(31);

        auto untouched = m_store->purge(rules, QDateTime::currentDateTimeUtc(), u"scheduler"_s);
        QVERIFY(untouched);
        QCOMPARE(untouched->tombstoned, 0);

        auto purged = m_store->purge(rules, later, u"scheduler"_s);
        QVERIFY(purged);
        int billing = 0;
        for (const EvidenceEvent &event : interactions(*m_store)) {
            if (event.service == u"billing") {
                ++billing;
                QVERIFY(!event.tombstoned);
                QVERIFY(event.payload.contains(u"prompt"_s));
            } else {
                QVERIFY(event.tombstoned);
                QCOMPARE(event.payload, QJsonObject({{u"tombstone"_s, u"retention"_s}}));
            }
        }
        QCOMPARE(purged->tombstoned, kEvents - billing);
        QCOMPARE(purged->keptByHold, billing);
        const EvidenceEvent logged = lastRetentionEvent(*m_store);
        QCOMPARE(logged.seq, purged->retentionEventSeq);
        QCOMPARE(logged.actor, u"scheduler"_s);
        QCOMPARE(logged.payload.value(u"tombstoned"_s).toInteger(), purged->tombstoned);
        QCOMPARE(logged.payload.value(u"keptByHold"_s).toInteger(), billing);
        expectIntact();

        QVERIFY(m_store->releaseHold(*hold, u"legal"_s));
        QVERIFY(!m_store->releaseHold(*hold, u"legal"_s));
        auto holds = m_store->holds(true);
        QVERIFY(holds && holds->size() == 1 && !holds->first().active());
        auto afterRelease = m_store->purge(rules, later, u"scheduler"_s);
        QVERIFY(afterRelease);
        QCOMPARE(afterRelease->tombstoned, billing);
        QCOMPARE(afterRelease->keptByHold, 0);
        expectIntact();

        EvidenceQuery admin;
        admin.kind = EventKind::Admin;
        auto adminEvents = m_store->query(admin);
        QVERIFY(adminEvents);
        QCOMPARE(adminEvents->events.size(), 2); // hold placed and released, never purged
        QVERIFY(!adminEvents->events.first().tombstoned);
    }

    void serviceAndClassPeriods()
    {
        RetentionRules rules;
        rules.serviceDays.insert(u"support"_s, 10);
        rules.dataClassDays.insert(u"email"_s, 5);
        QCOMPARE(rules.daysFor(u"billing"_s, {}), 0);
        QCOMPARE(rules.daysFor(u"support"_s, {u"email"_s}), 5);
        auto week = m_store->purge(rules, QDateTime::currentDateTimeUtc().addDays(7), u"scheduler"_s);
        QVERIFY(week);
        for (const EvidenceEvent &event : interactions(*m_store))
            QCOMPARE(event.tombstoned, event.dataClasses.contains(u"email"_s));
        auto fortnight = m_store->purge(rules, QDateTime::currentDateTimeUtc().addDays(14), u"scheduler"_s);
        QVERIFY(fortnight);
        for (const EvidenceEvent &event : interactions(*m_store))
            QCOMPARE(event.tombstoned, event.dataClasses.contains(u"email"_s) || event.service == u"support");
        QCOMPARE(week->tombstoned + fortnight->tombstoned,
                 qint64(std::ranges::count_if(interactions(*m_store),
                                              [](const auto &e) { return e.tombstoned; })));
        expectIntact();
    }

    void erasureRespectsHoldsAndSaysSo()
    {
        QVERIFY(m_store->placeHold(HoldScope::Case, u"CASE-7"_s, u"regulator inquiry"_s, u"legal"_s));
        auto erased = m_store->eraseSubject(u"user-1"_s, u"dpo"_s, u"request DSR-2026-3"_s);
        QVERIFY(erased);
        int held = 0;
        int gone = 0;
        for (const EvidenceEvent &event : interactions(*m_store)) {
            if (event.user != u"user-1")
                QVERIFY(!event.tombstoned);
            else if (event.caseId == u"CASE-7")
                held += event.tombstoned ? 0 : 1;
            else
                gone += event.tombstoned ? 1 : 0;
        }
        QVERIFY(held > 0);
        QCOMPARE(erased->keptByHold, held);
        QCOMPARE(erased->tombstoned, gone);
        const EvidenceEvent logged = lastRetentionEvent(*m_store);
        QCOMPARE(logged.payload.value(u"action"_s).toString(), u"erasure"_s);
        QCOMPARE(logged.payload.value(u"reason"_s).toString(), u"request DSR-2026-3"_s);
        QCOMPARE(logged.actor, u"dpo"_s);
        expectIntact();

        // Erased text is gone from the search index too.
        EvidenceQuery search;
        search.text = u"question number 4 about"_s; // event 4 belongs to user-1 and is not held
        auto found = m_store->query(search);
        QVERIFY(found);
        QVERIFY(std::ranges::none_of(found->events, [](const auto &e) { return e.seq == 4; }));
    }

    void erasureBySearch()
    {
        EvidenceQuery search;
        search.text = u"answer 12"_s;
        auto erased = m_store->eraseMatching(search, u"dpo"_s, u"ticket 9"_s);
        QVERIFY(erased);
        QCOMPARE(erased->tombstoned, 1);
        auto event = m_store->event(12);
        QVERIFY(event && *event && (*event)->tombstoned);
        const EvidenceEvent logged = lastRetentionEvent(*m_store);
        QVERIFY(!QJsonDocument(logged.payload).toJson().contains("answer 12"));
        expectIntact();
    }
};

} // namespace tst_retention

CUSTOS_GUILESS_TEST_MAIN(tst_retention::TestRetention)
#include "tst_retention.moc"
