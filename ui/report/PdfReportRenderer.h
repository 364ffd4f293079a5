#pragma once

#include "core/audit/ReportRenderer.h"

class QPdfWriter;

namespace custos::report {

// The audit pack's report.pdf: PDF/A-1b on A4, DejaVu fonts embedded, opaque colours, all text
// drawn as text so pdftotext extracts it. The whole report is laid out first (ReportComposer),
// then painted (PagePainter), so every page's footer can say "page n/N".
// Needs a QGuiApplication; on the offscreen platform it runs headless.
class PdfReportRenderer : public audit::ReportRenderer
{
public:
    Result<void> render(const audit::AuditReport &report, const QString &pdfPath) override;

    static QString documentTitle(const audit::ReportScope &scope);

private:
    static void configure(QPdfWriter &writer, const audit::ReportScope &scope);
};

} // namespace custos::report
