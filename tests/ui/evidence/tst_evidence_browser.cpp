// The evidence browser over a real encrypted store: filters, paging, detail, verification with
// progress and cancel, and legal holds.
#include "tests/support/CustosTest.h"

#include "ui/evidence/ChainVerification.h"
#include "ui/evidence/EvidenceBrowser.h"
#include "ui/evidence/EvidenceEventsPage.h"
#include "ui/evidence/EvidenceTableModel.h"
#include "ui/evidence/IntegrityPage.h"
#include "ui/evidence/LegalHoldsPage.h"

#include "core/evidence/EvidenceStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace tst_evidence_browser {

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

EvidenceEvent interaction(int i)
{
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = u"gateway"_s;
    event.service = i % 2 ? u"billing"_s : u"chatbot"_s;
    event.user = u"user%1"_s.arg(i % 5);
    event.decision = i % 10 == 0 ? u"block"_s : u"allow"_s;
    event.rules = i % 10 == 0 ? QStringList{u"block-secrets"_s} : QStringList{};
    event.policyHash = QString(64, u'a');
    event.payload = QJsonObject{{u"prompt"_s, i == 7 ? u"the bluebird plan"_s : u"hello %1"_s.arg(i)}};
    return event;
}

} // namespace

class TestEvidenceBrowser : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::shared_ptr<EvidenceStore> store;

private Q_SLOTS:
    void initTestCase()
    {
        auto created =
            EvidenceStore::create(dir.filePath(u"store.db"_s), KeySource::rawKey(QByteArray(32, 'e')));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        for (int i = 0; i < 250; ++i)
            QVERIFY(store->append(interaction(i)));
    }

    void pagesThroughTheLedgerNewestFirst()
    {
        EvidenceEventsPage page(store);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.search();
        QCOMPARE(page.model()->rowCount(), EvidenceEventsPage::PageSize);
        const qint64 newest = page.model()->eventAt(0)->seq;
        auto *older = page.findChild<QPushButton *>(u"evidence-older"_s);
        auto *newer = page.findChild<QPushButton *>(u"evidence-newer"_s);
        QVERIFY(older->isEnabled());
        QVERIFY(!newer->isEnabled());
        older->click();
        older->click();
        const qint64 total = *store->eventCount();
        QCOMPARE(page.model()->rowCount(), int(total - 2 * EvidenceEventsPage::PageSize));
        QVERIFY(!older->isEnabled());
        newer->click();
        newer->click();
        QCOMPARE(page.model()->eventAt(0)->seq, newest);
    }

    void filtersNarrowTheResults()
    {
        EvidenceEventsPage page(store);
        page.findChild<QLineEdit *>(u"evidence-decision"_s)->setText(u"block"_s);
        page.findChild<QLineEdit *>(u"evidence-service"_s)->setText(u"chatbot"_s);
        page.search();
        QCOMPARE(page.model()->rowCount(), 25);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->eventAt(row)->decision, u"block"_s);

        page.findChild<QLineEdit *>(u"evidence-decision"_s)->clear();
        page.findChild<QLineEdit *>(u"evidence-service"_s)->clear();
        page.findChild<QLineEdit *>(u"evidence-text"_s)->setText(u"bluebird"_s);
        page.search();
        QCOMPARE(page.model()->rowCount(), 1);
        auto *table = page.findChild<QTableView *>(u"evidence-table"_s);
        table->setCurrentIndex(page.model()->index(0, 0));
        const QString detail = page.findChild<QPlainTextEdit *>(u"evidence-detail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"the bluebird plan"_s) && detail.contains(u"prevHash"_s),
                 qPrintable(detail));

        page.findChild<QLineEdit *>(u"evidence-text"_s)->setText(u"nothing-like-this"_s);
        page.search();
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.findChild<QLabel *>(u"evidence-status"_s)->text(), u"No events match."_s);
    }

    void verificationReportsAnIntactChain()
    {
        IntegrityPage page(store);
        QSignalSpy verified(&page, &IntegrityPage::verified);
        page.findChild<QPushButton *>(u"integrity-verify"_s)->click();
        QVERIFY(verified.wait(20000));
        const auto report = verified.takeFirst().at(0).value<VerifyReport>();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QVERIFY(report.eventsChecked >= 250);
        QCOMPARE(page.resultText(), report.summary());
        QVERIFY(page.findChild<QPushButton *>(u"integrity-verify"_s)->isEnabled());
    }

    void verificationCanBeCancelled()
    {
        QTemporaryDir bigDir;
        auto created =
            EvidenceStore::create(bigDir.filePath(u"big.db"_s), KeySource::rawKey(QByteArray(32, 'b')));
        QVERIFY(created);
        std::shared_ptr<EvidenceStore> big = std::move(*created);
        for (int i = 0; i < 30000; ++i)
            big->appendAsync(interaction(i), [](Result<qint64>) {});
        QVERIFY(big->append(interaction(-1)));
        ChainVerification verification(big);
        QSignalSpy finished(&verification, &ChainVerification::finished);
        verification.start();
        QVERIFY(verification.isRunning());
        verification.cancel(); // long before 30,000 events are rehashed
        QVERIFY(finished.wait(60000));
        const auto report = finished.takeFirst().at(0).value<VerifyReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.eventsChecked < 30000);
    }

    void legalHoldsArePlacedAndReleasedInTheActorsName()
    {
        LegalHoldsPage page(store);
        auto *place = page.findChild<QPushButton *>(u"holds-place"_s);
        page.setActor(u"auditor1"_s, false);
        QVERIFY(!place->isEnabled());
        page.setActor(u"auditor1"_s, true);
        QVERIFY(place->isEnabled());
        QVERIFY(!page.placeHold());
        QVERIFY(page.message().contains(u"covers"_s));
        page.findChild<QComboBox *>(u"holds-scope"_s)->setCurrentText(u"service"_s);
        page.findChild<QLineEdit *>(u"holds-value"_s)->setText(u"billing"_s);
        page.findChild<QLineEdit *>(u"holds-reason"_s)->setText(u"regulator request 42"_s);
        QVERIFY2(page.placeHold(), qPrintable(page.message()));
        QCOMPARE(page.holdCount(), 1);
        const auto holds = store->holds();
        QVERIFY(holds && holds->size() == 1);
        QCOMPARE(holds->front().actor, u"auditor1"_s);
        QCOMPARE(holds->front().value, u"billing"_s);

        page.findChild<QTableWidget *>(u"holds-table"_s)->selectRow(0);
        QVERIFY(page.findChild<QPushButton *>(u"holds-release"_s)->isEnabled());
        QVERIFY2(page.releaseSelectedHold(), qPrintable(page.message()));
        QVERIFY(store->holds()->isEmpty());
    }

    void browserLoadsOnFirstShowAndSavesAScreenshot()
    {
        EvidenceBrowser browser(store);
        browser.resize(1100, 700);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_VERIFY(browser.eventsPage()->model()->rowCount() > 0);
        auto *table = browser.findChild<QTableView *>(u"evidence-table"_s);
        table->setCurrentIndex(browser.eventsPage()->model()->index(0, 0));
        const QString shots = QStringLiteral(CUSTOS_BIN_DIR "/../screenshots");
        QDir().mkpath(shots);
        QVERIFY(browser.grab().save(shots + u"/evidence-browser.png"_s));
    }
};

} // namespace tst_evidence_browser

CUSTOS_TEST_MAIN(tst_evidence_browser::TestEvidenceBrowser)
#include "tst_evidence_browser.moc"
