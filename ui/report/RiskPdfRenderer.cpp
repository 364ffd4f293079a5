#include "ui/report/RiskPdfRenderer.h"

#include "ui/report/PagePainter.h"
#include "ui/report/ReportLogging.h"
#include "ui/report/RiskReportComposer.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QUuid>

namespace custos::report {

namespace {

constexpr int kRiskResolution = 720; // as the audit pack: ten device units per point

const QUuid kRiskDocumentNamespace =
    QUuid::fromString(QStringLiteral("{0c6f1f7e-5b0a-4f57-8d3e-6a1d2b9c4e71}"));

} // namespace

QString RiskPdfRenderer::documentTitle(const audit::RiskReportScope &scope)
{
    return QStringLiteral("Custos risk-surface report %1").arg(scope.reportId);
}

audit::ReportScope RiskPdfRenderer::pageScope(const audit::RiskReportScope &scope, const QString &ledgerHead)
{
    audit::ReportScope page;
    page.storeId = scope.storeId;
    page.storeName = scope.storeName;
    page.from = scope.from;
    page.to = scope.to;
    page.packId = scope.reportId;
    page.packFingerprint = ledgerHead;
    page.exportedBy = scope.exportedBy;
    page.exporterRole = scope.exporterRole;
    page.exportedAt = scope.exportedAt;
    page.custosVersion = scope.custosVersion;
    return page;
}

Result<void> RiskPdfRenderer::render(const RiskReport &report, const QString &ledgerHead,
                                     const QString &pdfPath)
{
    const QFileInfo target(pdfPath);
    if (!target.absoluteDir().exists())
        return fail(QStringLiteral("cannot write the report: the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(target.absolutePath())),
                    pdfPath);
    auto families = ReportFonts::load();
    if (!families)
        return fail(QStringLiteral("cannot draw the report: ") + families.error().message, pdfPath);
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the report: %1").arg(file.errorString()), pdfPath);

    const audit::RiskReportFacts &facts = report.facts;
    QPdfWriter writer(&file);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kRiskResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(documentTitle(facts.scope));
    writer.setCreator(QStringLiteral("Custos %1").arg(facts.scope.custosVersion));
    writer.setDocumentId(QUuid::createUuidV5(kRiskDocumentNamespace, facts.scope.reportId));
    const ReportStyle style(writer, *families);
    const QList<Page> pages = RiskReportComposer(style, &writer).compose(report);
    const audit::ReportScope scope = pageScope(facts.scope, ledgerHead);
    const PageLabels labels{QStringLiteral("Custos risk-surface report"), QStringLiteral("report"),
                            QStringLiteral("ledger head")};
    if (!PagePainter(style, scope, labels).paint(writer, pages)) {
        file.cancelWriting();
        return fail(QStringLiteral("cannot write the report: the PDF could not be painted"), pdfPath);
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write the report: %1").arg(file.errorString()), pdfPath);
    qCDebug(lcReport) << "wrote" << pdfPath << "with" << pages.size() << "pages";
    return {};
}

} // namespace custos::report
