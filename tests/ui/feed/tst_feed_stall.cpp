// 100,000 decisions pushed through the live feed (model, filter proxy and a shown view) while the
// test watches every event the UI thread delivers. A stall is one event delivery that keeps the
// thread busy: its CPU time is what the feed costs, whatever else the machine runs, so that is what
// must stay under 50 ms. The wall-clock longest gap is printed for the record; bench_feed measures
// throughput.
#include "tests/ui/feed/FeedEntryFactory.h"
#include "ui/feed/DecisionFeedFilterModel.h"
#include "ui/feed/DecisionFeedModel.h"
#include "ui/feed/DecisionFeedView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>

#include <ctime>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Times every outermost event delivery on the UI thread, except those to `ignored` (the test's
// own producer, which stands in for the gateway's writer thread).
class StallWatchingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || receiver == ignored || thread() != QThread::currentThread())
            return deliver(receiver, event);
        const qint64 cpuBefore = threadCpuNanoseconds();
        QElapsedTimer wall;
        wall.start();
        const bool handled = deliver(receiver, event);
        if (watching) {
            longestCpuNs = std::max(longestCpuNs, threadCpuNanoseconds() - cpuBefore);
            longestWallNs = std::max(longestWallNs, wall.nsecsElapsed());
            ++deliveries;
        }
        return handled;
    }

    QObject *ignored = nullptr;
    bool watching = false;
    qint64 longestCpuNs = 0;
    qint64 longestWallNs = 0;
    qint64 deliveries = 0;

private:
    bool deliver(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    int m_depth = 0;
};

StallWatchingApplication *app()
{
    return static_cast<StallWatchingApplication *>(QCoreApplication::instance());
}

} // namespace

class TestFeedStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandDecisionsNeverStallTheUiThread()
    {
        constexpr qint64 Total = 100'000;
        constexpr int PerTick = 200; // 40,000 decisions/s: twenty times the design's 2,000/s
        DecisionFeedModel model;
        DecisionFeedView view(&model);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.filterModel()->setTextFilter(u"bob"_s); // the proxy works on every insert too

        QTimer producer;
        producer.setInterval(5);
        qint64 next = 1;
        connect(&producer, &QTimer::timeout, &producer, [&] {
            for (int i = 0; i < PerTick && next <= Total; ++i)
                model.enqueue(test::makeFeedEntry(next++));
            if (next > Total)
                producer.stop();
        });
        app()->ignored = &producer;
        app()->watching = true;
        producer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!producer.isActive() && model.pendingCount() == 0, 120000);
        QTest::qWait(100); // the view paints the last batch
        app()->watching = false;

        QCOMPARE(model.rowCount(), int(std::min<qsizetype>(Total, model.maxRows())));
        QCOMPARE(model.droppedUnseenCount(), 0);
        QCOMPARE(view.filterModel()->rowCount(), int(Total / 4)); // every fourth entry is bob's
        qInfo("%lld event deliveries; longest: %.1f ms of UI-thread CPU, %.1f ms wall-clock",
              app()->deliveries, double(app()->longestCpuNs) / 1e6, double(app()->longestWallNs) / 1e6);
        QVERIFY(app()->deliveries > Total / PerTick); // the thread kept turning between batches
        QVERIFY2(app()->longestCpuNs < 50'000'000,
                 qPrintable(u"the UI thread was busy for %1 ms in one event"_s.arg(
                     double(app()->longestCpuNs) / 1e6)));
    }
};

int main(int argc, char **argv)
{
    StallWatchingApplication application(argc, argv);
    TestFeedStall test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_feed_stall.moc"
