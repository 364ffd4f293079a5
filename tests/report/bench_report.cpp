// bench_report [--out PATH] [--enforced N] [--exceptions N] [--empty]: renders a large audit report and
// prints how long the layout and the whole render took, the page count and the peak RSS.
#include "tests/report/ReportFixtures.h"

#include "ui/report/PdfReportRenderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Keep the PDF at PATH."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption enforced(QStringLiteral("enforced"), QStringLiteral("Enforced rows."),
                                      QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption exceptions(QStringLiteral("exceptions"), QStringLiteral("Exceptions."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   QStringLiteral("Render the empty-period report instead."));
    parser.addOptions({out, enforced, exceptions, empty});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(out) ? parser.value(out) : dir.filePath(QStringLiteral("report.pdf"));
    const auto report = parser.isSet(empty)
                            ? custos::test::report::emptyReport()
                            : custos::test::report::richReport(
                                  {parser.value(enforced).toInt(), parser.value(exceptions).toInt(), 92});

    QElapsedTimer timer;
    timer.start();
    custos::report::PdfReportRenderer renderer;
    const auto rendered = renderer.render(report, path);
    const qint64 elapsed = timer.elapsed();
    if (!rendered) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(rendered.error().toString()));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("rendered %lld enforced rows and %lld exceptions: %lld ms, %.1f MB PDF, peak RSS %.1f MB\n",
                qlonglong(report.enforced.size()), qlonglong(report.exceptions.size()), qlonglong(elapsed),
                double(QFileInfo(path).size()) / 1e6, double(usage.ru_maxrss) / 1024.0);
    return 0;
}
