#include "ui/report/PdfReportRenderer.h"

#include "ui/report/PagePainter.h"
#include "ui/report/ReportComposer.h"
#include "ui/report/ReportLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QUuid>

namespace custos::report {

namespace {

// 720 dpi: ten device units per point, fine enough that no position is visibly rounded.
constexpr int kResolution = 720;

// A fixed namespace, so one pack id always gives the same PDF document id.
const QUuid kDocumentIdNamespace =
    QUuid::fromString(QStringLiteral("{5f0b6a52-3a0e-4c2f-9a57-2f3a4ad0c0de}"));

} // namespace

QString PdfReportRenderer::documentTitle(const audit::ReportScope &scope)
{
    return QStringLiteral("Custos audit pack %1").arg(scope.packId);
}

void PdfReportRenderer::configure(QPdfWriter &writer, const audit::ReportScope &scope)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(documentTitle(scope));
    writer.setCreator(QStringLiteral("Custos %1").arg(scope.custosVersion));
    writer.setDocumentId(QUuid::createUuidV5(kDocumentIdNamespace, scope.packId));
}

Result<void> PdfReportRenderer::render(const audit::AuditReport &report, const QString &pdfPath)
{
    const QFileInfo target(pdfPath);
    if (!target.absoluteDir().exists())
        return fail(QStringLiteral("cannot write the report: the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(target.absolutePath())),
                    pdfPath);
    auto families = ReportFonts::load();
    if (!families)
        return fail(QStringLiteral("cannot draw the report: ") + families.error().message, pdfPath);

    // QSaveFile writes beside the target and renames on commit: a failed render leaves no partial PDF.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the report: %1").arg(file.errorString()), pdfPath);

    QPdfWriter writer(&file);
    configure(writer, report.scope);
    const ReportStyle style(writer, *families);
    const QList<Page> pages = ReportComposer(style, &writer).compose(report);
    if (!PagePainter(style, report.scope).paint(writer, pages)) {
        file.cancelWriting();
        return fail(QStringLiteral("cannot write the report: the PDF could not be painted"), pdfPath);
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write the report: %1").arg(file.errorString()), pdfPath);
    qCDebug(lcReport) << "wrote" << pdfPath << "with" << pages.size() << "pages";
    return {};
}

} // namespace custos::report
