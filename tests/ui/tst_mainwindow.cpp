#include "tests/support/CustosTest.h"

#include <QDir>
#include <QImage>
#include <QStandardPaths>

#include "ui/MainWindow.h"
#include "ui/widgets/ConsoleHeader.h"

#include <QKeySequence>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace tst_mainwindow {

using custos::MainWindow;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    QString currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(u"sectionPages"_s)->currentWidget()->objectName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The window's geometry goes to QSettings: into a folder of this test, not the user's.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void everySectionHasAnIconAndTheListAName()
    {
        MainWindow window;
        auto *list = window.findChild<QListWidget *>(u"sectionList"_s);
        QVERIFY(!list->accessibleName().isEmpty());
        for (int row = 0; row < list->count(); ++row) {
            const QIcon icon = list->item(row)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(list->item(row)->text()));
            const QImage drawn = icon.pixmap(20, 20).toImage();
            bool inked = false; // the SVG was drawn, not just an empty pixmap
            for (int y = 0; y < drawn.height() && !inked; ++y)
                for (int x = 0; x < drawn.width() && !inked; ++x)
                    inked = qAlpha(drawn.pixel(x, y)) > 128;
            QVERIFY2(inked, qPrintable(list->item(row)->text()));
        }
        QVERIFY(window.header()); // the status header is part of the frame
        QCOMPARE(window.header()->gatewayText(), u"Gateway stopped"_s);
    }

    void ctrlNumberSelectsTheNthVisibleSection_data()
    {
        QTest::addColumn<QString>("hidden");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Ctrl+1, all shown") << QString() << int(Qt::Key_1) << u"section-dashboard"_s;
        QTest::newRow("Ctrl+3, all shown") << QString() << int(Qt::Key_3) << u"section-policies"_s;
        QTest::newRow("Ctrl+5, all shown") << QString() << int(Qt::Key_5) << u"section-alerts"_s;
        QTest::newRow("Ctrl+7, all shown") << QString() << int(Qt::Key_7) << u"section-settings"_s;
        QTest::newRow("Ctrl+1, no dashboard") << u"dashboard"_s << int(Qt::Key_1) << u"section-feed"_s;
        QTest::newRow("Ctrl+6, no dashboard") << u"dashboard"_s << int(Qt::Key_6) << u"section-settings"_s;
    }

    void ctrlNumberSelectsTheNthVisibleSection()
    {
        QFETCH(QString, hidden);
        QFETCH(int, key);
        QFETCH(QString, expected);
        MainWindow window;
        if (!hidden.isEmpty())
            window.setSectionVisible(hidden, false);
        window.showSection(u"evidence"_s);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key(key), Qt::ControlModifier);
        QTRY_COMPARE(currentPage(window), expected);
        // The selected entry's tooltip names the shortcut that reached it.
        auto *list = window.findChild<QListWidget *>(u"sectionList"_s);
        const QString keys = QKeySequence(Qt::CTRL | Qt::Key(key)).toString(QKeySequence::NativeText);
        QCOMPARE(list->currentItem()->toolTip(), u"Shortcut: "_s + keys);
    }

    void aNumberPastTheVisibleSectionsChangesNothing()
    {
        MainWindow window;
        window.setSectionVisible(u"settings"_s, false);
        window.showSection(u"feed"_s);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCOMPARE(currentPage(window), u"section-feed"_s);
    }

    // Closing saves the window's size and place; the next window starts there.
    void theGeometryIsRememberedAcrossStarts()
    {
        QSettings().remove(u"mainWindow/geometry"_s);
        {
            MainWindow fresh;
            QVERIFY(!fresh.restoreSavedGeometry()); // nothing saved yet: the default size stays
            QCOMPARE(fresh.size(), QSize(1100, 700));
        }
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.setGeometry(60, 70, 700, 480); // inside the offscreen screen (800 × 600)
            QTRY_COMPARE(first.geometry().size(), QSize(700, 480));
            QVERIFY(first.close());
        }
        QVERIFY(!QSettings().value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
        MainWindow second;
        QVERIFY(second.restoreSavedGeometry());
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.geometry().size(), QSize(700, 480));
        QCOMPARE(second.geometry().topLeft(), QPoint(60, 70));
    }

    void showsEverySection()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.sectionIds(), (QStringList{u"dashboard"_s, u"feed"_s, u"policies"_s, u"exceptions"_s,
                                                   u"alerts"_s, u"evidence"_s, u"settings"_s}));
        for (const QString &id : window.sectionIds())
            QVERIFY2(window.findChild<QWidget *>(u"section-"_s + id), qPrintable(id));
    }

    void selectingASectionShowsItsPage()
    {
        MainWindow window;
        window.show();
        auto *list = window.findChild<QListWidget *>(u"sectionList"_s);
        auto *pages = window.findChild<QStackedWidget *>(u"sectionPages"_s);
        QVERIFY(list && pages);
        list->setCurrentRow(5);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"section-evidence"_s);
        window.showSection(u"policies"_s);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"section-policies"_s);
    }

    // Saves a PNG of every section into the build tree, so a person can look at what users see.
    void savesScreenshotOfEachSection()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QDir screenshots(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots"));
        QVERIFY(screenshots.mkpath(u"."_s));
        for (const QString &id : window.sectionIds()) {
            window.showSection(id);
            QCoreApplication::processEvents();
            const QString path = screenshots.filePath(u"section-"_s + id + u".png"_s);
            QVERIFY2(window.grab().save(path), qPrintable(path));
            QVERIFY(QImage(path).width() >= 800);
        }
    }
};

} // namespace tst_mainwindow

CUSTOS_TEST_MAIN(tst_mainwindow::TestMainWindow)
#include "tst_mainwindow.moc"
