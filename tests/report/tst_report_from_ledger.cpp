// The renderer fed by the real collector: a SQLCipher store seeded through the real services
// (tests/audit's LedgerSeeder), collected as the exporter does, drawn to PDF and read back with
// pdftotext. The seeded exceptions, their people and anomalies appear; the blocked AWS key does not.
#include "tests/audit/AuditTestSupport.h"
#include "tests/report/PopplerTools.h"
#include "tests/support/CustosTest.h"

#include "core/audit/AuditCollector.h"
#include "ui/report/PdfReportRenderer.h"

#include <QTemporaryDir>

using namespace custos;
using namespace custos::audit;
using namespace custos::audittest;
using namespace custos::test::report;

class tst_report_from_ledger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheSeededExceptionsAndTheirPeople();
    void showsTheAnomalies();
    void statesTheCsvRowCounts();
    void leaksNoBlockedSecret();
    void everyPageCarriesTheFingerprint();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceStore> m_store;
    SeededLedger m_seeded;
    AuditDataset m_dataset;
    QString m_pdf;
    QString m_text;
};

void tst_report_from_ledger::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created =
        EvidenceStore::create(m_dir.filePath(QStringLiteral("audit.db")), storeKey(), quietOptions());
    QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
    m_store = std::move(*created);
    LedgerSeeder seeder(*m_store);
    QVERIFY2(seeder.seed(m_seeded), qPrintable(seeder.error()));

    AuditScope scope;
    scope.from = m_seeded.from;
    scope.to = m_seeded.to;
    scope.payloads = PayloadMode::Digests;
    MemorySink sink;
    auto dataset = AuditCollector(*m_store).collect(scope, sink);
    QVERIFY2(dataset, dataset ? "" : qPrintable(dataset.error().toString()));
    m_dataset = std::move(*dataset);
    // The pack writer fills these in; here they only have to reach every page.
    m_dataset.report.scope.packId = QStringLiteral("pk-ledger-test");
    m_dataset.report.scope.packFingerprint = QString(64, u'e');

    m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    report::PdfReportRenderer renderer;
    const Result<void> rendered = renderer.render(m_dataset.report, m_pdf);
    QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().toString()));
    const ToolOutput text = pdfText(m_pdf);
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    m_text = text.out;
}

void tst_report_from_ledger::showsTheSeededExceptionsAndTheirPeople()
{
    const QStringList ids{m_seeded.usedException, m_seeded.expiredException, m_seeded.selfApprovalException,
                          m_seeded.revokedException};
    for (const QString &id : ids) {
        QVERIFY(!id.isEmpty());
        QVERIFY2(m_text.contains(id), qPrintable(id));
    }
    QVERIFY(!m_dataset.report.exceptions.isEmpty());
    for (const ExceptionRow &exception : m_dataset.report.exceptions) {
        QVERIFY2(m_text.contains(exception.requester), qPrintable(exception.requester));
        for (const ExceptionApproval &step : exception.events)
            QVERIFY2(m_text.contains(step.approver), qPrintable(step.approver));
    }
    // The used exception was approved by alice, a named approver.
    QVERIFY(m_text.contains(QStringLiteral("alice")));
}

void tst_report_from_ledger::showsTheAnomalies()
{
    int anomalies = 0;
    for (const ExceptionRow &exception : m_dataset.report.exceptions) {
        for (const QString &anomaly : exception.anomalies) {
            ++anomalies;
            QVERIFY2(m_text.simplified().contains(QStringLiteral("Anomaly: ") + anomaly.simplified()),
                     qPrintable(anomaly));
        }
    }
    // The seed has a self-approval attempt and a use after expiry.
    QVERIFY2(anomalies >= 2, qPrintable(QString::number(anomalies)));
}

void tst_report_from_ledger::statesTheCsvRowCounts()
{
    const QString text = m_text.simplified();
    for (const CsvTable &table : m_dataset.tables) {
        const QString line = QStringLiteral("data/%1 %2").arg(table.fileName).arg(table.rowCount);
        QVERIFY2(text.contains(line), qPrintable(line));
    }
}

void tst_report_from_ledger::leaksNoBlockedSecret()
{
    QVERIFY(m_seeded.blockedSeq > 0);
    QVERIFY(!m_text.contains(blockedAwsKey));
}

void tst_report_from_ledger::everyPageCarriesTheFingerprint()
{
    const int pages = infoField(pdfInfo(m_pdf).out, QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_pdf, page).out;
        QVERIFY2(text.contains(QString(64, u'e')), qPrintable(QString::number(page)));
        QVERIFY2(text.contains(QStringLiteral("page %1/%2").arg(page).arg(pages)),
                 qPrintable(QString::number(page)));
    }
}

CUSTOS_TEST_MAIN(tst_report_from_ledger)
#include "tst_report_from_ledger.moc"
