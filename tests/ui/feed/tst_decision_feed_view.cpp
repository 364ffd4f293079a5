#include "tests/support/CustosTest.h"

#include "tests/ui/feed/FeedEntryFactory.h"
#include "ui/feed/DecisionFeedModel.h"
#include "ui/feed/DecisionFeedView.h"
#include "ui/feed/FeedFilterBar.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <functional>

namespace tst_decision_feed_view {

using namespace custos;
using custos::test::makeFeedEntry;
using namespace Qt::StringLiterals;

namespace {

template <typename Widget> Widget *child(QWidget &parent, const QString &objectName)
{
    auto *widget = parent.findChild<Widget *>(objectName);
    if (widget == nullptr)
        qFatal("no widget named %s", qPrintable(objectName));
    return widget;
}

int countOf(qint64 entries, const std::function<bool(const FeedEntry &)> &predicate)
{
    int count = 0;
    for (qint64 seq = 0; seq < entries; ++seq)
        count += predicate(makeFeedEntry(seq)) ? 1 : 0;
    return count;
}

// A shown feed screen with `entries` decisions in it.
struct Screen
{
    DecisionFeedModel model;
    DecisionFeedView view{&model};
    QTableView *table = child<QTableView>(view, u"feedTable"_s);

    explicit Screen(qint64 entries)
    {
        view.filterBar()->setTypingDelay(std::chrono::milliseconds(10));
        view.resize(1000, 600);
        view.show();
        for (qint64 seq = 0; seq < entries; ++seq)
            model.enqueue(makeFeedEntry(seq));
    }
};

} // namespace

class TestDecisionFeedView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyInteractiveWidgetIsNamed_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"feedTable", "feedPause", "feedStatus", "feedDetail", "feedFilterDecision",
                                 "feedFilterService", "feedFilterUser", "feedFilterRule", "feedFilterText"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyInteractiveWidgetIsNamed()
    {
        QFETCH(QString, name);
        Screen screen(0);
        QVERIFY(screen.view.findChild<QWidget *>(name) != nullptr);
    }

    void showsQueuedDecisionsWithUniformRows()
    {
        Screen screen(300);
        QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
        QTRY_COMPARE(screen.table->model()->rowCount(), 300);
        QCOMPARE(screen.table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(screen.table->rowHeight(0), screen.table->rowHeight(299));
        QTRY_COMPARE(child<QLabel>(screen.view, u"feedStatus"_s)->text(), u"300 of 300 decisions"_s);
    }

    void typingInTheFiltersNarrowsTheRows_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        QTest::newRow("service") << u"feedFilterService"_s << u"billing"_s
                                 << countOf(200,
                                            [](const FeedEntry &e) { return e.service == u"billing-bot"; });
        QTest::newRow("user") << u"feedFilterUser"_s << u"alice"_s
                              << countOf(200, [](const FeedEntry &e) { return e.user == u"alice"; });
        QTest::newRow("rule") << u"feedFilterRule"_s << u"aws"_s << countOf(200, [](const FeedEntry &e) {
            return e.rules.contains(u"secrets.aws-key");
        });
        QTest::newRow("text") << u"feedFilterText"_s << u"int-0000019"_s
                              << countOf(200, [](const FeedEntry &e) { return e.seq >= 190 && e.seq < 200; });
    }

