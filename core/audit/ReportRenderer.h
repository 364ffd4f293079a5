#pragma once

#include "core/audit/AuditReport.h"
#include "core/common/Error.h"

namespace custos::audit {

// Draws an AuditReport into a PDF file. Core only declares it: the implementation
// (ui/report's PdfReportRenderer) needs QtGui, which core and the gateway never link, so the
// exporter is handed a renderer by its caller (custosctl, the console) and writes no PDF without one.
class ReportRenderer
{
public:
    virtual ~ReportRenderer() = default;
    // Writes `pdfPath` (PDF/A-1b, fonts embedded) or returns an error naming the file.
    virtual Result<void> render(const AuditReport &report, const QString &pdfPath) = 0;
};

} // namespace custos::audit
