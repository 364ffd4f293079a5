#include "tests/support/CustosTest.h"

#include <QDir>
#include <QImage>
#include <QStandardPaths>

#include "ui/MainWindow.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

namespace tst_mainwindow {

using custos::MainWindow;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEverySection()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.sectionIds(), (QStringList{u"dashboard"_s, u"feed"_s, u"policies"_s, u"exceptions"_s,
                                                   u"evidence"_s, u"settings"_s}));
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
        list->setCurrentRow(4);
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
