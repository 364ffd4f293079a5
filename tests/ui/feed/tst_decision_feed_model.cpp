#include "tests/support/CustosTest.h"

#include "tests/ui/feed/FeedEntryFactory.h"
#include "ui/feed/DecisionFeedFilterModel.h"
#include "ui/feed/DecisionFeedModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <initializer_list>
#include <memory>

namespace tst_decision_feed_model {

using namespace custos;
using custos::test::makeFeedEntry;
using namespace Qt::StringLiterals;

namespace {

// Counts filterAcceptsRow calls, to prove new rows are filtered one by one, not by a full pass.
class CountingFilterModel : public DecisionFeedFilterModel
{
public:
    mutable int acceptCalls = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        ++acceptCalls;
        return DecisionFeedFilterModel::filterAcceptsRow(sourceRow, sourceParent);
    }
};

// The feed and its proxy, both watched by QAbstractItemModelTester, which aborts the test on any
// inconsistency.
struct Feed
{
    DecisionFeedModel model;
    CountingFilterModel proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    Feed()
    {
        proxy.setSourceModel(&model);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void enqueue(qint64 first, qint64 count)
    {
        for (qint64 seq = first; seq < first + count; ++seq)
            model.enqueue(makeFeedEntry(seq));
    }

    QList<qint64> proxySeqs() const
    {
        QList<qint64> seqs;
        for (int row = 0; row < proxy.rowCount(); ++row)
            seqs.append(proxy.index(row, 0).data(DecisionFeedModel::SeqRole).toLongLong());
        return seqs;
    }
};

using EntryPredicate = std::function<bool(const FeedEntry &)>;

FeedFilter filterWith(std::initializer_list<std::pair<QString FeedFilter::*, QString>> criteria)
{
    FeedFilter filter;
    for (const auto &[field, value] : criteria)
        filter.*field = value;
    return filter;
}

QList<qint64> expectedSeqs(qint64 count, const EntryPredicate &predicate)
{
    QList<qint64> seqs;
    for (qint64 seq = 0; seq < count; ++seq) {
        if (predicate(makeFeedEntry(seq)))
            seqs.append(seq);
    }
    return seqs;
}

} // namespace

} // namespace tst_decision_feed_model

Q_DECLARE_METATYPE(tst_decision_feed_model::EntryPredicate)
Q_DECLARE_METATYPE(custos::FeedFilter)

namespace tst_decision_feed_model {

class TestDecisionFeedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void manyEnqueuesBecomeOneInsertPerFlush()
    {
        Feed feed;
        QSignalSpy inserted(&feed.model, &QAbstractItemModel::rowsInserted);
        feed.enqueue(0, 500);
        QCOMPARE(feed.model.rowCount(), 0); // nothing shows before the flush
        QCOMPARE(feed.model.pendingCount(), 500);
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 499);
        QCOMPARE(feed.model.rowCount(), 500);
        QCOMPARE(feed.model.pendingCount(), 0);

