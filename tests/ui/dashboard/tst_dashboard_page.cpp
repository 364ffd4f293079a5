// The dashboard offscreen on a real store: the risk surface loads off the UI thread into charts,
// follows the period selector and the pseudonymise toggle, shows an empty state for a store
// without traffic, names every chart for screen readers, and speaks German. Screenshots of the
// dashboard with data (English and German) land in build/<env>/screenshots.
#include "tests/support/CustosTest.h"
#include "tests/surface/SurfaceTraffic.h"

#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/RiskReportExportDialog.h"
#include "ui/dashboard/SurfaceBarChart.h"
#include "ui/dashboard/SurfaceChartCard.h"
#include "ui/dashboard/SurfaceChartGrid.h"
#include "ui/dashboard/SurfaceDayChart.h"
#include "ui/dashboard/SurfaceTableModel.h"
#include "ui/i18n/ConsoleLanguage.h"
#include "ui/session/ConsoleSession.h"

#include "core/identity/UserService.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const QString kShots = QStringLiteral(CUSTOS_BIN_DIR "/../screenshots");

// A store with a day of sample traffic, the exception funnel and nothing else open.
QString filledStore(const QTemporaryDir &dir, const QString &name, bool traffic)
{
    const QString path = dir.filePath(name);
    SurfaceTraffic filler;
    if (!filler.create(path))
        return {};
    if (traffic && (!filler.recordExceptionFunnel() || !filler.recordSampleDay()))
        return {};
    return path;
}

bool waitForSurface(DashboardPage &page)
{
    QSignalSpy shown(&page, &DashboardPage::surfaceShown);
    page.reloadSurface();
    return QTest::qWaitFor([&] { return !shown.isEmpty() && !page.isSurfaceLoading(); }, 20000);
}

} // namespace

