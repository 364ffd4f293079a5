// The audit pack's report.pdf, rendered from rich and empty AuditReports and read back with the
// real poppler tools: the text is extractable, every page has its header and footer, the fonts are
// embedded, and the file identifies itself as PDF/A-1b.
#include "tests/report/PopplerTools.h"
#include "tests/report/ReportFixtures.h"
#include "tests/support/CustosTest.h"

#include "ui/report/PdfReportRenderer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <unistd.h>

using namespace custos;
using namespace custos::test::report;

class tst_pdf_report : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textHasEverySectionAndName_data();
    void textHasEverySectionAndName();
    void everyPageHasHeaderAndFooter();
    void enforcedRowsKeepTheirColumnHeaders();
    void fontsAreEmbedded();
    void infoReportsPagesAndTitle();
    void identifiesAsPdfA1b();
    void largeReportKeepsEveryRowAndException();
    void custosctlStartsHeadlessForPdfVerbs_data();
    void custosctlStartsHeadlessForPdfVerbs();
    void emptyReportSaysSo_data();
    void emptyReportSaysSo();
    void badDestinationNamesThePath_data();
    void badDestinationNamesThePath();

private:
    QString render(const audit::AuditReport &report, const QString &name);
    int pageCount(const QString &pdf);

    QTemporaryDir m_dir;
    audit::AuditReport m_rich;
    QString m_richPdf;
    QString m_richText;
    int m_richPages = 0;
};

QString tst_pdf_report::render(const audit::AuditReport &report, const QString &name)
{
    const QString path = m_dir.filePath(name);
    report::PdfReportRenderer renderer;
    const Result<void> rendered = renderer.render(report, path);
    if (!rendered) {
        qWarning().noquote() << rendered.error().toString();
        return {};
    }
    return path;
}

int tst_pdf_report::pageCount(const QString &pdf)
{
    return infoField(pdfInfo(pdf).out, QStringLiteral("Pages")).toInt();
}

void tst_pdf_report::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rich = richReport();
    m_richPdf = render(m_rich, QStringLiteral("rich.pdf"));
    QVERIFY(!m_richPdf.isEmpty());
    const ToolOutput text = pdfText(m_richPdf);
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    m_richText = text.out;
    m_richPages = pageCount(m_richPdf);
    // 600 enforced rows alone need more than ten pages.
    QVERIFY2(m_richPages > 10, qPrintable(QString::number(m_richPages)));
}

void tst_pdf_report::textHasEverySectionAndName_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("exception id") << kExceptionId;
    QTest::newRow("requester, Unicode") << kRequester;
    QTest::newRow("approver, Greek") << kApprover;
    QTest::newRow("justification as written")
        << QStringLiteral("=HYPERLINK(\"http://evil.example/x\",\"open\")");
    QTest::newRow("justification's end") << QStringLiteral("until the tokenisation service ships in Q1.");
    QTest::newRow("anomaly") << QStringLiteral("Anomaly: use after expiry (seq 812)");
    QTest::newRow("four-eyes failure") << QStringLiteral("FAILED: the requester decided their own exception");
    QTest::newRow("failed verdict") << kFailedCheck;
    QTest::newRow("failed verdict detail") << kFailedDetail;
    QTest::newRow("verdict summary") << QStringLiteral("1 of 5 checks FAILED");
    QTest::newRow("policy hash, whole") << m_rich.policyVersions[2].hash;
    // Ligatures would extract as U+FB00 and friends, so "ff" and "fi" must stay two letters.
    QTest::newRow("no ff ligature") << QStringLiteral("Effective from");
    QTest::newRow("no fi ligature") << QStringLiteral("Pack fingerprint");
    QTest::newRow("export key") << m_rich.scope.exportKeyFingerprint;
    QTest::newRow("exporter and role") << QStringLiteral("auditor");
    QTest::newRow("payload mode") << QStringLiteral("digests");
    QTest::newRow("first enforced row") << interactionId(0);
    QTest::newRow("last enforced row") << interactionId(599);
    QTest::newRow("sampled note") << QStringLiteral("Sampled: 600 of 1800");
    QTest::newRow("points to the CSV") << QStringLiteral("data/interactions.csv (12000 rows)");
    QTest::newRow("chart legend") << QStringLiteral("reroute");
    QTest::newRow("chart axis") << QStringLiteral("day (UTC)");
    QTest::newRow("gap detail") << QStringLiteral("disk full for 4 s; failed closed");
    QTest::newRow("legal hold") << QStringLiteral("Legal hold #3");
    QTest::newRow("column meaning") << QStringLiteral(
        "SHA-256 over prev_hash, the header and the payload digest.");
    const QStringList sections{QStringLiteral("1 Scope and export"),
                               QStringLiteral("2 Verdict"),
                               QStringLiteral("3 Policy versions in force"),
                               QStringLiteral("4 Decision summary"),
                               QStringLiteral("5 Exceptions"),
                               QStringLiteral("6 Blocked, redacted and rerouted interactions"),
                               QStringLiteral("7 Chain integrity"),
                               QStringLiteral("8 Retention and legal holds"),
                               QStringLiteral("9 Gaps and health"),
                               QStringLiteral("10 Column dictionary")};
    for (const QString &section : sections)
        QTest::newRow(qPrintable(QStringLiteral("section ") + section)) << section;
}