        feed.enqueue(500, 300);
        feed.model.flush();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 500);
        QCOMPARE(inserted.at(1).at(2).toInt(), 799);
        QCOMPARE(feed.model.entryAt(799).seq, 799);
    }

    void flushWithNothingQueuedInsertsNothing()
    {
        Feed feed;
        QSignalSpy inserted(&feed.model, &QAbstractItemModel::rowsInserted);
        feed.model.flush();
        QCOMPARE(inserted.size(), 0);
    }

    void capDropsOldestRowsInBatches()
    {
        Feed feed;
        feed.model.setMaxRows(100);
        QCOMPARE(feed.model.dropBatch(), 10);
        QSignalSpy removed(&feed.model, &QAbstractItemModel::rowsRemoved);
        qint64 next = 0;
        for (int flush = 0; flush < 100; ++flush) {
            feed.enqueue(next, 3);
            next += 3;
            feed.model.flush();
            QVERIFY(feed.model.rowCount() <= 100);
            // Whatever was dropped, the rows are the newest ones, in order.
            QCOMPARE(feed.model.entryAt(feed.model.rowCount() - 1).seq, next - 1);
            QCOMPARE(feed.model.entryAt(0).seq, next - feed.model.rowCount());
        }
        QVERIFY(!removed.isEmpty());
        qint64 removedRows = 0;
        for (const QList<QVariant> &removal : std::as_const(removed)) {
            QCOMPARE(removal.at(1).toInt(), 0); // always the oldest rows
            const int count = removal.at(2).toInt() + 1;
            QVERIFY(count >= feed.model.dropBatch()); // in batches, not row by row
            removedRows += count;
        }
        QCOMPARE(removedRows, next - feed.model.rowCount());
        QCOMPARE(feed.proxy.rowCount(), feed.model.rowCount());
    }

    void batchLargerThanTheCapKeepsTheNewest()
    {
        Feed feed;
        feed.model.setMaxRows(50);
        feed.enqueue(0, 30);
        feed.model.flush();
        feed.enqueue(30, 120);
        feed.model.flush();
        QCOMPARE(feed.model.rowCount(), 50);
        QCOMPARE(feed.model.entryAt(0).seq, 100);
        QCOMPARE(feed.model.entryAt(49).seq, 149);
        QCOMPARE(feed.model.droppedUnseenCount(), 70);
    }

    void loweringTheCapDropsTheOldestAtOnce()
    {
        Feed feed;
        feed.enqueue(0, 200);
        feed.model.flush();
        feed.model.setMaxRows(80);
        QCOMPARE(feed.model.rowCount(), 80);
        QCOMPARE(feed.model.entryAt(0).seq, 120);
    }

    void pauseQueuesAndResumeFlushes()
    {
        Feed feed;
        QSignalSpy paused(&feed.model, &DecisionFeedModel::pausedChanged);
        feed.model.setFlushInterval(std::chrono::milliseconds(0));
        feed.enqueue(0, 10);
        feed.model.flush();
        feed.model.setPaused(true);
        QCOMPARE(paused.size(), 1);
        QVERIFY(feed.model.isPaused());
        feed.enqueue(10, 25);
        feed.model.flush();                // a flush while paused inserts nothing
        QCoreApplication::processEvents(); // would run a (wrongly) started zero flush timer
        QCOMPARE(feed.model.rowCount(), 10);
        QCOMPARE(feed.model.pendingCount(), 25);

        QSignalSpy inserted(&feed.model, &QAbstractItemModel::rowsInserted);
        feed.model.setPaused(false);
        QCOMPARE(paused.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(feed.model.rowCount(), 35);
        QCOMPARE(feed.model.entryAt(34).seq, 34);
    }

    void pausedQueueIsBoundedByTheCap()
    {
        Feed feed;
        feed.model.setMaxRows(40);
        feed.model.setPaused(true);
        feed.enqueue(0, 100);
        QCOMPARE(feed.model.pendingCount(), 40);
        QCOMPARE(feed.model.droppedUnseenCount(), 60);
        feed.model.setPaused(false);
        QCOMPARE(feed.model.entryAt(0).seq, 60);
        QCOMPARE(feed.model.rowCount(), 40);
    }

    void displayTextOfEachColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("time") << int(DecisionFeedModel::TimeColumn) << u"09:30:00.007"_s;
        QTest::newRow("service") << int(DecisionFeedModel::ServiceColumn) << u"support-assistant"_s;
        QTest::newRow("user") << int(DecisionFeedModel::UserColumn) << u"dave"_s;
        QTest::newRow("model") << int(DecisionFeedModel::ModelColumn) << u"claude-sonnet-4"_s;
        QTest::newRow("route") << int(DecisionFeedModel::RouteColumn) << u"anthropic"_s;
        QTest::newRow("decision") << int(DecisionFeedModel::DecisionColumn) << u"block"_s;
        QTest::newRow("rules") << int(DecisionFeedModel::RulesColumn) << u"secrets.aws-key, pii.iban"_s;
        QTest::newRow("latency") << int(DecisionFeedModel::LatencyColumn) << u"4.5"_s;
    }

    void displayTextOfEachColumn()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        Feed feed;
        feed.model.enqueue(makeFeedEntry(7));
        feed.model.flush();
        QCOMPARE(feed.model.index(0, column).data().toString(), text);
        QCOMPARE(feed.proxy.index(0, column).data().toString(), text);
    }

    void otherRolesAndHeaders()
    {
        Feed feed;
        feed.model.enqueue(makeFeedEntry(7));
        feed.model.flush();
        const QModelIndex latency = feed.model.index(0, DecisionFeedModel::LatencyColumn);
        QCOMPARE(latency.data(DecisionFeedModel::SeqRole).toLongLong(), 7);
        QCOMPARE(latency.data(DecisionFeedModel::InteractionIdRole).toString(), u"int-00000007"_s);
        QCOMPARE(latency.data(DecisionFeedModel::SortValueRole).toDouble(), 4.5);
        QVERIFY(latency.data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignRight));
        const QModelIndex decision = feed.model.index(0, DecisionFeedModel::DecisionColumn);
        QVERIFY(decision.data(Qt::ForegroundRole).value<QColor>().isValid()); // block stands out
        QCOMPARE(feed.model.index(0, DecisionFeedModel::RulesColumn).data(Qt::ToolTipRole).toString(),
                 u"secrets.aws-key\npii.iban"_s);
        QCOMPARE(feed.model.headerData(DecisionFeedModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
        QCOMPARE(feed.model.headerData(DecisionFeedModel::LatencyColumn, Qt::Horizontal).toString(),
                 u"Latency (ms)"_s);
        QCOMPARE(feed.model.columnCount(), 8);
    }

    void findsRowsBySeq()
    {
        Feed feed;
        feed.model.setMaxRows(20);
        feed.enqueue(100, 30);
        feed.model.flush();
        QCOMPARE(feed.model.rowOfSeq(129), 19);
        QCOMPARE(feed.model.rowOfSeq(110), 0);
        QCOMPARE(feed.model.rowOfSeq(105), -1); // dropped by the cap
        QCOMPARE(feed.model.rowOfSeq(7), -1);
    }

    void filtersByEachCriterion_data()
    {
        QTest::addColumn<FeedFilter>("filter");
        QTest::addColumn<EntryPredicate>("expected");
        QTest::newRow("decision") << filterWith({{&FeedFilter::decision, u"block"_s}})
                                  << EntryPredicate(
                                         [](const FeedEntry &e) { return e.decision == u"block"; });
        QTest::newRow("service") << filterWith({{&FeedFilter::service, u"SUPPORT"_s}})
                                 << EntryPredicate(
                                        [](const FeedEntry &e) { return e.service == u"support-assistant"; });
        QTest::newRow("user") << filterWith({{&FeedFilter::user, u"carol"_s}})
                              << EntryPredicate([](const FeedEntry &e) { return e.user == u"carol"; });
        QTest::newRow("rule") << filterWith({{&FeedFilter::rule, u"pii"_s}})
                              << EntryPredicate([](const FeedEntry &e) {
                                     return e.rules.contains(u"pii.email") || e.rules.contains(u"pii.iban");
                                 });
        QTest::newRow("free text, model")
            << filterWith({{&FeedFilter::text, u"sonnet"_s}})
            << EntryPredicate([](const FeedEntry &e) { return e.model == u"claude-sonnet-4"; });
        QTest::newRow("free text, interaction")
            << filterWith({{&FeedFilter::text, u"int-0000004"_s}})
            << EntryPredicate([](const FeedEntry &e) { return e.seq >= 40 && e.seq < 50; });
        QTest::newRow("combined")
            << filterWith({{&FeedFilter::decision, u"redact"_s}, {&FeedFilter::user, u"bob"_s}})
            << EntryPredicate([](const FeedEntry &e) { return e.decision == u"redact" && e.user == u"bob"; });
        QTest::newRow("no match") << filterWith({{&FeedFilter::service, u"nobody"_s}})
                                  << EntryPredicate([](const FeedEntry &) { return false; });
    }

    void filtersByEachCriterion()
    {
        QFETCH(FeedFilter, filter);
        QFETCH(EntryPredicate, expected);
        Feed feed;
        feed.enqueue(0, 120);
        feed.model.flush();
        feed.proxy.setFilter(filter);
        QCOMPARE(feed.proxySeqs(), expectedSeqs(120, expected));
        feed.proxy.setFilter({});
        QCOMPARE(feed.proxy.rowCount(), 120);
    }

    void singleCriterionSetters()
    {
        Feed feed;
        feed.enqueue(0, 60);
        feed.model.flush();
        feed.proxy.setDecisionFilter(u"allow"_s);
        feed.proxy.setServiceFilter(u"billing"_s);
        feed.proxy.setUserFilter(u"a"_s);
        feed.proxy.setRuleFilter({});
        feed.proxy.setTextFilter(u"gpt"_s);
        QCOMPARE(feed.proxySeqs(), expectedSeqs(60, [](const FeedEntry &e) {
                     return e.decision == u"allow" && e.service == u"billing-bot" && e.user.contains(u'a') &&
                            e.model.startsWith(u"gpt");
                 }));
    }

    void newRowsAreFilteredIncrementally()
    {
        Feed feed;
        feed.enqueue(0, 300);
        feed.model.flush();
        feed.proxy.acceptCalls = 0;
        feed.proxy.setDecisionFilter(u"block"_s);
        QCOMPARE(feed.proxy.acceptCalls, 300); // setting the filter re-filters once

        QSignalSpy reset(&feed.proxy, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&feed.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&feed.proxy, &QAbstractItemModel::rowsInserted);
        feed.proxy.acceptCalls = 0;
        feed.enqueue(300, 50);
        feed.model.flush();
        QCOMPARE(feed.proxy.acceptCalls, 50); // only the new rows were looked at
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(feed.proxySeqs(),
                 expectedSeqs(350, [](const FeedEntry &e) { return e.decision == u"block"; }));

        feed.proxy.acceptCalls = 0;
        feed.proxy.setDecisionFilter(u"block"_s); // unchanged: no pass at all
        QCOMPARE(feed.proxy.acceptCalls, 0);
    }

    void clearEmptiesFeedAndQueue()
    {
        Feed feed;
        feed.enqueue(0, 20);
        feed.model.flush();
        feed.enqueue(20, 5);
        feed.model.clear();
        QCOMPARE(feed.model.rowCount(), 0);
        QCOMPARE(feed.model.pendingCount(), 0);
        QCOMPARE(feed.proxy.rowCount(), 0);
    }
};

} // namespace tst_decision_feed_model

CUSTOS_TEST_MAIN(tst_decision_feed_model::TestDecisionFeedModel)
#include "tst_decision_feed_model.moc"