    void typingInTheFiltersNarrowsTheRows()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(int, expected);
        Screen screen(200);
        QTRY_COMPARE(screen.table->model()->rowCount(), 200);
        auto *edit = child<QLineEdit>(screen.view, field);
        QTest::keyClicks(edit, typed);
        QTRY_COMPARE(screen.table->model()->rowCount(), expected);
        edit->clear();
        QTRY_COMPARE(screen.table->model()->rowCount(), 200);
    }

    void decisionChoiceFiltersAndNewRowsFollowTheFilter()
    {
        Screen screen(100);
        auto *decision = child<QComboBox>(screen.view, u"feedFilterDecision"_s);
        decision->setCurrentIndex(decision->findData(u"block"_s));
        const auto isBlock = [](const FeedEntry &e) { return e.decision == u"block"; };
        QTRY_COMPARE(screen.table->model()->rowCount(), countOf(100, isBlock));
        for (qint64 seq = 100; seq < 150; ++seq)
            screen.model.enqueue(makeFeedEntry(seq));
        QTRY_COMPARE(screen.table->model()->rowCount(), countOf(150, isBlock));
        for (int row = 0; row < screen.table->model()->rowCount(); ++row)
            QCOMPARE(screen.table->model()->index(row, DecisionFeedModel::DecisionColumn).data().toString(),
                     u"block"_s);
    }

    void pauseButtonHoldsRowsUntilResumed()
    {
        Screen screen(20);
        QTRY_COMPARE(screen.table->model()->rowCount(), 20);
        auto *pause = child<QToolButton>(screen.view, u"feedPause"_s);
        QCOMPARE(pause->text(), u"Pause"_s);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(screen.model.isPaused());
        QCOMPARE(pause->text(), u"Resume"_s);
        for (qint64 seq = 20; seq < 35; ++seq)
            screen.model.enqueue(makeFeedEntry(seq));
        screen.model.flush();
        QCOMPARE(screen.table->model()->rowCount(), 20);
        QTRY_VERIFY(child<QLabel>(screen.view, u"feedStatus"_s)->text().contains(u"15 waiting"_s));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!screen.model.isPaused());
        QTRY_COMPARE(screen.table->model()->rowCount(), 35);
    }

    void selectingARowShowsItsDetail()
    {
        Screen screen(10);
        QTRY_COMPARE(screen.table->model()->rowCount(), 10);
        QSignalSpy activated(&screen.view, &DecisionFeedView::entryActivated);
        screen.table->selectRow(4);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 4);
        auto *detail = child<QTextBrowser>(screen.view, u"feedDetail"_s);
        QVERIFY(detail->toPlainText().contains(makeFeedEntry(4).interactionId));
        screen.view.showDetail(4, u"<p>prompt as received</p>"_s);
        QVERIFY(detail->toPlainText().contains(u"prompt as received"_s));
        screen.view.showDetail(3, u"<p>stale</p>"_s); // another entry's late answer is ignored
        QVERIFY(!detail->toPlainText().contains(u"stale"_s));
    }

    void followsTheNewestRowOnlyAtTheBottom()
    {
        Screen screen(500);
        QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
        QScrollBar *bar = screen.table->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        for (qint64 seq = 500; seq < 600; ++seq)
            screen.model.enqueue(makeFeedEntry(seq));
        const int before = bar->maximum();
        QTRY_VERIFY(bar->maximum() > before);
        QTRY_COMPARE(bar->value(), bar->maximum());

        bar->setValue(10); // the user scrolls up to read
        for (qint64 seq = 600; seq < 700; ++seq)
            screen.model.enqueue(makeFeedEntry(seq));
        const int grown = bar->maximum();
        QTRY_VERIFY(bar->maximum() > grown);
        QCOMPARE(bar->value(), 10);
    }

    void savesAScreenshot()
    {
        Screen screen(400);
        QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
        QTRY_COMPARE(child<QLabel>(screen.view, u"feedStatus"_s)->text(), u"400 of 400 decisions"_s);
        screen.table->selectRow(397);
        const QString dir = QStringLiteral(CUSTOS_BIN_DIR) + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(screen.view.grab().save(dir + u"/decision-feed.png"_s));
        child<QLineEdit>(screen.view, u"feedFilterRule"_s)->setText(u"pii"_s);
        QTRY_VERIFY(screen.table->model()->rowCount() < 400);
        QTRY_VERIFY(!child<QLabel>(screen.view, u"feedStatus"_s)->text().startsWith(u"400 of"_s));
        QVERIFY(screen.view.grab().save(dir + u"/decision-feed-filtered.png"_s));
    }
};

} // namespace tst_decision_feed_view

CUSTOS_TEST_MAIN(tst_decision_feed_view::TestDecisionFeedView)
#include "tst_decision_feed_view.moc"