void tst_pdf_report::textHasEverySectionAndName()
{
    QFETCH(QString, needle);
    // pdftotext keeps the two spaces after a section number as one or two; compare on single spaces.
    const QString text = m_richText.simplified();
    QVERIFY2(text.contains(needle.simplified()), qPrintable(needle));
}

void tst_pdf_report::everyPageHasHeaderAndFooter()
{
    const QString fingerprint = m_rich.scope.packFingerprint;
    for (int page = 1; page <= m_richPages; ++page) {
        const ToolOutput text = pdfText(m_richPdf, page);
        QVERIFY2(text.ok(), qPrintable(text.describe()));
        const QString where = QStringLiteral("page %1: ").arg(page);
        QVERIFY2(text.out.contains(QStringLiteral("page %1/%2").arg(page).arg(m_richPages)),
                 qPrintable(where + text.out.left(400)));
        QVERIFY2(text.out.contains(fingerprint), qPrintable(where + QStringLiteral("no pack fingerprint")));
        QVERIFY2(text.out.contains(m_rich.scope.packId), qPrintable(where + QStringLiteral("no pack id")));
        QVERIFY2(text.out.contains(QStringLiteral("store acme-prod")),
                 qPrintable(where + QStringLiteral("no store")));
        QVERIFY2(text.out.contains(QStringLiteral("support-bot, billing-assistant")),
                 qPrintable(where + QStringLiteral("no services")));
        QVERIFY2(text.out.contains(QStringLiteral("2026-10-01T00:00:00Z to 2026-11-01T00:00:00Z")),
                 qPrintable(where + QStringLiteral("no period")));
    }
    // And no page claims to be beyond the last one.
    QVERIFY(!m_richText.contains(QStringLiteral("page %1/%1").arg(m_richPages + 1)));
}

void tst_pdf_report::enforcedRowsKeepTheirColumnHeaders()
{
    // Every page that shows an enforced row repeats the table's column headers above it.
    int pagesWithRows = 0;
    for (int page = 1; page <= m_richPages; ++page) {
        const QString text = pdfText(m_richPdf, page).out;
        if (!text.contains(QRegularExpression(QStringLiteral("6f1c2e00-7d3b-4c1a-9e55-\\d{12}"))))
            continue;
        ++pagesWithRows;
        QVERIFY2(text.contains(QStringLiteral("Rules / data classes")),
                 qPrintable(QStringLiteral("page %1").arg(page)));
    }
    QVERIFY2(pagesWithRows >= 8, qPrintable(QString::number(pagesWithRows)));
    // No row is lost or drawn twice across the page breaks.
    for (int i = 0; i < m_rich.enforced.size(); ++i)
        QCOMPARE(m_richText.count(interactionId(i) + u'\n') + m_richText.count(interactionId(i) + u' '), 1);
}