class tst_dashboard_page : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_filled;
    QString m_empty;

    std::unique_ptr<ConsoleSession> open(const QString &path)
    {
        auto session = ConsoleSession::open(path, SurfaceTraffic::key());
        if (!session)
            qWarning() << session.error().toString();
        return session ? std::move(*session) : nullptr;
    }

    void screenshot(QWidget &page, const QString &name)
    {
        QVERIFY(QDir().mkpath(kShots));
        QVERIFY(page.grab().save(kShots + u"/"_s + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_filled = filledStore(m_dir, u"filled.db"_s, true);
        m_empty = filledStore(m_dir, u"empty.db"_s, false);
        QVERIFY(!m_filled.isEmpty() && !m_empty.isEmpty());
    }

    void showsChartsOfTheTraffic()
    {
        auto session = open(m_filled);
        QVERIFY(session);
        DashboardPage page(*session);
        page.resize(1280, 2200);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitForSurface(page));
        QCOMPARE(page.surface().interactions, 7);
        auto *empty = page.findChild<QLabel *>(u"dashboard-surface-empty"_s);
        QVERIFY(empty && !empty->isVisible());
        QVERIFY(page.charts()->isVisible());
        QCOMPARE(page.charts()->columns(), 2);
        QCOMPARE(page.charts()->cards().size(), 11);
        for (SurfaceChartCard *card : page.charts()->cards()) {
            // Every chart has data; the alerts table is empty (the sample raises none) and says so.
            const bool alerts = card->content()->objectName() == u"dashboard-open-alerts"_s;
            QVERIFY2(card->showsEmptyText() == alerts, qPrintable(card->content()->objectName()));
            QVERIFY2(!card->content()->accessibleName().isEmpty(), qPrintable(card->content()->objectName()));
            if (auto *bars = qobject_cast<SurfaceBarChart *>(card->content())) {
                QVERIFY(!bars->series()->barSets().isEmpty());
                QCOMPARE(bars->series()->barSets().constFirst()->count(), card->model()->rowCount());
                QVERIFY(!bars->accessibleDescription().isEmpty());
            }
            if (auto *days = qobject_cast<SurfaceDayChart *>(card->content()))
                QVERIFY(days->lineCount() >= 1);
        }
        auto *users = page.findChild<SurfaceBarChart *>(u"dashboard-chart-top-users"_s);
        QVERIFY(users);
        QVERIFY2(users->accessibleDescription().contains(u"bob"_s),
                 qPrintable(users->accessibleDescription()));
        QVERIFY2(page.text().contains(u": 7 interaction"_s), qPrintable(page.text()));
        screenshot(page, u"dashboard.png"_s);
    }

    void periodSelectorChangesTheWindow_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("days");
        QTest::newRow("7 days") << 0 << 7;
        QTest::newRow("30 days") << 1 << 30;
        QTest::newRow("90 days") << 2 << 90;
    }
    void periodSelectorChangesTheWindow()
    {
        QFETCH(int, index);
        QFETCH(int, days);
        auto session = open(m_filled);
        QVERIFY(session);
        DashboardPage page(*session);
        QVERIFY(waitForSurface(page));
        auto *period = page.findChild<QComboBox *>(u"dashboard-period"_s);
        QVERIFY(period);
        QVERIFY(!period->accessibleName().isEmpty());
        period->setCurrentIndex(index);
        QVERIFY(waitForSurface(page)); // the newest request wins: the page shows the selected period
        QCOMPARE(page.surface().period.dayCount(), days);
        QCOMPARE(page.surfaceModels().constFirst()->rowCount(), days);
    }

    void pseudonymiseToggleHidesNames()
    {
        auto session = open(m_filled);
        QVERIFY(session);
        DashboardPage page(*session);
        QVERIFY(waitForSurface(page));
        QSignalSpy shown(&page, &DashboardPage::surfaceShown);
        auto *toggle = page.findChild<QCheckBox *>(u"dashboard-pseudonymise"_s);
        QVERIFY(toggle);
        toggle->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isSurfaceLoading() && !shown.isEmpty(), 20000);
        QVERIFY(page.surface().pseudonymised);
        auto *users = page.findChild<SurfaceBarChart *>(u"dashboard-chart-top-users"_s);
        const QString described = users->accessibleDescription();
        QVERIFY2(described.contains(u"user-"_s) && !described.contains(u"bob"_s), qPrintable(described));
    }

    // The query runs on a pool thread: the UI thread stays free while it loads.
    void loadsOffTheUiThread()
    {
        auto session = open(m_filled);
        QVERIFY(session);
        DashboardPage page(*session);
        // The constructor asked; the answer arrives through the event loop, never synchronously.
        QVERIFY(page.isSurfaceLoading());
        QCOMPARE(page.surface().interactions, 0);
        QVERIFY(waitForSurface(page));
        QCOMPARE(page.surface().interactions, 7);
    }

    void storeWithoutTrafficShowsTheEmptyState()
    {
        auto session = open(m_empty);
        QVERIFY(session);
        DashboardPage page(*session);
        page.resize(1000, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitForSurface(page));
        QVERIFY(!page.surface().hasTraffic());
        auto *empty = page.findChild<QLabel *>(u"dashboard-surface-empty"_s);
        QVERIFY(empty && empty->isVisible());
        QVERIFY(!page.charts()->isVisible());
        screenshot(page, u"dashboard-empty.png"_s);
    }

    // "Export…" writes the period's report through the riskpdf writer, after the password again.
    void exportWritesTheReport()
    {
        QTemporaryDir dir;
        const QString path = filledStore(dir, u"export.db"_s, true);
        QVERIFY(!path.isEmpty());
        {
            auto store = EvidenceStore::open(path, SurfaceTraffic::key());
            QVERIFY(store);
            UserService users(**store, std::make_shared<UserDirectory>());
            QVERIFY(users.load());
            QVERIFY(users.addUser(Credentials{}, NewUser{u"rita"_s, u"Rita"_s, {Role::Admin}, {}},
                                  u"rita-password-123"_s));
        }
        auto session = open(path);
        QVERIFY(session);
        DashboardPage page(*session);
        auto *exportButton = page.findChild<QPushButton *>(u"dashboard-export"_s);
        QVERIFY(exportButton);
        QVERIFY(!exportButton->isEnabled()); // no one signed in to name as the exporter
        QVERIFY(session->signIn(u"rita"_s, u"rita-password-123"_s));
        QVERIFY(exportButton->isEnabled());
        exportButton->click();
        auto *dialog = page.findChild<RiskReportExportDialog *>();
        QVERIFY(dialog);
        const QString pdf = dir.filePath(u"risk.pdf"_s);
        dialog->setDestination(pdf);
        dialog->setPassword(u"wrong-password"_s);
        QSignalSpy finished(dialog, &RiskReportExportDialog::finished);
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY2(dialog->outcome().contains(u"No report was written"_s), qPrintable(dialog->outcome()));
        QVERIFY(!QFile::exists(pdf));
        dialog->setPassword(u"rita-password-123"_s);
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(dialog->outcome()));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QVERIFY2(dialog->outcome().contains(u"SHA-256"_s), qPrintable(dialog->outcome()));
    }

    void speaksGerman()
    {
        ConsoleLanguage language;
        QVERIFY(language.install(u"de"_s));
        auto session = open(m_filled);
        QVERIFY(session);
        DashboardPage page(*session);
        page.resize(1280, 2200);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitForSurface(page));
        auto *title = page.findChild<QLabel *>(u"dashboard-chart-interactions-title"_s);
        QVERIFY(title);
        QVERIFY2(title->text().contains(u"Interaktionen pro Tag"_s), qPrintable(title->text()));
        auto *period = page.findChild<QComboBox *>(u"dashboard-period"_s);
        QVERIFY2(period->itemText(0).contains(u"Tage"_s), qPrintable(period->itemText(0)));
        screenshot(page, u"dashboard-de.png"_s);
    }
};

CUSTOS_TEST_MAIN(tst_dashboard_page)
#include "tst_dashboard_page.moc"
