#pragma once

#include "core/common/Error.h"
#include "ui/report/RiskReport.h"

namespace custos::report {

// The risk-surface report as a PDF: the audit pack's writer (PDF/A-1b on A4, DejaVu embedded, all
// text extractable), its own sections (RiskReportComposer), and a running header naming the
// report and a footer with the ledger head it was drawn from. Written through QSaveFile, so a
// failed render leaves no partial file. Needs a QGuiApplication.
class RiskPdfRenderer
{
public:
    Result<void> render(const RiskReport &report, const QString &ledgerHead, const QString &pdfPath);

    static QString documentTitle(const audit::RiskReportScope &scope);
    // The audit pack's scope type, which the shared page painter reads.
    static audit::ReportScope pageScope(const audit::RiskReportScope &scope, const QString &ledgerHead);
};

} // namespace custos::report