void tst_pdf_report::fontsAreEmbedded()
{
    const ToolOutput fonts = pdfFonts(m_richPdf);
    QVERIFY2(fonts.ok(), qPrintable(fonts.describe()));
    // name type encoding emb sub uni object ID: the table starts after the dashed line.
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts);
    const qsizetype dashes = lines.indexOf(QRegularExpression(QStringLiteral("^-+ .*")));
    QVERIFY2(dashes >= 0, qPrintable(fonts.out));
    const QStringList rows = lines.mid(dashes + 1);
    QVERIFY2(rows.size() >= 2, qPrintable(fonts.out)); // sans and mono at least
    const QRegularExpression row(
        QStringLiteral("^(\\S+)\\s+.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    bool sans = false;
    bool mono = false;
    for (const QString &line : rows) {
        const QRegularExpressionMatch match = row.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY2(match.captured(2) == u"yes", qPrintable(QStringLiteral("not embedded: ") + line));
        sans = sans || (match.captured(1).contains(QStringLiteral("DejaVuSans")) && !line.contains(u"Mono"));
        mono = mono || match.captured(1).contains(QStringLiteral("DejaVuSansMono"));
    }
    QVERIFY2(sans && mono, qPrintable(fonts.out));
}

void tst_pdf_report::infoReportsPagesAndTitle()
{
    const ToolOutput info = pdfInfo(m_richPdf);
    QVERIFY2(info.ok(), qPrintable(info.describe()));
    QCOMPARE(infoField(info.out, QStringLiteral("Title")),
             QStringLiteral("Custos audit pack pk-20261101-7c1e"));
    QCOMPARE(infoField(info.out, QStringLiteral("Creator")), QStringLiteral("Custos 0.1.0"));
    QVERIFY2(infoField(info.out, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")),
             qPrintable(info.out));
    QVERIFY(m_richText.contains(QStringLiteral("page %1/%1").arg(m_richPages)));
    QCOMPARE(infoField(info.out, QStringLiteral("Pages")).toInt(), m_richPages);
}

void tst_pdf_report::identifiesAsPdfA1b()
{
    QFile file(m_richPdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    // The XMP packet names the PDF/A part and conformance level, as element or attribute.
    const QString xmp = QString::fromLatin1(pdf);
    QVERIFY2(xmp.contains(QRegularExpression(QStringLiteral("pdfaid:part(>|=\")1"))), "no pdfaid:part 1");
    QVERIFY2(xmp.contains(QRegularExpression(QStringLiteral("pdfaid:conformance(>|=\")B"))),
             "no pdfaid:conformance B");
    QVERIFY2(pdf.contains("/GTS_PDFA1"), "no PDF/A output intent");
    // PDF/A-1 forbids transparency: no soft masks and no constant alpha below one.
    QVERIFY(!QString::fromLatin1(pdf).contains(QRegularExpression(QStringLiteral("/SMask(?!\\s*/None)"))));
    QVERIFY(
        !QString::fromLatin1(pdf).contains(QRegularExpression(QStringLiteral("/(ca|CA) (0?\\.\\d+|0)\\b"))));
}

void tst_pdf_report::largeReportKeepsEveryRowAndException()
{
    const audit::AuditReport large = richReport({5000, 200, 92});
    const QString pdf = render(large, QStringLiteral("large.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY2(pages > 100, qPrintable(QString::number(pages)));
    const ToolOutput text = pdfText(pdf);
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    for (int i = 0; i < large.enforced.size(); ++i)
        QVERIFY2(text.out.contains(interactionId(i)), qPrintable(interactionId(i)));
    for (int i = 0; i < large.exceptions.size(); ++i)
        QVERIFY2(text.out.contains(QStringLiteral("Exception %1 (").arg(exceptionId(i))),
                 qPrintable(exceptionId(i)));
    const ToolOutput last = pdfText(pdf, pages);
    QVERIFY2(last.out.contains(QStringLiteral("page %1/%1").arg(pages)), qPrintable(last.out.left(300)));
}

void tst_pdf_report::custosctlStartsHeadlessForPdfVerbs_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("platform"); // empty: unset
    QTest::addColumn<bool>("guiApplication");
    // Unset: the PDF verbs get the offscreen platform and run without a display.
    QTest::newRow("audit, no platform set") << QStringLiteral("audit") << QString() << true;
    QTest::newRow("report, no platform set") << QStringLiteral("report") << QString() << true;
    // A platform the caller chose is kept, which shows that a QGuiApplication was made: a
    // platform that does not exist makes it stop...
    QTest::newRow("audit, platform chosen")
        << QStringLiteral("audit") << QStringLiteral("custos-no-such-platform") << true;
    // ...while every other verb stays a QCoreApplication, which never loads a platform.
    QTest::newRow("policy, platform chosen")
        << QStringLiteral("policy") << QStringLiteral("custos-no-such-platform") << false;
}

void tst_pdf_report::custosctlStartsHeadlessForPdfVerbs()
{
    QFETCH(QString, verb);
    QFETCH(QString, platform);
    QFETCH(bool, guiApplication);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable :
         {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
        environment.remove(variable);
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    QProcess custosctl;
    custosctl.setProcessEnvironment(environment);
    custosctl.start(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"), {verb, QStringLiteral("--help")});
    QVERIFY(custosctl.waitForFinished(30000));
    const QString errors = QString::fromUtf8(custosctl.readAllStandardError());
    const bool platformFailed =
        custosctl.exitStatus() != QProcess::NormalExit || errors.contains(QStringLiteral("platform plugin"));
    QCOMPARE(platformFailed, guiApplication && !platform.isEmpty());
    if (platform.isEmpty())
        QVERIFY2(!errors.contains(QStringLiteral("display")), qPrintable(errors));
}

void tst_pdf_report::emptyReportSaysSo_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("cover") << QStringLiteral("Empty period: the ledger holds no events between these times");
    QTest::newRow("no exceptions") << QStringLiteral(
        "No exceptions were requested, decided or used in the period.");
    QTest::newRow("no enforced") << QStringLiteral("None: no interaction was blocked, redacted or rerouted");
    QTest::newRow("no chart") << QStringLiteral(
        "No interactions in the period, so there is nothing to chart.");
    QTest::newRow("no events") << QStringLiteral("No events in the period");
    QTest::newRow("no gaps") << QStringLiteral("None detected");
    QTest::newRow("all services") << QStringLiteral("all services");
    QTest::newRow("no policy") << QStringLiteral("No policy version was in force in the period.");
    QTest::newRow("footer") << QStringLiteral("page 1/");
}

void tst_pdf_report::emptyReportSaysSo()
{
    QFETCH(QString, needle);
    static QString text;
    if (text.isEmpty()) {
        const QString pdf = render(emptyReport(), QStringLiteral("empty.pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pageCount(pdf) >= 1);
        text = pdfText(pdf).out.simplified();
    }
    QVERIFY2(text.contains(needle), qPrintable(needle));
}

void tst_pdf_report::badDestinationNamesThePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("cause");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("missing/report.pdf"))
                                    << QStringLiteral("does not exist");
    QFile plain(m_dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QTest::newRow("a file where the folder should be")
        << plain.fileName() + QStringLiteral("/report.pdf") << QStringLiteral("does not exist");
    // root ignores permission bits, so the unwritable folder is /proc there (no file can be made in it).
    QString unwritable = QStringLiteral("/proc/custos-report.pdf");
    if (geteuid() != 0) {
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        unwritable = folder + QStringLiteral("/report.pdf");
    }
    QTest::newRow("unwritable folder") << unwritable << QStringLiteral("cannot write the report");
}

void tst_pdf_report::badDestinationNamesThePath()
{
    QFETCH(QString, path);
    QFETCH(QString, cause);
    report::PdfReportRenderer renderer;
    const Result<void> rendered = renderer.render(richReport({20, 1, 5}), path);
    QVERIFY(!rendered);
    QCOMPARE(rendered.error().file, path);
    QVERIFY2(rendered.error().toString().contains(path), qPrintable(rendered.error().toString()));
    QVERIFY2(rendered.error().message.contains(cause), qPrintable(rendered.error().message));
    QVERIFY(!QFile::exists(path));
}

CUSTOS_TEST_MAIN(tst_pdf_report)
#include "tst_pdf_report.moc"
