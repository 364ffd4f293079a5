// The dashboard at 200 % (QT_SCALE_FACTOR=2, set before the application exists, hence its own
// main): the same window has half the logical width, so the charts flow into one column, every
// tile keeps a readable height, and the screenshot (build/<env>/screenshots/dashboard-200.png) is
// drawn at twice the pixels.
#include "tests/surface/SurfaceTraffic.h"

#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/SurfaceChartCard.h"
#include "ui/dashboard/SurfaceChartGrid.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ui/session/ConsoleSession.h"

using namespace custos;
using namespace Qt::StringLiterals;

class tst_dashboard_scale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartsFlowIntoOneColumn_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("columns");
        QTest::newRow("a 1920-pixel screen at 200 %") << 960 << 2;
        QTest::newRow("a 1280-pixel screen at 200 %") << 640 << 1;
    }
    void chartsFlowIntoOneColumn()
    {
        QFETCH(int, width);
        QFETCH(int, columns);
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scale.db"_s);
        {
            SurfaceTraffic filler;
            QVERIFY(filler.create(path));
            QVERIFY(filler.recordExceptionFunnel());
            QVERIFY(filler.recordSampleDay());
        }
        auto session = ConsoleSession::open(path, SurfaceTraffic::key());
        QVERIFY(session);
        DashboardPage page(**session);
        page.resize(width, 540);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &DashboardPage::surfaceShown);
        page.reloadSurface();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !page.isSurfaceLoading(), 20000);
        QTRY_COMPARE(page.charts()->columns(), columns);
        QTest::qWait(100); // the tiles' new geometry is set by the next layout pass
        const int gridWidth = page.charts()->width();
        const int line = page.fontMetrics().height();
        for (SurfaceChartCard *card : page.charts()->cards()) {
            QVERIFY2(card->height() >= 12 * line, qPrintable(card->content()->objectName()));
            // One column: each tile spans the grid; two: each takes about half.
            const int expected = columns == 1 ? gridWidth : gridWidth / 2;
            QVERIFY2(qAbs(card->width() - expected) <= page.fontMetrics().height(),
                     qPrintable(u"%1: %2 wide in a %3-wide grid"_s.arg(card->content()->objectName())
                                    .arg(card->width())
                                    .arg(gridWidth)));
        }
        const QImage shot = page.grab().toImage();
        QCOMPARE(shot.width(), 2 * width);
        QVERIFY(QDir().mkpath(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots")));
        QVERIFY(shot.save(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots/dashboard-200-%1.png").arg(width)));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    tst_dashboard_scale test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboard_scale.moc"
